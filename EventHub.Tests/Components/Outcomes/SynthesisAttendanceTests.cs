using Bunit;
using EventHub.App.Components.Pages.Outcomes.Reports;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using SectorCount = EventHub.Core.Outcomes.SectorCount;

namespace EventHub.Tests.Components.Outcomes;

/// <summary>The synthesis screen says where "who was in the room" comes from: the door's check-ins, or the facilitators' numbers.</summary>
public class SynthesisAttendanceTests : ComponentTestBase
{
    private static readonly DateTime Start = new(2027, 2, 1, 14, 0, 0, DateTimeKind.Utc);

    private static readonly EventSynthesis Synthesis = new(1, "Gelijke kansen", "gelijke-kansen", EventStatus.Closed, Start, Start.AddHours(3),
        EventTime.DefaultTimeZoneId, null, null, [], [new SectorCount(Sector.Education, 5), new SectorCount(Sector.Business, 2)], []);

    [Fact]
    public void CountedAtTheDoor_SaysSo_AndListsPeopleWithoutAnOrganisation()
    {
        var screen = Render<SynthesisContent>(p => p.Add(c => c.Synthesis, Synthesis with { AttendanceSource = AttendanceSource.CheckIns, WithoutOrganisation = 1 }));

        Assert.Equal("In the room: 8 — counted at the door (check-ins)", screen.Find("#sector-mix-source").Text());
        Assert.Equal(["Education 5", "Business 2", "No organisation 1"], screen.FindAll("#sector-mix li").Select(li => li.Text()));
    }

    [Fact]
    public void FromTheFacilitators_SaysSo_InDutch()
    {
        UseCulture("nl");

        var screen = Render<SynthesisContent>(p => p.Add(c => c.Synthesis, Synthesis));

        Assert.StartsWith("In de zaal: 7 — uit de aantallen die gespreksleiders", screen.Find("#sector-mix-source").Text());
        Assert.Equal("Facilitators", screen.Find("#sector-mix-source").GetAttribute("data-source"));
    }
}
