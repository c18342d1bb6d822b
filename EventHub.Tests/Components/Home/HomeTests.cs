using Bunit;
using EventHub.App.Components.Pages.Home;
using EventHub.App.Hosting;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using HomePage = EventHub.App.Components.Pages.Home.Home;

namespace EventHub.Tests.Components.Home;

public class HomeTests : ComponentTestBase
{
    [Fact]
    public void Home_NoEvents_TellsAnOrganiserWhatToDoFirst()
    {
        SignInAs("Olga Bakker", Policies.Organise);

        var home = Render<HomePage>();

        home.WaitForAssertion(() => Assert.Contains("No upcoming events yet", home.Markup));
        Assert.Contains("Start by adding partner organisations", home.Markup);
        Assert.Contains("Welcome, Olga", home.Find("h1").TextContent);
        Assert.Contains("Plan meetings of the Equal Opportunities Alliance, invite partners", home.Markup);
    }

    [Fact]
    public void Home_NoEvents_TellsAFacilitatorWhereEventsWillAppear()
    {
        SignInAs("Femke Jansen");

        var home = Render<HomePage>();

        home.WaitForAssertion(() => Assert.Contains("When organisers plan an event, it appears here", home.Markup));
        Assert.DoesNotContain("Start by adding partner organisations", home.Markup);
        // They lead sessions; planning and inviting are the organisers' work.
        Assert.Contains("lead your sessions, and record what they produced", home.Markup);
        Assert.DoesNotContain("invite partners", home.Markup);
    }

    [Fact]
    public async Task Home_UpcomingEvents_ListsThemSoonestFirstInTheEventsTimeZone()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        var summer = new DateTime(2027, 6, 10, 11, 0, 0, DateTimeKind.Utc); // 13:00 in Amsterdam (CEST)
        var winter = new DateTime(2027, 1, 20, 12, 0, 0, DateTimeKind.Utc); // 13:00 in Amsterdam (CET)
        var twoDaysAgo = Time.GetUtcNow().UtcDateTime.AddDays(-2);
        await AddEventsAsync(
            new Event("Zomerdialoog", summer, summer.AddHours(4)),
            new Event("Winterdialoog", winter, winter.AddHours(4)),
            new Event("Afgelopen", twoDaysAgo, twoDaysAgo.AddHours(2)));

        var home = Render<HomePage>();

        home.WaitForAssertion(() => Assert.Equal(2, home.FindAll(".eh-event-card").Count));
        var cards = home.FindAll(".eh-event-card");
        Assert.Contains("Winterdialoog", cards[0].Text());
        Assert.Contains("Wednesday 20 January 2027, 13:00–17:00", cards[0].Text());
        Assert.Contains("Thursday 10 June 2027, 13:00–17:00", cards[1].Text());
        Assert.Contains("No invitations sent yet", cards[0].Text());
        Assert.Contains("Draft", cards[0].Text());
    }

    [Fact]
    public async Task Home_InDutch_SpeaksDutch()
    {
        UseCulture("nl");
        SignInAs("Olga Bakker", Policies.Organise);
        var start = new DateTime(2027, 1, 20, 12, 0, 0, DateTimeKind.Utc);
        await AddEventsAsync(new Event("Winterdialoog", start, start.AddHours(4)));

        var home = Render<HomePage>();

        home.WaitForAssertion(() => Assert.Contains("woensdag 20 januari 2027, 13:00–17:00", home.Find(".eh-event-card").Text()));
        Assert.Contains("Komende bijeenkomsten", home.Markup);
        Assert.Contains("Welkom, Olga", home.Find("h1").TextContent);
        Assert.Contains("Concept", home.Markup);
    }
}
