using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Events;

/// <summary>
/// A plenary in the programme: a workshop at the same time has no audience (a warning, from either side), and turning a
/// session into a plenary or out of one says first who is in it, then tells everyone coming, with their calendar.
/// The scenario: a published event, a plenary 14:00–15:00 (Amsterdam), Workshop A 15:00–16:00, B 15:30–16:30, C 17:00–18:00.
/// </summary>
public class PlenaryInTheProgrammeTests
{
    private static DateTime Local(double hoursAfterStart) =>
        EventTime.ToLocal(InvitationScenario.EventStart.AddHours(hoursAfterStart), EventTime.DefaultTimeZoneId);

    [Fact]
    public async Task AWorkshopAtTheTimeOfAPlenary_IsSavedWithAWarningNamingThePlenary_AndThePlenaryNamesTheWorkshop()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var plenary = await PlenaryForEveryoneTests.AddPlenaryAsync(scenario, capacity: null);
        var programme = scenario.Services.GetRequiredService<ProgrammeService>();

        var during = new SessionInput("Taalcafé", SessionKind.Workshop, Local(0.5), Local(1.5));
        var warned = await programme.CheckAsync(scenario.EventId, during);
        var saved = await programme.AddAsync(scenario.EventId, during, Staff.Organiser);
        var breakDuring = await programme.CheckAsync(scenario.EventId, new SessionInput("Koffie", SessionKind.Break, Local(0.5), Local(1)));
        var afterIt = await programme.CheckAsync(scenario.EventId, new SessionInput("Na de opening", SessionKind.RoundTable, Local(1), Local(2)));
        var byPlenary = (await programme.ConflictsBySessionAsync(scenario.EventId))[plenary];

        var warning = Assert.Single(warned);
        Assert.Equal((ConflictKind.DuringPlenary, "Plenaire opening", false), (warning.Kind, warning.With, warning.RefusesSave));
        Assert.True(saved.Saved, saved.ErrorCode); // a warning: the organiser may mean it (a side session)
        Assert.Empty(breakDuring); // a break is not a session people go to instead
        Assert.DoesNotContain(afterIt, c => c.Kind == ConflictKind.DuringPlenary); // back to back is fine
        Assert.Equal([new ProgrammeConflict(ConflictKind.PlenaryDuringSession, "Taalcafé")], byPlenary);
    }

    [Fact]
    public async Task APlenaryAtTheTimeOfAnotherPlenary_IsSavedWithAWarningNamingTheOther_FromBothSides()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var opening = await PlenaryForEveryoneTests.AddPlenaryAsync(scenario, capacity: null);
        var programme = scenario.Services.GetRequiredService<ProgrammeService>();

        var second = new SessionInput("Tweede plenair", SessionKind.Plenary, Local(0.5), Local(1));
        var warned = await programme.CheckAsync(scenario.EventId, second);
        var saved = await programme.AddAsync(scenario.EventId, second, Staff.Organiser);
        var byOpening = (await programme.ConflictsBySessionAsync(scenario.EventId))[opening];

        var warning = Assert.Single(warned);
        Assert.Equal((ConflictKind.PlenaryDuringPlenary, "Plenaire opening", false), (warning.Kind, warning.With, warning.RefusesSave));
        Assert.True(saved.Saved, saved.ErrorCode);
        Assert.Contains(new ProgrammeConflict(ConflictKind.PlenaryDuringPlenary, "Tweede plenair"), byOpening);
    }

    [Fact]
    public async Task KindChange_AWorkshopToAPlenary_CountsWhoRegisteredAndWaits_ARoundTableIsNoChange()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 4, capacity: 10, sessionCapacity: 1);
        var workshopA = scenario.SessionIds[0];
        await AnswerAsync(scenario, 0, InvitationStatus.Accepted, workshopA);
        await AnswerAsync(scenario, 1, InvitationStatus.Accepted, workshopA); // waits: one place
        await AnswerAsync(scenario, 2, InvitationStatus.Accepted);
        await AnswerAsync(scenario, 3, InvitationStatus.Tentative);
        var programme = scenario.Services.GetRequiredService<ProgrammeService>();

        var toPlenary = await programme.KindChangeAsync(scenario.EventId, workshopA, SessionKind.Plenary);
        var toRoundTable = await programme.KindChangeAsync(scenario.EventId, workshopA, SessionKind.RoundTable);

        Assert.Equal(new KindChange(BecomesForEveryone: true, new SessionHolders(Registered: 1, Waiting: 1, Coming: 3), GuestsTold: true), toPlenary);
        Assert.True(toPlenary!.TouchesPeople);
        Assert.Null(toRoundTable);
    }

    [Fact]
    public async Task AWorkshopMadeAPlenary_TellsEveryoneComingWithTheirCalendar_AndHoldsThemAll()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 4, capacity: 10, sessionCapacity: 1);
        var workshopA = scenario.SessionIds[0];
        await AnswerAsync(scenario, 0, InvitationStatus.Accepted, workshopA);
        await AnswerAsync(scenario, 1, InvitationStatus.Accepted, workshopA); // waits
        await AnswerAsync(scenario, 2, InvitationStatus.Accepted);
        await AnswerAsync(scenario, 3, InvitationStatus.Tentative);
        var (before, sequence) = await OutboxAndSequenceAsync(scenario);

        var saved = await scenario.Services.GetRequiredService<ProgrammeService>()
            .UpdateAsync(scenario.EventId, workshopA, new SessionInput("Workshop A", SessionKind.Plenary, Local(1), Local(2)), Staff.Organiser);

        Assert.True(saved.Saved, saved.ErrorCode);
        var told = await NewMessagesAsync(scenario, before);
        Assert.Equal([InvitationScenario.Email(0), InvitationScenario.Email(1), InvitationScenario.Email(2)], told.Select(m => m.ToAddress).Order());
        Assert.All(told, m => Assert.Equal("Changed: Workshop A (Alliantiedag)", m.Subject));
        Assert.All(told, m => Assert.Contains("\"Workshop A\" is now a plenary, for everyone who comes", m.TextBody));
        Assert.All(told, m => Assert.Equal("REQUEST", Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(Assert.Single(m.Attachments).Content))!.Method));
        Assert.Contains("15:00–16:00 Workshop A", told.Single(m => m.ToAddress == InvitationScenario.Email(2)).TextBody); // now in their own programme
        Assert.True((await OutboxAndSequenceAsync(scenario)).Sequence > sequence); // calendars replace the meeting
        var fill = (await scenario.Invitations.SessionFillAsync(scenario.EventId)).Single(s => s.SessionId == workshopA);
        Assert.Equal((3, 0, true), (fill.Taken, fill.Waiting, fill.ForEveryone));
    }

    [Fact]
    public async Task APlenaryMadeAWorkshop_HoldsNobodyUntilPicked_AndEveryoneComingIsToldToPickIt()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10);
        var plenary = await PlenaryForEveryoneTests.AddPlenaryAsync(scenario, capacity: null);
        await AnswerAsync(scenario, 0, InvitationStatus.Accepted);
        await AnswerAsync(scenario, 1, InvitationStatus.Accepted);
        await AnswerAsync(scenario, 2, InvitationStatus.Declined);
        var programme = scenario.Services.GetRequiredService<ProgrammeService>();
        var (before, _) = await OutboxAndSequenceAsync(scenario);

        var asked = await programme.KindChangeAsync(scenario.EventId, plenary, SessionKind.Workshop);
        var toBreak = await programme.KindChangeAsync(scenario.EventId, plenary, SessionKind.Break); // in nobody's programme, picked by nobody
        var saved = await programme.UpdateAsync(scenario.EventId, plenary, new SessionInput("Plenaire opening", SessionKind.Workshop, Local(0), Local(1)), Staff.Organiser);

        Assert.Equal(new KindChange(BecomesForEveryone: false, new SessionHolders(0, 0, Coming: 2), GuestsTold: true), asked);
        Assert.Null(toBreak);
        Assert.True(saved.Saved, saved.ErrorCode);
        var told = await NewMessagesAsync(scenario, before);
        Assert.Equal([InvitationScenario.Email(0), InvitationScenario.Email(1)], told.Select(m => m.ToAddress).Order());
        Assert.All(told, m => Assert.Contains("\"Plenaire opening\" is no longer a plenary: you now choose yourself whether to join it", m.TextBody));
        var fill = (await scenario.Invitations.SessionFillAsync(scenario.EventId)).Single(s => s.SessionId == plenary);
        Assert.Equal((0, false), (fill.Taken, fill.ForEveryone));
    }

    private static async Task<(int Messages, int Sequence)> OutboxAndSequenceAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        return (await db.OutboxMessages.CountAsync(), await db.Events.Where(e => e.Id == scenario.EventId).Select(e => e.CalendarSequence).SingleAsync());
    }

    private static async Task<List<EventHub.Core.Outbox.OutboxMessage>> NewMessagesAsync(InvitationScenario scenario, int before)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.OutboxMessages.Include(m => m.Attachments).OrderBy(m => m.Id).Skip(before).ToListAsync();
    }

    private static async Task AnswerAsync(InvitationScenario scenario, int index, InvitationStatus answer, params int[] sessions)
    {
        var answered = await scenario.Rsvp.RespondAsync(scenario.TokenOf(index),
            new RsvpAnswer(answer, sessions, PrivacyAccepted: answer != InvitationStatus.Declined, DeclineReason: answer == InvitationStatus.Declined ? DeclineReason.Date : null));
        Assert.True(answered.Succeeded, answered.ErrorCode);
    }
}
