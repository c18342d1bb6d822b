using Bunit;
using EventHub.App.Components.Pages.Door;
using EventHub.App.Hosting;
using EventHub.Core.Events;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Door;

public class CheckInEventsTests : ComponentTestBase
{
    [Fact]
    public async Task DoorStaff_TheDayBefore_ReadWhenTheirDeskOpens_InDutch()
    {
        UseCulture("nl");
        SignInAs("Daan de Deur", Policies.CheckIn);
        var start = new DateTime(2027, 1, 20, 12, 0, 0, DateTimeKind.Utc);
        var dialogue = new Event("Winterdialoog", start, start.AddHours(4));
        dialogue.HoldAt(null, "https://meet.example.org/winter");
        dialogue.AddSession("Plenair", SessionKind.Plenary, start, start.AddHours(4));
        Assert.True(dialogue.Publish(Time.GetUtcNow().UtcDateTime, "winterdialoog").Succeeded);
        await AddEventsAsync(dialogue, new Event("Concept", start.AddDays(-1), start.AddDays(-1).AddHours(2)));
        Time.SetUtcNow(start.AddDays(-1));

        var page = Render<CheckInEvents>();

        page.WaitForAssertion(() => Assert.Contains("Vandaag is er geen bijeenkomst om gasten voor in te checken.", page.Markup));
        Assert.Contains("De volgende is Winterdialoog op woensdag 20 januari 2027: op die dag kun je hier gasten inchecken.", page.Find(".eh-empty-state").TextContent);
        Assert.Empty(page.FindAll("a[href^='check-in/']")); // another day's desk is not open to door staff
    }

    [Fact]
    public async Task DoorStaff_OnTheDay_OpenTheDesk()
    {
        SignInAs("Daan de Deur", Policies.CheckIn);
        var start = new DateTime(2027, 1, 20, 12, 0, 0, DateTimeKind.Utc);
        var dialogue = new Event("Winterdialoog", start, start.AddHours(4));
        dialogue.HoldAt(null, "https://meet.example.org/winter");
        dialogue.AddSession("Plenair", SessionKind.Plenary, start, start.AddHours(4));
        Assert.True(dialogue.Publish(Time.GetUtcNow().UtcDateTime, "winterdialoog").Succeeded);
        await AddEventsAsync(dialogue);
        Time.SetUtcNow(start.AddHours(-2));

        var page = Render<CheckInEvents>();

        page.WaitForAssertion(() => Assert.Equal($"check-in/{dialogue.Id}", page.Find("a[href^='check-in/']").GetAttribute("href")));
        Assert.Empty(page.FindAll(".eh-empty-state"));
    }
}
