using Bunit;
using EventHub.App.Components.Pages.Door;
using EventHub.App.Hosting;
using EventHub.Core.Events;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Door;

public class CheckInEventsTests : ComponentTestBase
{
    private static readonly DateTime Start = new(2027, 1, 20, 12, 0, 0, DateTimeKind.Utc); // 13:00 in Amsterdam

    [Fact]
    public async Task DoorStaff_TheDayBefore_ReadWhenTheirDeskOpens_InDutch()
    {
        UseCulture("nl");
        SignInAs("Daan de Deur", Policies.CheckIn);
        var dialogue = Published("Winterdialoog", Start);
        await AddEventsAsync(dialogue, new Event("Concept", Start.AddDays(-1), Start.AddDays(-1).AddHours(2)));
        Time.SetUtcNow(Start.AddDays(-1));

        var page = Render<CheckInEvents>();

        page.WaitForAssertion(() => Assert.Contains("Vandaag is er geen bijeenkomst om gasten voor in te checken.", page.Markup));
        Assert.Contains("De volgende is Winterdialoog op woensdag 20 januari 2027: dan kun je hier gasten inchecken.", page.Find(".eh-empty-state").TextContent);
        Assert.Empty(page.FindAll("a[href^='check-in/']")); // another day's desk is not open to door staff
    }

    [Fact]
    public async Task DoorStaff_TheDayBeforeATwoDayEvent_ReadBothItsDays()
    {
        SignInAs("Daan de Deur", Policies.CheckIn);
        var conference = Published("Alliantieconferentie", Start, hours: 28); // 13:00 on Wednesday to 17:00 on Thursday
        await AddEventsAsync(conference);
        Time.SetUtcNow(Start.AddDays(-1));

        var page = Render<CheckInEvents>();

        page.WaitForAssertion(() => Assert.Contains(
            "The next is Alliantieconferentie on Wednesday 20 – Thursday 21 January 2027: you can check guests in here then.",
            page.Find(".eh-empty-state").TextContent));
    }

    [Fact]
    public async Task DoorStaff_OnTheDay_OpenTheDesk()
    {
        SignInAs("Daan de Deur", Policies.CheckIn);
        var dialogue = Published("Winterdialoog", Start);
        await AddEventsAsync(dialogue);
        Time.SetUtcNow(Start.AddHours(-2));

        var page = Render<CheckInEvents>();

        page.WaitForAssertion(() => Assert.Equal($"check-in/{dialogue.Id}", page.Find("a[href^='check-in/']").GetAttribute("href")));
        Assert.Empty(page.FindAll(".eh-empty-state"));
    }

    /// <summary>A published online event (of four hours unless told) with one plenary session.</summary>
    private Event Published(string title, DateTime startUtc, int hours = 4)
    {
        var @event = new Event(title, startUtc, startUtc.AddHours(hours));
        @event.HoldAt(null, "https://meet.example.org/winter");
        @event.AddSession("Plenair", SessionKind.Plenary, startUtc, startUtc.AddHours(4));
        Assert.True(@event.Publish(Time.GetUtcNow().UtcDateTime, title.ToLowerInvariant()).Succeeded);
        return @event;
    }
}
