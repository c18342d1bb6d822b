using Bunit;
using EventHub.App.Components.Pages.Events;
using EventHub.Core.Directory;
using EventHub.Core.Door;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Events;

/// <summary>The event page shows who came: so far while the door is open, final once the event is ended.</summary>
public class EventAttendanceTests : ComponentTestBase
{
    private static readonly ArrivalCounts Counts = new(Arrived: 9, Expected: 12, Admitted: 2, WalkIns: 3,
        BySector: [new SectorArrivals(Sector.Education, 8), new SectorArrivals(Sector.Business, 5), new SectorArrivals(null, 1)], Capacity: 40);

    [Fact]
    public void EndedEvent_ShowsTheFinalArrivedAdmittedWalkInsNoShowsAndSectors()
    {
        var @event = SampleEvents.Alliantiedag();
        Assert.True(@event.Close().Succeeded);

        var attendance = Render<EventAttendance>(p => p.Add(a => a.Event, @event).Add(a => a.Counts, Counts));

        Assert.Equal("true", attendance.Find("#event-attendance").GetAttribute("data-frozen"));
        Assert.StartsWith("Final:", attendance.Find("#event-attendance-state").TextContent.Trim());
        var stats = attendance.FindAll("#event-attendance .eh-stat")
            .Select(s => $"{s.QuerySelector(".eh-stat-label")!.TextContent}={s.QuerySelector(".eh-stat-value")!.TextContent} {s.QuerySelector(".eh-stat-detail")?.TextContent}".Trim())
            .ToList();
        Assert.Equal(["Expected guests who came=9 of 12 expected", "Admitted at the door=2", "Walk-ins=3",
            "No-shows=3 accepted, did not come", "In the room=14"], stats);
        Assert.Equal(["Education 8", "Business 5", "No organisation 1"],
            attendance.FindAll("#event-attendance-sectors li").Select(li => li.Text()));
    }

    [Fact]
    public void OpenDoor_SaysSoFar_InDutch_AndAnEventWithoutCheckInsShowsNothingUntilEnded()
    {
        UseCulture("nl");
        var open = Render<EventAttendance>(p => p.Add(a => a.Event, SampleEvents.Alliantiedag()).Add(a => a.Counts, Counts));
        var nobodyYet = Render<EventAttendance>(p => p.Add(a => a.Event, SampleEvents.Alliantiedag()).Add(a => a.Counts, ArrivalCounts.None));

        Assert.Equal("false", open.Find("#event-attendance").GetAttribute("data-frozen"));
        Assert.Equal("Tot nu toe: de deur is nog open.", open.Find("#event-attendance-state").TextContent.Trim());
        // Three who accepted are not in yet: at 9:30 on the day they are late, not "no-shows".
        var notIn = open.FindAll("#event-attendance .eh-stat").Single(s => s.QuerySelector(".eh-stat-label")!.TextContent == "Nog niet binnen");
        Assert.Equal(("3", "zei ja, nog niet ingecheckt"), (notIn.QuerySelector(".eh-stat-value")!.TextContent, notIn.QuerySelector(".eh-stat-detail")!.TextContent));
        Assert.DoesNotContain("Niet gekomen", open.Find("#event-attendance").TextContent);
        Assert.Empty(nobodyYet.FindAll("#event-attendance"));
    }
}
