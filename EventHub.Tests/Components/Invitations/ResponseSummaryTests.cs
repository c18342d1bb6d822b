using Bunit;
using EventHub.App.Components.Pages.Invitations;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Invitations;

public class ResponseSummaryTests : ComponentTestBase
{
    [Fact]
    public void TheWaitingListCard_AlsoNamesThoseWaitingForAFullSession_NotOnlyForASeat()
    {
        var summary = Render<ResponseSummary>(p => p
            .Add(c => c.Counts, new ResponseCounts(Accepted: 40, Tentative: 2, Declined: 5, Awaiting: 10, Waitlisted: 0))
            .Add(c => c.Capacity, 40)
            .Add(c => c.SessionWaiting, 7));

        var waiting = summary.FindAll(".eh-stat").Single(card => card.QuerySelector(".eh-stat-label")!.TextContent == "Waiting list");
        Assert.Equal("0", waiting.QuerySelector(".eh-stat-value")!.TextContent);
        Assert.Equal("and 7 for sessions", waiting.QuerySelector(".eh-stat-detail")!.TextContent);
    }

    [Fact]
    public void WithNobodyWaitingForASession_TheCardHasNoDetail()
    {
        var summary = Render<ResponseSummary>(p => p.Add(c => c.Counts, new ResponseCounts(1, 0, 0, 0, Waitlisted: 3)));

        var waiting = summary.FindAll(".eh-stat").Single(card => card.QuerySelector(".eh-stat-label")!.TextContent == "Waiting list");
        Assert.Null(waiting.QuerySelector(".eh-stat-detail"));
    }
}
