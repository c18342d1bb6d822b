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
}
