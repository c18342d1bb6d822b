using Bunit;
using EventHub.App.Components.Pages.Invitations;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Invitations;

public class PlanningPanelTests : ComponentTestBase
{
    [Fact]
    public void Panel_WithNeeds_ShowsWhatToArrangeForComingAndWaiting()
    {
        var counts = new PlanningCounts(
            new PlanningGroup(9, [new(AccessNeeds.SignLanguageInterpreter, 2), new(AccessNeeds.QuietRoom, 3), new(AccessNeeds.Interpretation, 2)],
                [new("Arabic", 2)], 1),
            new PlanningGroup(2, [new(AccessNeeds.QuietRoom, 1)], [], 0));

        var panel = Render<PlanningPanel>(p => p.Add(c => c.Counts, counts));

        var rows = panel.FindAll("#planning-counts tbody tr").Select(r => r.Text()).ToList();
        Assert.Contains("Sign language interpreter 2 0", rows);
        Assert.Contains("Quiet room 3 1", rows);
        Assert.Contains("Interpreter into Arabic 2 0", rows);
        Assert.Contains("Dietary needs 1 0", rows);
        Assert.DoesNotContain(rows, r => r.StartsWith("Childcare", StringComparison.Ordinal));
    }

    [Fact]
    public void Panel_NoNeeds_SaysSo()
    {
        var panel = Render<PlanningPanel>(p => p.Add(c => c.Counts, new PlanningCounts(new PlanningGroup(4, [], [], 0), PlanningGroup.Empty)));

        Assert.Equal("No one coming or waiting has stated access or dietary needs.", panel.Find("#planning-none").TextContent);
    }
    [Fact]
    public void Panel_TellsTheOrganiserTheDayTheGuestsNeedsAreDeleted_AndAfterwardsThatTheseAreTheCountsKept()
    {
        var counts = new PlanningCounts(new PlanningGroup(9, [new(AccessNeeds.QuietRoom, 3)], [], 1), PlanningGroup.Empty);
        // The evening of 6 November ended at 21:30 in Amsterdam; thirty days later is 6 December.
        var due = new NeedsDeletion(new DateTime(2026, 12, 6, 20, 30, 0, DateTimeKind.Utc), Done: false);
        var done = new NeedsDeletion(new DateTime(2026, 12, 7, 2, 15, 0, DateTimeKind.Utc), Done: true);

        var before = Render<PlanningPanel>(p => p.Add(c => c.Counts, counts).Add(c => c.Deletion, due));
        var after = Render<PlanningPanel>(p => p.Add(c => c.Counts, counts).Add(c => c.Deletion, done));

        Assert.Equal("The guests' own access and dietary needs and decline notes are deleted on Sunday 6 December 2026, as the privacy notice promises; these counts stay.",
            before.Find("#planning-retention").TextContent.Trim());
        Assert.Equal("The guests' own access and dietary needs and decline notes were deleted on Monday 7 December 2026, as the privacy notice promises; these are the counts kept then.",
            after.Find("#planning-retention").TextContent.Trim());
    }
}
