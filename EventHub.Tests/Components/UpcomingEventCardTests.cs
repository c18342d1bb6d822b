using Bunit;
using EventHub.App.Components.Pages.Home;
using EventHub.Core.Events;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components;

public class UpcomingEventCardTests : ComponentTestBase
{
    private static readonly DateTime Start = new(2027, 1, 20, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Card_WithAnswers_ShowsHowInviteesResponded()
    {
        var summary = new EventSummary(1, "Alliantiedag", Start, Start.AddHours(4), "Europe/Amsterdam", EventStatus.Published,
            "Forum Groningen", false, 4, 150, new ResponseCounts(12, 3, 2, 40));

        var card = Render<UpcomingEventCard>(p => p.Add(c => c.Event, summary));

        Assert.Contains("12 accepted · 3 tentative · 2 declined · 0 waiting list · 40 awaiting answer", card.Find(".eh-event-card").Text());
        Assert.Contains("Forum Groningen · 4 sessions", card.Find(".eh-event-card").Text());
        Assert.Contains("150 places", card.Find(".eh-event-card").Text());
    }

    [Fact]
    public void Card_OnlineEventInAnotherTimeZone_SaysSo()
    {
        var summary = new EventSummary(1, "Peer learning call", Start, Start.AddHours(1), "America/New_York", EventStatus.Published,
            null, true, 1, null, ResponseCounts.None);

        var card = Render<UpcomingEventCard>(p => p.Add(c => c.Event, summary));

        Assert.Contains("07:00–08:00 (America/New_York)", card.Find(".eh-event-card").Text());
        Assert.Contains("Online", card.Find(".eh-event-card").Text());
        Assert.DoesNotContain("places", card.Find(".eh-event-card").Text());
    }
}
