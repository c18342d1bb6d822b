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
}
