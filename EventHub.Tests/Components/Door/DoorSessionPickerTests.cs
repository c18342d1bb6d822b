using Bunit;
using EventHub.App.Components.Pages.Door;
using EventHub.Core.Door;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Door;

/// <summary>
/// The desk's choice of door: folded into one line that names the door (on a phone the desk comes first), and its list
/// of session doors says which day a session is on when the event has more than one.
/// </summary>
public class DoorSessionPickerTests : ComponentTestBase
{
    // Saturday 5 December 2026 09:00 to Sunday 6 December 17:00 in Amsterdam.
    private static readonly DateTime Start = new(2026, 12, 5, 8, 0, 0, DateTimeKind.Utc);

    private static readonly DoorSession WorkshopA = new(1, "Workshop A", Start.AddMinutes(90), Start.AddHours(3), 40, 10, 0);

    [Fact]
    public void SessionsOfATwoDayEvent_AreListedWithTheirDay()
    {
        var page = RenderPicker(Start.AddHours(32), WorkshopA, new DoorSession(2, "Workshop B", Start.AddDays(1).AddMinutes(90), Start.AddDays(1).AddHours(3), 30, 5, 0));

        Assert.Equal(
            ["Workshop A · Sat 5 Dec 10:30–12:00", "Workshop B · Sun 6 Dec 10:30–12:00"],
            page.FindAll("a[id^='door-session-']:not(#door-session-none)").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public void SessionsOfAOneDayEvent_AreListedWithTheirTimesOnly()
    {
        var page = RenderPicker(Start.AddHours(8), WorkshopA);

        Assert.Equal("Workshop A · 10:30–12:00", page.Find("#door-session-1").TextContent.Trim());
    }

    [Fact]
    public void TheChoiceOfDoor_IsOneFoldedLineThatNamesTheDoor_AndOpensOnTheListOfDoors()
    {
        var atTheEntrance = RenderPicker(Start.AddHours(8), WorkshopA);
        var atTheWorkshop = RenderDoorOf(WorkshopA, Start.AddHours(8), WorkshopA);

        Assert.False(atTheEntrance.Find("#door-sessions details").HasAttribute("open"));
        Assert.Equal("Door: the whole event choose another door", Normalised(atTheEntrance.Find("#door-sessions summary").TextContent));
        Assert.Equal("Session door: Workshop A · 10:30–12:00", atTheWorkshop.Find("summary #door-session-current").TextContent.Trim());
        Assert.Equal("page", atTheWorkshop.Find("details #door-session-1").GetAttribute("aria-current"));
        Assert.Equal("Whole event", atTheWorkshop.Find("details #door-session-none").TextContent.Trim());
    }

    private static string Normalised(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private IRenderedComponent<DoorSessionPicker> RenderPicker(DateTime eventEndUtc, params DoorSession[] sessions) =>
        RenderDoorOf(null, eventEndUtc, sessions);

    private IRenderedComponent<DoorSessionPicker> RenderDoorOf(DoorSession? current, DateTime eventEndUtc, params DoorSession[] sessions) =>
        Render<DoorSessionPicker>(p => p
            .Add(c => c.EventId, 8)
            .Add(c => c.TimeZoneId, "Europe/Amsterdam")
            .Add(c => c.EventStartUtc, Start)
            .Add(c => c.EventEndUtc, eventEndUtc)
            .Add(c => c.Sessions, sessions)
            .Add(c => c.Current, current));
}
