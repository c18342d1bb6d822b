using Bunit;
using EventHub.App.Components.Pages.Outcomes;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Outcomes;

/// <summary>
/// A plenary's participant list starts with its first ten names and a button for the rest, so on a phone the themes,
/// sector mix and report-back below it are not hundreds of names away; a small table's list shows everyone.
/// </summary>
public class ParticipantListFoldTests : ComponentTestBase
{
    [Fact]
    public async Task LongList_ShowsTheFirstTen_AndAllOnRequest()
    {
        var list = Render<ParticipantList>(p => p.Add(l => l.Participants, People(33)));

        Assert.Equal(10, list.FindAll(".eh-participants li").Count);
        var toggle = list.Find("#participants-show-all");
        Assert.Equal("Show all 33 participants", toggle.TextContent.Trim());
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));

        await toggle.ClickAsync(new());

        Assert.Equal(33, list.FindAll(".eh-participants li").Count);
        Assert.Equal("Show fewer", list.Find("#participants-show-all").TextContent.Trim());
        Assert.Equal("true", list.Find("#participants-show-all").GetAttribute("aria-expanded"));
    }

    [Fact]
    public void LongList_Folded_StillShowsEveryoneWhoNeedsSomethingToTakePart()
    {
        var people = People(33);
        people[24] = people[24] with { Name = "Sanne Mulder", Needs = new ParticipantNeeds(AccessNeeds.StepFreeAccess, null, null) };

        var list = Render<ParticipantList>(p => p.Add(l => l.Participants, people));

        var shown = list.FindAll(".eh-participants li");
        Assert.Equal(11, shown.Count);
        Assert.Contains("Sanne Mulder", shown[^1].TextContent);
        Assert.Contains("Step-free access", shown[^1].QuerySelector(".eh-participant-needs")!.TextContent);
        Assert.Equal("Show all 33 participants", list.Find("#participants-show-all").TextContent.Trim());
    }

    [Fact]
    public void ShortList_ShowsEveryone_WithoutAButton()
    {
        var list = Render<ParticipantList>(p => p.Add(l => l.Participants, People(10)));

        Assert.Equal(10, list.FindAll(".eh-participants li").Count);
        Assert.Empty(list.FindAll("#participants-show-all"));
    }

    private static Participant[] People(int count) =>
        Enumerable.Range(1, count).Select(n => new Participant($"Deelnemer {n}", "Gemeente Groningen", Sector.Government, null)).ToArray();
}
