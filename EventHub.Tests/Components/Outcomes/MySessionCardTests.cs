using Bunit;
using EventHub.App.Components.Pages.Outcomes;
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
            new DateTime(2027, 1, 14, 14, 0, 0, DateTimeKind.Utc), "Europe/Amsterdam", "Zaal 2", status, 12);

        var card = Render<MySessionCard>(p => p.Add(c => c.Session, session));

        var open = card.Find("#open-outcome-7");
        Assert.Equal(button, open.TextContent.Trim());
        Assert.EndsWith("sessions/7/outcome", open.GetAttribute("href"));
    }
}
