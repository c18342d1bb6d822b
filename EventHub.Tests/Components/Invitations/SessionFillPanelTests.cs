using Bunit;
using EventHub.App.Components.Pages.Invitations;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Invitations;

public class SessionFillPanelTests : ComponentTestBase
{
    [Fact]
    public void Panel_ShowsPlacesTakenOfCapacityAndWhoIsWaiting()
    {
        var start = new DateTime(2027, 1, 20, 13, 0, 0, DateTimeKind.Utc); // 14:00 in Amsterdam
        IReadOnlyList<SessionFill> sessions = [new(1, "Workshop taal", start, 30, 30, 4), new(2, "Plenair", start.AddHours(1), 80, null, 0)];

        var panel = Render<SessionFillPanel>(p => p.Add(c => c.Sessions, sessions).Add(c => c.TimeZoneId, "Europe/Amsterdam"));

        var rows = panel.FindAll("tbody tr");
        Assert.Equal("14:00 Workshop taal 30 of 30 4", rows[0].Text());
        Assert.Equal("15:00 Plenair 80 (no limit) 0", rows[1].Text());
    }

    [Fact]
    public void Panel_APlenary_SaysItIsForEveryoneWhoComes_AWorkshopDoesNot()
    {
        var start = new DateTime(2027, 1, 20, 13, 0, 0, DateTimeKind.Utc); // 14:00 in Amsterdam
        IReadOnlyList<SessionFill> sessions = [new(1, "Opening", start, 160, 150, 0, ForEveryone: true), new(2, "Workshop taal", start.AddHours(1), 30, 30, 4)];

        var panel = Render<SessionFillPanel>(p => p.Add(c => c.Sessions, sessions).Add(c => c.TimeZoneId, "Europe/Amsterdam"));

        var rows = panel.FindAll("tbody tr");
        Assert.Equal("Opening For everyone who comes", rows[0].QuerySelector("th")!.Text());
        Assert.Contains("160 of 150", rows[0].Text());
        Assert.Contains("10 over", rows[0].Text()); // everyone coming is at the plenary: the room is 10 short
        Assert.Empty(rows[1].QuerySelectorAll(".eh-session-for-everyone"));
    }

    [Fact]
    public void Panel_SessionsOnTwoDays_ShowTheirDay()
    {
        var start = new DateTime(2026, 12, 29, 8, 0, 0, DateTimeKind.Utc); // 09:00 in Amsterdam
        IReadOnlyList<SessionFill> sessions = [new(1, "Opening dag 1", start, 10, 100, 0), new(2, "Opening dag 2", start.AddDays(1), 12, 100, 0)];

        var panel = Render<SessionFillPanel>(p => p.Add(c => c.Sessions, sessions).Add(c => c.TimeZoneId, "Europe/Amsterdam"));

        var rows = panel.FindAll("tbody tr");
        Assert.StartsWith("Tue 29 Dec 09:00 Opening dag 1", rows[0].Text());
        Assert.StartsWith("Wed 30 Dec 09:00 Opening dag 2", rows[1].Text());
    }

    [Fact]
    public void Panel_ASessionMovedToASmallerRoom_ShowsHowManyAreOver()
    {
        var start = new DateTime(2027, 1, 20, 13, 0, 0, DateTimeKind.Utc); // 14:00 in Amsterdam
        IReadOnlyList<SessionFill> sessions = [new(1, "Workshop taal", start, 12, 10, 0)];

        var panel = Render<SessionFillPanel>(p => p.Add(c => c.Sessions, sessions).Add(c => c.TimeZoneId, "Europe/Amsterdam"));

        Assert.Equal("14:00 Workshop taal 12 of 10 · 2 over 0", panel.Find("tbody tr").Text());
        Assert.Contains("mud-progress-linear-color-error", panel.Find("tbody tr").InnerHtml);
    }
}
