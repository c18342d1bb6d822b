using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Events;

/// <summary>
/// Two organisers open the same session of a published event. One moves it half an hour earlier (the partner who chose it is
/// told); the other, on the dialog opened before that, lowers its places. That save is refused: it would put the old
/// time back and tell the partner a second move nobody meant.
/// </summary>
public class SessionStaleEditTests
{
    private static readonly DateTime Local = EventTime.ToLocal(InvitationScenario.EventStart, EventTime.DefaultTimeZoneId);

    [Fact]
    public async Task Update_FromADialogOpenedBeforeAnotherOrganisersSave_IsRefused_AndKeepsTheirTimeAndEmails()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, sessionCapacity: 10);
        var c = scenario.SessionIds[2]; // Workshop C, 17:00–18:00 in Amsterdam, in the event's last hour
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, [c], PrivacyAccepted: true));
        var opened = await StateAsync(scenario, c); // both organisers open the dialog
        var dialog = new SessionInput("Workshop C", SessionKind.Workshop, Local.AddHours(3), Local.AddHours(4), Capacity: 10, StartedFrom: opened);
        var movedByA = await Programme(scenario).UpdateAsync(scenario.EventId, c, dialog with { LocalStart = Local.AddHours(2.5), LocalEnd = Local.AddHours(3.5) }, Staff.Organiser);
        Assert.True(movedByA.Saved, movedByA.ErrorCode);
        var emailsAfterA = await EmailsAsync(scenario);

        var savedByB = await Programme(scenario).UpdateAsync(scenario.EventId, c, dialog with { Capacity = 8 }, Staff.Organiser);

        Assert.Equal(EventErrors.SessionChangedMeanwhile, savedByB.ErrorCode);
        Assert.Equal((InvitationScenario.EventStart.AddHours(2.5), (int?)10), (savedByB.Theirs!.StartUtc, savedByB.Theirs.Capacity)); // what the dialog shows
        await using var db = await scenario.NewContextAsync();
        var stored = await db.Sessions.SingleAsync(s => s.Id == c);
        Assert.Equal((InvitationScenario.EventStart.AddHours(2.5), (int?)10), (stored.StartUtc, stored.Capacity));
        Assert.Equal(emailsAfterA, await EmailsAsync(scenario));
    }

    [Fact]
    public async Task Update_AfterSeeingTheNewerSession_SavesOnTopOfIt()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, sessionCapacity: 10);
        var c = scenario.SessionIds[2];
        var dialog = new SessionInput("Workshop C", SessionKind.Workshop, Local.AddHours(3), Local.AddHours(4), Capacity: 10, StartedFrom: await StateAsync(scenario, c));
        Assert.True((await Programme(scenario).UpdateAsync(scenario.EventId, c, dialog with { Description = "Met tolk." }, Staff.Organiser)).Saved);
        var refused = await Programme(scenario).UpdateAsync(scenario.EventId, c, dialog with { Capacity = 8 }, Staff.Organiser);
        Assert.Equal(EventErrors.SessionChangedMeanwhile, refused.ErrorCode);

        var saved = await Programme(scenario).UpdateAsync(scenario.EventId, c, dialog with { Capacity = 8, StartedFrom = refused.Theirs!.EditedState }, Staff.Organiser);

        Assert.True(saved.Saved, saved.ErrorCode);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal((int?)8, (await db.Sessions.SingleAsync(s => s.Id == c)).Capacity);
    }

    private static ProgrammeService Programme(InvitationScenario scenario) => scenario.Services.GetRequiredService<ProgrammeService>();

    private static async Task<string> StateAsync(InvitationScenario scenario, int sessionId) =>
        (await scenario.Services.GetRequiredService<EventService>().GetAsync(scenario.EventId))!.Sessions.Single(s => s.Id == sessionId).EditedState;

    private static async Task<int> EmailsAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.OutboxMessages.CountAsync();
    }
}
