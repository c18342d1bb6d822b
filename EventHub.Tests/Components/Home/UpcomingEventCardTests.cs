using Bunit;
using EventHub.App.Components.Pages.Home;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Home;

public class UpcomingEventCardTests : ComponentTestBase
{
    private static readonly DateTime Start = new(2027, 1, 20, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Card_WithAnswers_ShowsHowInviteesResponded()
    {
        var summary = new EventSummary(1, "Alliantiedag", Start, Start.AddHours(4), "Europe/Amsterdam", EventStatus.Published,
            "Forum Groningen", false, 4, 150);
        var responses = new ResponseCounts(12, 3, 2, 40);

        var card = Render<UpcomingEventCard>(p => p.Add(c => c.Event, summary).Add(c => c.Responses, responses));

        Assert.Contains("Coming: 12 · Maybe: 3 · Not coming: 2 · Awaiting answer: 40", card.Find(".eh-event-card").Text());
        Assert.Contains("Forum Groningen · 4 sessions", card.Find(".eh-event-card").Text());
        Assert.Contains("150 places", card.Find(".eh-event-card").Text());
    }

    [Fact]
    public void Card_WithAWaitingList_SaysHowManyWait()
    {
        var summary = new EventSummary(1, "Alliantiedag", Start, Start.AddHours(4), "Europe/Amsterdam", EventStatus.Published,
            "Forum Groningen", false, 4, 150);
        var responses = new ResponseCounts(150, 0, 1, 10, 7);

        var card = Render<UpcomingEventCard>(p => p.Add(c => c.Event, summary).Add(c => c.Responses, responses));

        Assert.Contains("Coming: 150 · Maybe: 0 · Not coming: 1 · On the waiting list: 7 · Awaiting answer: 10", card.Find(".eh-event-card").Text());
    }

    [Fact]
    public void Card_OnlineEventInAnotherTimeZone_SaysSo()
    {
        var summary = new EventSummary(1, "Peer learning call", Start, Start.AddHours(1), "America/New_York", EventStatus.Published,
            null, true, 1, null);
        var responses = ResponseCounts.None;

        var card = Render<UpcomingEventCard>(p => p.Add(c => c.Event, summary).Add(c => c.Responses, responses));

        Assert.Contains("07:00–08:00 (America/New_York)", card.Find(".eh-event-card").Text());
        Assert.Contains("Online", card.Find(".eh-event-card").Text());
        Assert.DoesNotContain("places", card.Find(".eh-event-card").Text());
    }

    [Fact]
    public void Card_TwoDayConference_NamesBothDays()
    {
        var summary = new EventSummary(1, "Tweedaagse conferentie", SampleEvents.Amsterdam(2027, 2, 23, 9), SampleEvents.Amsterdam(2027, 2, 24, 17),
            "Europe/Amsterdam", EventStatus.Published, "Forum Groningen", false, 4, 150);

        var card = Render<UpcomingEventCard>(p => p.Add(c => c.Event, summary).Add(c => c.Responses, ResponseCounts.None));

        Assert.Contains("Tuesday 23 – Wednesday 24 February 2027, 09:00–17:00", card.Find(".eh-event-card").Text());
    }
}
