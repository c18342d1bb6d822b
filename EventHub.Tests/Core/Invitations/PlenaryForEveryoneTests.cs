using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// A plenary is for everyone who comes (<see cref="SessionPeople"/>): nobody picks it, every guest with a seat is in it,
/// and a choice made of one (an old tick, or a workshop that became a plenary) is let go without changing anyone's answer.
/// </summary>
public class PlenaryForEveryoneTests
{
    [Fact]
    public async Task SessionFill_APlenaryHoldsEveryoneComing_AWorkshopThoseWithAPlace_AnOldTickCountsForNothing()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 4, capacity: 10);
        var plenary = await AddPlenaryAsync(scenario, capacity: 3);
        var workshopA = scenario.SessionIds[0];
        await AnswerAsync(scenario, 0, InvitationStatus.Accepted, workshopA);
        await AnswerAsync(scenario, 1, InvitationStatus.Accepted);
        await AnswerAsync(scenario, 2, InvitationStatus.Tentative);
        await AnswerAsync(scenario, 3, InvitationStatus.Declined);
        await TickAsBeforeAsync(scenario, 0, plenary); // from when a plenary was one more tick-box

        var fill = await scenario.Invitations.SessionFillAsync(scenario.EventId);

        var opening = fill.Single(s => s.SessionId == plenary);
        Assert.Equal((2, 3, 0, true), (opening.Taken, opening.Capacity, opening.Waiting, opening.ForEveryone));
        var workshop = fill.Single(s => s.SessionId == workshopA);
        Assert.Equal((1, false), (workshop.Taken, workshop.ForEveryone));
        Assert.Equal(plenary, fill[0].SessionId); // in programme order: the opening first
    }

    [Fact]
    public async Task AnAnswerThatStillTicksAPlenary_IsTakenWithoutIt_AndTheConfirmationListsThePlenaryAsForEveryone()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, language: Language.Nl);
        var plenary = await AddPlenaryAsync(scenario, capacity: null);
        var workshopA = scenario.SessionIds[0];

        // A page opened before plenaries stopped being offered still sends the tick.
        var answered = await scenario.Rsvp.RespondAsync(scenario.TokenOf(0),
            new RsvpAnswer(InvitationStatus.Accepted, [plenary, workshopA], PrivacyAccepted: true));

        Assert.True(answered.Succeeded, answered.ErrorCode);
        Assert.Equal([workshopA], answered.Value.Sessions.Keys);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(0, await db.SessionChoices.CountAsync(c => c.SessionId == plenary));
        var confirmation = await db.OutboxMessages.Where(m => m.Kind == InvitationEmails.AnswerKind).SingleAsync();
        // 13:00 UTC is 14:00 in Amsterdam: the plenary, then the workshop the partner picked.
        Assert.Contains("14:00–15:00 Plenaire opening — voor iedereen", confirmation.TextBody);
        Assert.Contains("15:00–16:00 Workshop A", confirmation.TextBody);
        Assert.True(confirmation.TextBody.IndexOf("Plenaire opening", StringComparison.Ordinal) < confirmation.TextBody.IndexOf("Workshop A", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheOwnProgramme_HasThePlenariesOnlyForThoseWithASeat()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 1, sessionCapacity: 1);
        var plenary = await AddPlenaryAsync(scenario, capacity: null);
        var (workshopA, workshopC) = (scenario.SessionIds[0], scenario.SessionIds[2]);
        await AnswerAsync(scenario, 0, InvitationStatus.Accepted, workshopA);
        await AnswerAsync(scenario, 1, InvitationStatus.Accepted, workshopC); // the event is full: waiting for a seat
        await AnswerAsync(scenario, 2, InvitationStatus.Tentative);

        await using var db = await scenario.NewContextAsync();
        var invitations = await db.Invitations.Include(i => i.Choices).Include(i => i.Event).ThenInclude(e => e.Sessions)
            .OrderBy(i => i.Contact.Email).ToListAsync();
        var programmes = invitations.Select(i => SessionPeople.ProgrammeOf(i, i.Event).Select(p => (p.Session.Id, p.ForEveryone, p.Waiting)).ToList()).ToList();

        Assert.Equal([(plenary, true, false), (workshopA, false, false)], programmes[0]);
        Assert.Equal([(workshopC, false, true)], programmes[1]);
        Assert.Empty(programmes[2]);
    }

    [Fact]
    public async Task ChoicesOfPlenaries_AreLetGoByTheUpgrade_OnceAndWithoutChangingTheAnswers()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var plenary = await AddPlenaryAsync(scenario, capacity: null);
        var workshopA = scenario.SessionIds[0];
        await AnswerAsync(scenario, 0, InvitationStatus.Accepted, workshopA);
        await AnswerAsync(scenario, 1, InvitationStatus.Accepted);
        await TickAsBeforeAsync(scenario, 0, plenary);
        await TickAsBeforeAsync(scenario, 1, plenary);
        var factory = scenario.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();

        var first = await PlenaryChoicesUpgrade.RunAsync(factory);
        var second = await PlenaryChoicesUpgrade.RunAsync(factory);

        Assert.Equal((2, 0), (first, second));
        await using var db = await scenario.NewContextAsync();
        Assert.Equal([workshopA], await db.SessionChoices.Select(c => c.SessionId).ToListAsync());
        Assert.Equal(0, await db.Sessions.Where(s => s.Id == plenary).Select(s => s.SeatsTaken).SingleAsync());
        Assert.Equal(2, await db.Invitations.CountAsync(i => i.Status == InvitationStatus.Accepted));
        Assert.Equal(2, (await scenario.Invitations.SessionFillAsync(scenario.EventId)).Single(s => s.SessionId == plenary).Taken);
    }

    [Fact]
    public async Task AWorkshopMadeAPlenary_LetsGoOfItsChoicesAndPlaces_AndThoseWaitingAreInItWithEveryoneElse()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10, sessionCapacity: 1);
        var workshopA = scenario.SessionIds[0];
        await AnswerAsync(scenario, 0, InvitationStatus.Accepted, workshopA);
        await AnswerAsync(scenario, 1, InvitationStatus.Accepted, workshopA); // waits: one place
        await AnswerAsync(scenario, 2, InvitationStatus.Accepted);
        var (start, end) = (EventTime.ToLocal(InvitationScenario.EventStart.AddHours(1), EventTime.DefaultTimeZoneId),
            EventTime.ToLocal(InvitationScenario.EventStart.AddHours(2), EventTime.DefaultTimeZoneId));

        var saved = await scenario.Services.GetRequiredService<ProgrammeService>()
            .UpdateAsync(scenario.EventId, workshopA, new SessionInput("Workshop A", SessionKind.Plenary, start, end), Staff.Organiser);

        Assert.True(saved.Saved, saved.ErrorCode);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(0, await db.SessionChoices.CountAsync(c => c.SessionId == workshopA));
        Assert.Equal(0, await db.Sessions.Where(s => s.Id == workshopA).Select(s => s.SeatsTaken).SingleAsync());
        Assert.Equal(0, await db.OutboxMessages.CountAsync(m => m.Kind == InvitationEmails.PromotionKind));
        var fill = (await scenario.Invitations.SessionFillAsync(scenario.EventId)).Single(s => s.SessionId == workshopA);
        Assert.Equal((3, 0, true), (fill.Taken, fill.Waiting, fill.ForEveryone));
    }

    [Fact]
    public async Task APlenarySmallerThanThoseComing_IsWarnedAbout_NamingHowManyAreComing()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: null);
        for (var i = 0; i < 3; i++)
        {
            await AnswerAsync(scenario, i, InvitationStatus.Accepted);
        }

        var (start, end) = (EventTime.ToLocal(InvitationScenario.EventStart, EventTime.DefaultTimeZoneId),
            EventTime.ToLocal(InvitationScenario.EventStart.AddHours(1), EventTime.DefaultTimeZoneId));
        var programme = scenario.Services.GetRequiredService<ProgrammeService>();

        var plenary = await programme.CheckAsync(scenario.EventId, new SessionInput("Opening", SessionKind.Plenary, start, end, Capacity: 2));
        var workshop = await programme.CheckAsync(scenario.EventId, new SessionInput("Opening", SessionKind.Workshop, start, end, Capacity: 2));

        var warning = Assert.Single(plenary);
        Assert.Equal((ConflictKind.ComingAbovePlenary, "3", 2, false), (warning.Kind, warning.Who, warning.Places, warning.RefusesSave));
        Assert.Empty(workshop); // nobody chose a new workshop yet
    }

    /// <summary>Adds a plenary at the start of the scenario's event (an hour, before the workshops); returns its id.</summary>
    internal static async Task<int> AddPlenaryAsync(InvitationScenario scenario, int? capacity)
    {
        await using var db = await scenario.NewContextAsync();
        var @event = await db.Events.Include(e => e.Sessions).SingleAsync(e => e.Id == scenario.EventId);
        var plenary = @event.AddSession("Plenaire opening", SessionKind.Plenary, InvitationScenario.EventStart, InvitationScenario.EventStart.AddHours(1), capacity: capacity);
        await db.SaveChangesAsync();
        return plenary.Id;
    }

    /// <summary>A choice of the session as partners made them when a plenary was one more tick-box: registered, holding a place.</summary>
    internal static async Task TickAsBeforeAsync(InvitationScenario scenario, int index, int sessionId)
    {
        await using var db = await scenario.NewContextAsync();
        var invitation = await db.Invitations.Include(i => i.Choices).SingleAsync(i => i.Contact.Email == InvitationScenario.Email(index));
        invitation.Choose(await db.Sessions.SingleAsync(s => s.Id == sessionId), SessionChoiceStatus.Registered, scenario.Time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.SeatsTaken, x => x.SeatsTaken + 1));
    }

    private static async Task AnswerAsync(InvitationScenario scenario, int index, InvitationStatus answer, params int[] sessions)
    {
        var answered = await scenario.Rsvp.RespondAsync(scenario.TokenOf(index),
            new RsvpAnswer(answer, sessions, PrivacyAccepted: answer != InvitationStatus.Declined, DeclineReason: answer == InvitationStatus.Declined ? DeclineReason.Date : null));
        Assert.True(answered.Succeeded, answered.ErrorCode);
    }
}
