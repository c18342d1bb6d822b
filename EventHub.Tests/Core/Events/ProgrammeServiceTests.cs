using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Events;

public class ProgrammeServiceTests
{
    private static readonly DateTime Day = new(2027, 5, 12);

    [Fact]
    public async Task Add_SameRoomOverlapping_IsRefusedWithTheOtherSessionNamed()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (eventId, rooms) = await EventWithRoomsAsync(database);
        var programme = database.Services.GetRequiredService<ProgrammeService>();
        await programme.AddAsync(eventId, new SessionInput("Workshop taal", SessionKind.Workshop, Day.AddHours(14), Day.AddHours(15), rooms[0]), Staff.Organiser);

        var clash = await programme.AddAsync(eventId, new SessionInput("Workshop stages", SessionKind.Workshop, Day.AddHours(14.5), Day.AddHours(15.5), rooms[0]), Staff.Organiser);
        var otherRoom = await programme.AddAsync(eventId, new SessionInput("Workshop stages", SessionKind.Workshop, Day.AddHours(14.5), Day.AddHours(15.5), rooms[1]), Staff.Organiser);

        Assert.False(clash.Saved);
        Assert.Equal(EventErrors.ProgrammeConflicts, clash.ErrorCode);
        Assert.Equal(new ProgrammeConflict(ConflictKind.RoomTaken, "Workshop taal"), Assert.Single(clash.Conflicts));
        Assert.True(otherRoom.Saved);
    }

    [Fact]
    public async Task Add_BackToBackInTheSameRoom_IsNoConflict()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (eventId, rooms) = await EventWithRoomsAsync(database);
        var programme = database.Services.GetRequiredService<ProgrammeService>();
        await programme.AddAsync(eventId, new SessionInput("Eerste ronde", SessionKind.RoundTable, Day.AddHours(13), Day.AddHours(14), rooms[0]), Staff.Organiser);

        var next = await programme.AddAsync(eventId, new SessionInput("Tweede ronde", SessionKind.RoundTable, Day.AddHours(14), Day.AddHours(15), rooms[0]), Staff.Organiser);

        Assert.True(next.Saved);
    }

    [Fact]
    public async Task Add_FacilitatorBusyInAnotherEventAtTheSameTime_IsRefused()
    {
        await using var database = await TestDatabase.CreateAsync();
        var femke = await FacilitatorAsync(database, "Femke Jansen");
        var (first, _) = await EventWithRoomsAsync(database);
        var (second, _) = await EventWithRoomsAsync(database, "Stadhuis");
        var programme = database.Services.GetRequiredService<ProgrammeService>();
        await programme.AddAsync(first, new SessionInput("Rondetafel A", SessionKind.RoundTable, Day.AddHours(14), Day.AddHours(15), FacilitatorIds: [femke]), Staff.Organiser);

        var conflicts = await programme.CheckAsync(second, new SessionInput("Rondetafel B", SessionKind.RoundTable, Day.AddHours(14.5), Day.AddHours(15.5), FacilitatorIds: [femke]));

        var conflict = Assert.Single(conflicts);
        Assert.Equal(ConflictKind.FacilitatorBusy, conflict.Kind);
        Assert.Equal("Femke Jansen", conflict.Who);
        Assert.Contains("Rondetafel A", conflict.With);
    }

    [Fact]
    public async Task Check_OutsideTheEventOrAboveItsCapacityOrAnotherVenuesRoom_IsReported()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (eventId, _) = await EventWithRoomsAsync(database);
        var (_, foreignRooms) = await EventWithRoomsAsync(database, "Stadhuis");
        var programme = database.Services.GetRequiredService<ProgrammeService>();

        var conflicts = await programme.CheckAsync(eventId, new SessionInput("Avondsessie", SessionKind.Plenary, Day.AddHours(16), Day.AddHours(18), foreignRooms[0], Capacity: 500));

        Assert.Equal([ConflictKind.OutsideEvent, ConflictKind.RoomNotAtVenue, ConflictKind.CapacityAboveEvent], conflicts.Select(c => c.Kind));
    }

    /// <summary>
    /// On the day, 31 guests told "you are coming" were on the waiting list of the opening plenary: the event had 220
    /// places and the plenary's room 120, and nothing had said so.
    /// </summary>
    [Fact]
    public async Task APlenarySmallerThanTheEvent_IsSavedWithAWarningNamingItsRoom_AWorkshopOrABigEnoughRoomIsNot()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (eventId, rooms) = await EventWithRoomsAsync(database); // the event: 100 places; Grote zaal 200, Studio 30
        var programme = database.Services.GetRequiredService<ProgrammeService>();
        var opening = new SessionInput("Opening", SessionKind.Plenary, Day.AddHours(13), Day.AddHours(14), rooms[1]);

        var warned = await programme.CheckAsync(eventId, opening);
        var saved = await programme.AddAsync(eventId, opening, Staff.Organiser);
        var ownPlaces = await programme.CheckAsync(eventId, opening with { RoomId = null, Capacity = 80 }, saved.SessionId); // the opening edited
        var bigRoom = await programme.CheckAsync(eventId, opening with { RoomId = rooms[0], Title = "Afsluiting", LocalStart = Day.AddHours(16), LocalEnd = Day.AddHours(17) });
        var workshop = await programme.CheckAsync(eventId, opening with { Kind = SessionKind.Workshop, Title = "Werkplaats", LocalStart = Day.AddHours(15), LocalEnd = Day.AddHours(16) });

        Assert.Equal(new ProgrammeConflict(ConflictKind.PlenaryBelowEvent, "Studio", "100", 30), Assert.Single(warned));
        Assert.True(saved.Saved);
        Assert.Equal(new ProgrammeConflict(ConflictKind.PlenaryBelowEvent, null, "100", 80), Assert.Single(ownPlaces));
        Assert.Empty(bigRoom);
        Assert.Empty(workshop);
        Assert.Equal([new ProgrammeConflict(ConflictKind.PlenaryBelowEvent, "Studio", "100", 30)], (await programme.ConflictsBySessionAsync(eventId))[saved.SessionId!.Value]);
    }

    [Fact]
    public async Task Add_WithoutCapacity_TakesTheRoomsButNeverMoreThanTheEvents()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (eventId, rooms) = await EventWithRoomsAsync(database);
        var programme = database.Services.GetRequiredService<ProgrammeService>();

        await programme.AddAsync(eventId, new SessionInput("Plenair", SessionKind.Plenary, Day.AddHours(13), Day.AddHours(14), rooms[0]), Staff.Organiser);
        await programme.AddAsync(eventId, new SessionInput("Workshop", SessionKind.Workshop, Day.AddHours(13), Day.AddHours(14), rooms[1]), Staff.Organiser);

        var sessions = (await database.Services.GetRequiredService<EventService>().GetAsync(eventId))!.Sessions.OrderBy(s => s.SortOrder).ToList();
        Assert.Equal(100, sessions[0].Capacity); // room holds 200, event 100
        Assert.Equal(30, sessions[1].Capacity);
    }

    [Fact]
    public async Task DuplicateMoveDelete_KeepTheProgrammeInOrder()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (eventId, rooms) = await EventWithRoomsAsync(database);
        var programme = database.Services.GetRequiredService<ProgrammeService>();
        var opening = (await programme.AddAsync(eventId, new SessionInput("Opening", SessionKind.Plenary, Day.AddHours(13), Day.AddHours(14), rooms[0]), Staff.Organiser)).SessionId!.Value;
        var workshop = (await programme.AddAsync(eventId, new SessionInput("Workshop", SessionKind.Workshop, Day.AddHours(14), Day.AddHours(15), rooms[1]), Staff.Organiser)).SessionId!.Value;

        var copy = (await programme.DuplicateAsync(eventId, workshop, Staff.Organiser)).Value;
        await programme.MoveAsync(eventId, copy, -1, Staff.Organiser);
        await programme.DeleteAsync(eventId, opening, Staff.Organiser);

        var sessions = (await database.Services.GetRequiredService<EventService>().GetAsync(eventId))!.Sessions.OrderBy(s => s.SortOrder).ToList();
        Assert.Equal([copy, workshop], sessions.Select(s => s.Id));
        Assert.Null(sessions[0].RoomId); // the copy leaves the room open so it does not clash
    }

    [Fact]
    public async Task Duplicate_OnACancelledEvent_IsRefusedAndAddsNoSession()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await SampleEvents.SaveAsync(database.DbFactory, SampleEvents.Alliantiedag());
        var cancelled = await database.Services.GetRequiredService<EventPlanningService>().CancelAsync(@event.Id, "Zaal onder water", Staff.Organiser);
        Assert.True(cancelled.Succeeded, cancelled.ErrorCode);
        var workshop = @event.Sessions.Single(s => s.Kind == SessionKind.Workshop);

        var duplicate = await database.Services.GetRequiredService<ProgrammeService>().DuplicateAsync(@event.Id, workshop.Id, Staff.Organiser);

        Assert.Equal(EventErrors.EventNotEditable, duplicate.ErrorCode);
        await using var db = await database.NewContextAsync();
        Assert.Equal(@event.Sessions.Count, await db.Sessions.CountAsync(s => s.EventId == @event.Id));
    }

    [Fact]
    public async Task Delete_ASessionPartnersChose_IsRefusedAndKeepsTheirChoices_AnUnchosenOneIsStillDeleted()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: null, sessionCapacity: 1);
        var (chosen, unchosen) = (scenario.SessionIds[0], scenario.SessionIds[1]);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, [chosen], PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, [chosen], PrivacyAccepted: true)); // waits for it
        var programme = scenario.Services.GetRequiredService<ProgrammeService>();

        var refused = await programme.DeleteAsync(scenario.EventId, chosen, Staff.Organiser);
        var deleted = await programme.DeleteAsync(scenario.EventId, unchosen, Staff.Organiser);

        Assert.Equal(EventErrors.SessionChosen, refused.ErrorCode);
        Assert.Equal("2", refused.ErrorDetail);
        Assert.True(deleted.Succeeded);
        await using var db = await scenario.NewContextAsync();
        Assert.True(await db.Sessions.AnyAsync(s => s.Id == chosen));
        Assert.False(await db.Sessions.AnyAsync(s => s.Id == unchosen));
        Assert.Equal([SessionChoiceStatus.Registered, SessionChoiceStatus.Waitlisted],
            (await db.SessionChoices.Where(c => c.SessionId == chosen).Select(c => c.Status).ToListAsync()).Order());
    }

    [Fact]
    public async Task Delete_ASessionWithARecordOrActionItems_IsRefusedAndKeepsThem()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (eventId, rooms) = await EventWithRoomsAsync(database);
        var programme = database.Services.GetRequiredService<ProgrammeService>();
        var dbFactory = database.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var withActions = (await programme.AddAsync(eventId, new SessionInput("Workshop", SessionKind.Workshop, Day.AddHours(13), Day.AddHours(14), rooms[0]), Staff.Organiser)).SessionId!.Value;
        var withNotes = (await programme.AddAsync(eventId, new SessionInput("Rondetafel", SessionKind.RoundTable, Day.AddHours(14), Day.AddHours(15), rooms[0]), Staff.Organiser)).SessionId!.Value;
        await new RecordedSession().Notes("Stages: een gedeelde gedragscode.", "Femke Jansen")
            .Action("Gedragscode opstellen", "Stichting Stage", new DateOnly(2027, 6, 1))
            .Action("Werkgevers benaderen", "Stichting Stage", new DateOnly(2027, 6, 15))
            .SaveAsync(dbFactory, withActions, Day);
        await new RecordedSession().Notes("Geen besluiten, wel een goed gesprek.", "Femke Jansen").SaveAsync(dbFactory, withNotes, Day);

        var actions = await programme.DeleteAsync(eventId, withActions, Staff.Organiser);
        var notes = await programme.DeleteAsync(eventId, withNotes, Staff.Organiser);

        Assert.Equal((EventErrors.SessionHasActionItems, "2"), (actions.ErrorCode, actions.ErrorDetail));
        Assert.Equal(EventErrors.SessionHasRecord, notes.ErrorCode);
        Assert.Equal(new SessionUse(HasRecord: true, ActionItemCount: 2), await programme.UseOfAsync(withActions));
        await using var db = await dbFactory.CreateDbContextAsync();
        Assert.Equal(2, await db.Sessions.CountAsync(s => s.EventId == eventId));
        Assert.Equal(2, await db.SessionOutcomes.CountAsync(o => o.SessionId == withActions || o.SessionId == withNotes));
        Assert.Equal(2, await db.ActionItems.CountAsync(a => a.SessionId == withActions));
    }

    [Fact]
    public async Task Update_ASessionPartnersChose_MovedToANewTime_TellsThemWithTheirCalendar()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10, sessionCapacity: 10);
        var (a, c) = (scenario.SessionIds[0], scenario.SessionIds[2]); // A 15:00–16:00, C 17:00–18:00 in Amsterdam
        var answered = await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, [a, c], PrivacyAccepted: true));
        Assert.True(answered.Succeeded, answered.ErrorCode);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, [a], PrivacyAccepted: true));
        var before = await OutboxCountAsync(scenario);

        var local = EventTime.ToLocal(InvitationScenario.EventStart, EventTime.DefaultTimeZoneId);
        var moved = await scenario.Services.GetRequiredService<ProgrammeService>().UpdateAsync(scenario.EventId, c,
            new SessionInput("Workshop C", SessionKind.Workshop, local.AddHours(2.5), local.AddHours(3.5), Capacity: 10), Staff.Organiser);

        Assert.True(moved.Saved, moved.ErrorCode);
        await using var db = await scenario.NewContextAsync();
        var told = await db.OutboxMessages.Include(m => m.Attachments).OrderBy(m => m.Id).Skip(before).ToListAsync();
        var email = Assert.Single(told); // only the partner who chose Workshop C
        Assert.Equal((InvitationScenario.Email(0), "Changed: Workshop C (Alliantiedag)"), (email.ToAddress, email.Subject));
        Assert.Contains("16:30–17:30 Workshop C", email.TextBody);
        var calendar = Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(Assert.Single(email.Attachments).Content))!;
        Assert.Equal("REQUEST", calendar.Method);
    }

    [Fact]
    public async Task Update_ASessionMovedOntoAnotherItsPartnersAlsoChose_ShowsTheOverlapAsAConflict_AndTellsThem()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, sessionCapacity: 10);
        var (a, c) = (scenario.SessionIds[0], scenario.SessionIds[2]);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, [a, c], PrivacyAccepted: true));
        var before = await OutboxCountAsync(scenario);
        var programme = scenario.Services.GetRequiredService<ProgrammeService>();

        var local = EventTime.ToLocal(InvitationScenario.EventStart, EventTime.DefaultTimeZoneId);
        var onTopOfA = new SessionInput("Workshop C", SessionKind.Workshop, local.AddHours(1.5), local.AddHours(2.5), Capacity: 10);
        var shown = await programme.CheckAsync(scenario.EventId, onTopOfA, c);
        var saved = await programme.UpdateAsync(scenario.EventId, c, onTopOfA, Staff.Organiser);
        var inTheProgramme = await programme.ConflictsBySessionAsync(scenario.EventId);

        // Shown in the dialog and on both sessions in the programme; saved, as the partner can change their choice.
        Assert.Equal(new ProgrammeConflict(ConflictKind.ChoicesOverlap, "Workshop A", "1"), Assert.Single(shown));
        Assert.True(saved.Saved, saved.ErrorCode);
        Assert.Equal(new ProgrammeConflict(ConflictKind.ChoicesOverlap, "Workshop A", "1"), Assert.Single(inTheProgramme[c]));
        Assert.Equal(new ProgrammeConflict(ConflictKind.ChoicesOverlap, "Workshop C", "1"), Assert.Single(inTheProgramme[a]));
        Assert.Equal(before + 1, await OutboxCountAsync(scenario));
    }

    private static async Task<int> OutboxCountAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.OutboxMessages.CountAsync();
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)] // out of Studio 2, to be announced
    public async Task SessionOfAPublishedEventMovedInTimeOrRoom_CalendarsGetAHigherSequence(bool laterHour, bool otherRoom)
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await SampleEvents.SaveAsync(database.DbFactory, SampleEvents.Alliantiedag());
        var session = @event.Sessions.Single(s => s.Kind == SessionKind.RoundTable); // 14:00–15:15 in Studio 2
        var before = await SessionEntryAsync(database, @event.Slug!, session.Id);

        var local = EventTime.ToLocal(session.StartUtc, @event.TimeZoneId).AddHours(laterHour ? 1 : 0);
        var updated = await database.Services.GetRequiredService<ProgrammeService>().UpdateAsync(@event.Id, session.Id, new SessionInput(session.Title,
            session.Kind, local, local + (session.EndUtc - session.StartUtc), otherRoom ? null : session.RoomId, session.Capacity), Staff.Organiser);

        Assert.True(updated.Saved, updated.ErrorCode);
        var after = await SessionEntryAsync(database, @event.Slug!, session.Id);
        Assert.True(after.Sequence > before.Sequence, $"SEQUENCE {after.Sequence} after {before.Sequence}");
        Assert.NotEqual((before.DtStart!.AsUtc, before.DtEnd!.AsUtc, before.Location), (after.DtStart!.AsUtc, after.DtEnd!.AsUtc, after.Location));
    }

    private static async Task<Ical.Net.CalendarComponents.CalendarEvent> SessionEntryAsync(TestDatabase database, string slug, int sessionId)
    {
        var ics = await database.Services.GetRequiredService<CalendarService>().ForPublicEventAsync(slug, true, new Uri("https://eventhub.example.org/"), Language.En);
        return Ical.Net.Calendar.Load(ics!.Content)!.Events.Single(e => e.Uid!.StartsWith($"session-{sessionId}@", StringComparison.Ordinal));
    }

    private static async Task<(int EventId, int[] Rooms)> EventWithRoomsAsync(TestDatabase database, string venueName = "Forum Groningen")
    {
        var venue = (await database.Services.GetRequiredService<VenueService>().CreateAsync(new VenueInput(venueName, null, AccessibilityFeatures.StepFreeAccess,
            [new RoomInput(null, "Grote zaal", 200, AccessibilityFeatures.HearingLoop), new RoomInput(null, "Studio", 30, AccessibilityFeatures.None)]), Staff.Organiser)).Value;
        var eventId = (await database.Services.GetRequiredService<EventPlanningService>().CreateAsync(
            new EventInput("Alliantiedag", Day.AddHours(13), Day.AddHours(17), VenueId: venue, Capacity: 100), Staff.Organiser)).Value;
        var rooms = (await database.Services.GetRequiredService<VenueService>().ListAsync()).Single(v => v.Id == venue).Rooms.OrderBy(r => r.Name).Select(r => r.Id).ToArray();
        return (eventId, rooms);
    }

    private static async Task<string> FacilitatorAsync(TestDatabase database, string name)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        await accounts.EnsureRolesAsync();
        var email = $"{name.Split(' ')[0].ToLowerInvariant()}@eventhub.example";
        await accounts.CreateUserAsync(email, name, "Lang-genoeg-wachtwoord-1", Language.Nl, [Roles.Facilitator]);
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }
}
