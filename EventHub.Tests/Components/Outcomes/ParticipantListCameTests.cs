using Bunit;
using EventHub.App.Components.Pages.Outcomes;
using EventHub.Core.Directory;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Outcomes;

/// <summary>A session's participant list shows who came through the session's own door, and who was admitted there.</summary>
public class ParticipantListCameTests : ComponentTestBase
{
    [Fact]
    public void WithSessionCheckIns_SaysHowManyCame_AndMarksEachOne()
    {
        var at = new DateTime(2027, 3, 10, 14, 5, 0, DateTimeKind.Utc);
        Participant[] participants =
        [
            new("Anna Bos", "Bibliotheek Groningen", Sector.CivilSociety, null, at),
            new("Bram Dijk", null, null, null),
            new("Cor Even", "Gemeente Groningen", Sector.Government, null, at, AdmittedToSession: true),
        ];

        var list = Render<ParticipantList>(p => p.Add(l => l.Participants, participants));

        Assert.Equal("Checked in at the session's door: 2 of 3", list.Find("#participants-came").TextContent.Trim());
        var rows = list.FindAll(".eh-participants li").Select(li => li.QuerySelector(".eh-participant-came")?.TextContent).ToList();
        Assert.Equal(["✓ came", null, "✓ came (admitted at the door, not registered)"], rows);
    }

    [Fact]
    public void WithoutSessionCheckIns_ShowsNoCameMarks()
    {
        var list = Render<ParticipantList>(p => p.Add(l => l.Participants, [new Participant("Anna Bos", null, null, null)]));

        Assert.Empty(list.FindAll("#participants-came, .eh-participant-came"));
    }
}
