using Bunit;
using EventHub.App.Components.Pages.Outcomes;
using EventHub.Core.Door;
using EventHub.Core.Events;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Outcomes;

/// <summary>
/// In "My sessions" a facilitator is invited to record a session's outcome while it is open to edits, and to read it once
/// it is final (the capture screen then shows it read-only).
/// </summary>
public class MySessionCardTests : ComponentTestBase
{
    [Theory]
    [InlineData(null, "Record outcome")]
    [InlineData(OutcomeStatus.Draft, "Record outcome")]
    [InlineData(OutcomeStatus.Final, "Read outcome")]
    public void TheButton_SaysWhatTheCaptureScreenLetsTheFacilitatorDo(OutcomeStatus? status, string button)
    {
        var session = new MySession(7, "Stages zonder drempels", SessionKind.Workshop, 3, "Alliantiedag", new DateTime(2027, 1, 14, 13, 0, 0, DateTimeKind.Utc),
            new DateTime(2027, 1, 14, 14, 0, 0, DateTimeKind.Utc), "Europe/Amsterdam", "Zaal 2", status, new ParticipantCount(12, 12, 0));

        var card = Render<MySessionCard>(p => p.Add(c => c.Session, session));

        var open = card.Find("#open-outcome-7");
        Assert.Equal(button, open.TextContent.Trim());
        Assert.EndsWith("sessions/7/outcome", open.GetAttribute("href"));
    }

    /// <summary>
    /// The number on the button is the list it unfolds (those registered and whoever was let in at the door); once people
    /// came, beside it how many registered and how many came, and how many of them came in without a place. A plenary's
    /// are those expected: everyone coming.
    /// </summary>
    [Theory]
    [InlineData(SessionKind.Workshop, 14, "12 registered · 11 came, 2 of them admitted at the door")]
    [InlineData(SessionKind.Plenary, 14, "12 expected · 11 came, 2 of them admitted at the door")]
    [InlineData(SessionKind.Workshop, 12, "12 registered · 11 came")]
    public void OncePeopleCame_TheCardSaysHowManyRegisteredAndCame_BesideTheListsOwnNumber(SessionKind kind, int participants, string said)
    {
        var session = Session(kind, new ParticipantCount(participants, 12, 11));

        var card = Render<MySessionCard>(p => p.Add(c => c.Session, session));

        Assert.Equal($"Participants ({participants})", card.Find("#participants-7").TextContent.Trim());
        Assert.Equal(said, card.Find("#participants-came-7").TextContent.Trim());
    }

    [Fact]
    public void BeforeAnyoneCame_TheCardSaysOnlyHowManyTakePart()
    {
        var card = Render<MySessionCard>(p => p.Add(c => c.Session, Session(SessionKind.Workshop, new ParticipantCount(12, 12, 0))));

        Assert.Equal("Participants (12)", card.Find("#participants-7").TextContent.Trim());
        Assert.Empty(card.FindAll("#participants-came-7"));
    }

    private static MySession Session(SessionKind kind, ParticipantCount count) =>
        new(7, "Stages zonder drempels", kind, 3, "Alliantiedag", new DateTime(2027, 1, 14, 13, 0, 0, DateTimeKind.Utc),
            new DateTime(2027, 1, 14, 14, 0, 0, DateTimeKind.Utc), "Europe/Amsterdam", "Zaal 2", null, count);
}
