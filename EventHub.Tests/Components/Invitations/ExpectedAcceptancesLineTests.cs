using Bunit;
using EventHub.App.Components.Pages.Invitations;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Invitations;

public class ExpectedAcceptancesLineTests : ComponentTestBase
{
    [Fact]
    public void OverTheCapacity_WarnsWithTheNumbers_WithoutHistorySaysSo()
    {
        var line = Render<ExpectedAcceptancesLine>(p => p.Add(c => c.Expected, new ExpectedAcceptances(86, ExpectedAcceptances.DefaultRate, false, 40)));

        Assert.Equal("Expected to accept: 52 (60% of the 86 on the list; no earlier events to go by yet)", line.Find("#expected-line").TextContent.Trim());
        Assert.Contains("more than the 40 places", line.Find("#expected-over").TextContent);
        Assert.Empty(line.FindAll("#expected-under"));
    }

    [Fact]
    public void DelegateSeatsNotFilledYet_AreCountedAndNamed_SoTheFigureAddsUp()
    {
        var line = Render<ExpectedAcceptancesLine>(p => p.Add(c => c.Expected, new ExpectedAcceptances(10, ExpectedAcceptances.DefaultRate, false, 40, OpenSeats: 6)));

        Assert.Equal("Expected to accept: 10 (60% of the 10 on the list and of the 6 delegate seats organisations have not filled yet; no earlier events to go by yet)",
            line.Find("#expected-line").TextContent.Trim());
        var oneSeat = Render<ExpectedAcceptancesLine>(p => p.Add(c => c.Expected, new ExpectedAcceptances(6, 0.5, true, 11, OpenSeats: 1)));
        Assert.Contains("and of the 1 delegate seat an organisation has not filled yet, as at earlier events", oneSeat.Find("#expected-line").TextContent);
    }

    [Fact]
    public void FarBelowTheCapacity_AddsANote_AndAnEmptyListShowsNothing()
    {
        var below = Render<ExpectedAcceptancesLine>(p => p.Add(c => c.Expected, new ExpectedAcceptances(10, 0.5, true, 60)));
        var empty = Render<ExpectedAcceptancesLine>(p => p.Add(c => c.Expected, new ExpectedAcceptances(0, 0.5, true, 60)));

        Assert.Contains("as at earlier events", below.Find("#expected-line").TextContent);
        Assert.Contains("Fewer than half of the 60 places", below.Find("#expected-under").TextContent);
        Assert.Empty(empty.FindAll("#expected-acceptances"));
    }

    [Fact]
    public void GuestList_ShowsADeclineReasonAndNote()
    {
        var row = new GuestListRow(1, 11, "Anna de Vries", "anna@example.org", "Noorderpoort", Sector.Education, InvitationStatus.Declined, [], false, null,
            DeclineReason: DeclineReason.NoCapacity, DeclineNote: "Volgende keer graag");
        var list = Render<GuestList>(p => p
            .Add(c => c.EventId, 7)
            .Add(c => c.Load, (_, _) => Task.FromResult(new EventHub.Core.Common.Paged<GuestListRow>([row], 1)))
            .Add(c => c.CountStatuses, (_, _) => Task.FromResult<IReadOnlyDictionary<InvitationStatus, int>>(new Dictionary<InvitationStatus, int>())));

        list.WaitForAssertion(() => Assert.Contains("No time or capacity", list.Find(".eh-decline-reason").TextContent));
        Assert.Contains("Volgende keer graag", list.Find(".eh-decline-reason").TextContent);
    }
}
