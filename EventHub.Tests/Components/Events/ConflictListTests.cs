using Bunit;
using EventHub.App.Components.Pages.Events.Programme;
using EventHub.Core.Events;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Events;

/// <summary>The programme's conflicts in words, as the session dialog and the programme show them.</summary>
public class ConflictListTests : ComponentTestBase
{
    [Fact]
    public void Conflicts_OfRoomCapacityAndOverlappingChoices_AreSaidInWords()
    {
        IReadOnlyList<ProgrammeConflict> conflicts =
        [
            new(ConflictKind.CapacityAboveRoom, "30"),
            new(ConflictKind.ChoicesOverlap, "Workshop A", "1"),
            new(ConflictKind.ChoicesOverlap, "Workshop B", "3"),
        ];

        var list = Render<ConflictList>(p => p.Add(c => c.Conflicts, conflicts));

        Assert.Equal(
            ["More places than the room holds (30).", "1 partner who chose it also chose \"Workshop A\" at that time.", "3 partners who chose it also chose \"Workshop B\" at that time."],
            list.FindAll("li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void MorePeopleChoseThanTheNewRoomHolds_IsSaidWithTheRoomAndHowManyAreOver()
    {
        IReadOnlyList<ProgrammeConflict> conflicts =
        [
            new(ConflictKind.ChosenAboveCapacity, "Studio", "12", 10),
            new(ConflictKind.ChosenAboveCapacity, null, "11", 10),
        ];

        var list = Render<ConflictList>(p => p.Add(c => c.Conflicts, conflicts));

        Assert.Equal(
            [
                "12 people chose this session; Studio holds 10: 2 people more than there are places. Nobody is dropped, and nobody else gets a place until enough have left.",
                "11 people chose this session; it holds 10: 1 person more than there are places. Nobody is dropped, and nobody else gets a place until someone leaves.",
            ],
            list.FindAll("li").Select(li => li.TextContent.Trim()));
    }
}
