using Bunit;
using EventHub.App.Components.Pages.Events;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Events;

/// <summary>The event page tells the organiser how invitees answered, and after publishing what to do next.</summary>
public class EventAnswersTests : ComponentTestBase
{
    [Fact]
    public void PublishedWithoutInvitations_ShowsOneNextStep_InvitePartners()
    {
        var @event = SampleEvents.Alliantiedag();

        var answers = Render<EventAnswers>(p => p.Add(a => a.Event, @event).Add(a => a.Counts, ResponseCounts.None));

        Assert.Contains("Next step: invite partners", answers.Find("#next-step").TextContent);
        Assert.Equal("Invite partners", answers.Find("#next-step-invite").TextContent.Trim());
        Assert.EndsWith($"events/{@event.Id}/invitations", answers.Find("#next-step-invite").GetAttribute("href"));
        Assert.Empty(answers.FindAll("#event-answers"));
    }

    [Fact]
    public void Draft_ShowsNeitherStepNorCounts()
    {
        var answers = Render<EventAnswers>(p => p.Add(a => a.Event, SampleEvents.Alliantiedag(publish: false)).Add(a => a.Counts, ResponseCounts.None));

        Assert.Empty(answers.FindAll("#next-step, #event-answers"));
    }

    [Fact]
    public void WithInvitations_ShowsInvitedAcceptedDeclinedWaitlistedAndNoAnswer()
    {
        var counts = new ResponseCounts(Accepted: 12, Tentative: 0, Declined: 3, Awaiting: 7, Waitlisted: 2);

        var answers = Render<EventAnswers>(p => p.Add(a => a.Event, SampleEvents.Alliantiedag()).Add(a => a.Counts, counts));

        var stats = answers.FindAll("#event-answers .eh-stat")
            .Select(s => $"{s.QuerySelector(".eh-stat-label")!.TextContent}={s.QuerySelector(".eh-stat-value")!.TextContent}");
        Assert.Equal(["Invited=24", "Coming=12", "Not coming=3", "Waiting list=2", "No answer yet=7"], stats);
        Assert.Empty(answers.FindAll("#next-step"));
    }
}
