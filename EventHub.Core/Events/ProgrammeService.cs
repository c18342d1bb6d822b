using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Events;

/// <summary>
/// The outcome of saving a session: saved, refused for a reason, or refused for conflicts in the programme. Refused as
/// stale (<see cref="EventErrors.SessionChangedMeanwhile"/>), it carries the session as stored now in <see cref="Theirs"/>.
/// </summary>
public sealed record SessionSaveResult(int? SessionId, string? ErrorCode, IReadOnlyList<ProgrammeConflict> Conflicts, Session? Theirs = null)
{
    public bool Saved => SessionId is not null;

    public static SessionSaveResult Refused(string errorCode, IReadOnlyList<ProgrammeConflict>? conflicts = null) =>
        new(null, errorCode, conflicts ?? []);
}

/// <summary>
/// Editing an event's programme. Conflicts (same room at the same time, a facilitator in two places, a session
/// outside the event) are shown while editing through <see cref="CheckAsync"/> and enforced on every save.
/// A session people chose, attended or recorded something for is not deleted (<see cref="SessionUse"/>).
/// </summary>
public sealed class ProgrammeService(
    IDbContextFactory<EventHubDbContext> dbFactory, IEventChangeHandler changes, IEnumerable<ISessionUseSource> uses, TimeProvider time)
{
    public async Task<IReadOnlyList<ProgrammeConflict>> CheckAsync(int eventId, SessionInput input, int? sessionId = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var @event = await LoadAsync(db, eventId, ct);
        return @event is null ? [] : await ConflictsAsync(db, @event, input, sessionId, ct);
    }

    /// <summary>The conflicts each session of the event has now (e.g. after the event's times changed), by session id.</summary>
    public async Task<IReadOnlyDictionary<int, IReadOnlyList<ProgrammeConflict>>> ConflictsBySessionAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var @event = await LoadAsync(db, eventId, ct);
        var result = new Dictionary<int, IReadOnlyList<ProgrammeConflict>>();
        foreach (var session in @event?.Sessions ?? [])
        {
            var input = new SessionInput(session.Title, session.Kind,
                EventTime.ToLocal(session.StartUtc, @event!.TimeZoneId), EventTime.ToLocal(session.EndUtc, @event.TimeZoneId),
                session.RoomId, session.Capacity, session.Description, session.Facilitators.Select(f => f.Id).ToList());
            if (await ConflictsAsync(db, @event, input, session.Id, ct) is { Count: > 0 } conflicts)
            {
                result[session.Id] = conflicts;
            }
        }

        return result;
    }

    public Task<SessionSaveResult> AddAsync(int eventId, SessionInput input, TeamMember caller, CancellationToken ct = default) =>
        SaveAsync(eventId, sessionId: null, input, caller, ct);

    public Task<SessionSaveResult> UpdateAsync(int eventId, int sessionId, SessionInput input, TeamMember caller, CancellationToken ct = default) =>
        SaveAsync(eventId, sessionId, input, caller, ct);

    /// <summary>A copy right after the original, same time and room left out (so it does not clash), for fast editing.</summary>
    public Task<Result<int>> DuplicateAsync(int eventId, int sessionId, TeamMember caller, CancellationToken ct = default) =>
        !caller.IsOrganiser ? Task.FromResult(Result<int>.Failure(AccessErrors.NotAllowed)) : dbFactory.WriteAsync(async (db, token) =>
        {
            var @event = await LoadAsync(db, eventId, token);
            var original = @event?.Sessions.SingleOrDefault(s => s.Id == sessionId);
            if (@event is null || original is null)
            {
                return Result<int>.Failure(EventErrors.NotFound);
            }

            if (!@event.IsOpenForChanges)
            {
                return Result<int>.Failure(EventErrors.EventNotEditable);
            }

            var copy = @event.AddSession(original.Title, original.Kind, original.StartUtc, original.EndUtc, room: null, original.Capacity);
            copy.Plan(original.Title, original.Kind, original.StartUtc, original.EndUtc, null, original.Capacity, original.Description);
            await db.SaveChangesAsync(token);
            return Result<int>.Success(copy.Id);
        }, ct);

    public Task<Result> MoveAsync(int eventId, int sessionId, int direction, TeamMember caller, CancellationToken ct = default) =>
        ChangeAsync(eventId, sessionId, caller, (_, @event, session, _) =>
        {
            @event.MoveSession(session, direction);
            return Task.FromResult(Result.Success());
        }, ct);

    /// <summary>
    /// Deletes a session nobody chose, attended or recorded anything for. Otherwise refused, saying the first of: partners
    /// chose it, people were let in at its door, it has action items, it has an outcome record; deleting would take those
    /// with it (the database cascades) and tell no one.
    /// </summary>
    public Task<Result> DeleteAsync(int eventId, int sessionId, TeamMember caller, CancellationToken ct = default) =>
        ChangeAsync(eventId, sessionId, caller, async (db, @event, session, token) =>
        {
            if (Refusal(await UseOfAsync(db, session.Id, token)) is { } refused)
            {
                return refused;
            }

            @event.RemoveSession(session);
            return Result.Success();
        }, ct);

    /// <summary>
    /// What saving the session as <paramref name="kind"/> would do to the people in it, for the question before the save;
    /// null when the kind stays on the same side of "for everyone" (or there is no such session).
    /// </summary>
    public async Task<KindChange?> KindChangeAsync(int eventId, int sessionId, SessionKind kind, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await db.Sessions.Include(s => s.Event).SingleOrDefaultAsync(s => s.Id == sessionId && s.EventId == eventId, ct);
        // Into a break nobody is told or asked: a break is in nobody's own programme, and nobody picks it.
        return session is null || !KindChange.Flips(session.Kind, kind) || kind == SessionKind.Break
            ? null
            : new KindChange(Session.IsForEveryoneKind(kind), await changes.HoldersAsync(db, session, ct), session.Event.Status == EventStatus.Published);
    }

    /// <summary>What deleting the session would take with it, for the confirmation before <see cref="DeleteAsync"/>.</summary>
    public async Task<SessionUse> UseOfAsync(int sessionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await UseOfAsync(db, sessionId, ct);
    }

    private async Task<SessionUse> UseOfAsync(EventHubDbContext db, int sessionId, CancellationToken ct)
    {
        var use = SessionUse.None;
        foreach (var source in uses)
        {
            use += await source.OfAsync(db, sessionId, ct);
        }

        return use;
    }

    private static Result? Refusal(SessionUse use) => use switch
    {
        { Chosen: > 0 } => Result.Failure(EventErrors.SessionChosen, Count(use.Chosen)),
        { LetIn: > 0 } => Result.Failure(EventErrors.SessionAttended, Count(use.LetIn)),
        { ActionItemCount: > 0 } => Result.Failure(EventErrors.SessionHasActionItems, Count(use.ActionItemCount)),
        { HasRecord: true } => Result.Failure(EventErrors.SessionHasRecord),
        _ => null,
    };

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private Task<SessionSaveResult> SaveAsync(int eventId, int? sessionId, SessionInput input, TeamMember caller, CancellationToken ct) =>
        !caller.IsOrganiser ? Task.FromResult(SessionSaveResult.Refused(AccessErrors.NotAllowed)) : dbFactory.WriteAsync(async (db, token) =>
        {
            if (sessionId is { } locked)
            {
                // Two organisers saving at once on PostgreSQL: the second reads the first's save, and the check below holds.
                await RowLocks.LockAsync<Session>(db, locked, token);
            }

            var @event = await LoadAsync(db, eventId, token);
            if (@event is null || (sessionId is not null && @event.Sessions.All(s => s.Id != sessionId)))
            {
                return SessionSaveResult.Refused(EventErrors.NotFound);
            }

            if (!@event.IsOpenForChanges)
            {
                return SessionSaveResult.Refused(EventErrors.EventNotEditable);
            }

            // Opened before another organiser saved it: saving would silently put back their time, room or places.
            if (sessionId is { } edited && input.StartedFrom is { } startedFrom && @event.Sessions.Single(s => s.Id == edited) is var stored
                && stored.EditedState != startedFrom)
            {
                return new SessionSaveResult(null, EventErrors.SessionChangedMeanwhile, [], stored);
            }

            var conflicts = await ConflictsAsync(db, @event, input, sessionId, token);
            if (conflicts.Any(c => c.RefusesSave))
            {
                return SessionSaveResult.Refused(EventErrors.ProgrammeConflicts, conflicts);
            }

            var (start, end) = (EventTime.ToUtc(input.LocalStart, @event.TimeZoneId), EventTime.ToUtc(input.LocalEnd, @event.TimeZoneId));
            var room = @event.Venue?.Rooms.SingleOrDefault(r => r.Id == input.RoomId);
            // Without a capacity of its own a session holds what its room holds, never more than the event.
            var capacity = input.Capacity ?? Session.CapacityIn(room, @event.Capacity);
            var session = sessionId is { } id
                ? @event.Sessions.Single(s => s.Id == id)
                : @event.AddSession(input.Title, input.Kind, start, end, room, capacity);
            // Calendars that hold the session (downloads, feeds) replace it only when the event's revision rises.
            var moved = sessionId is not null && (session.StartUtc != start || session.EndUtc != end || session.RoomId != room?.Id);
            // Into a plenary or out of one: everyone coming gains or loses it in their own programme.
            var flipped = sessionId is not null && KindChange.Flips(session.Kind, input.Kind) && input.Kind != SessionKind.Break;
            session.Plan(input.Title, input.Kind, start, end, room, capacity, input.Description);
            var told = (moved || flipped) && @event.Status == EventStatus.Published;
            if (told)
            {
                @event.NoteCalendarChange();
            }

            var facilitators = await db.Users.Where(u => input.Facilitators.Contains(u.Id)).ToListAsync(token);
            session.AssignFacilitators(facilitators);
            await db.SaveChangesAsync(token);
            // More places (a higher capacity, a bigger room) go to those waiting for the session, in the same transaction.
            await changes.SessionSavedAsync(db, session, time.GetUtcNow().UtcDateTime, token);
            if (told && flipped)
            {
                // Everyone coming is told (with its time and room as they are now): the session entered or left their programme.
                await changes.SessionKindChangedAsync(db, @event, session, time.GetUtcNow().UtcDateTime, token);
            }
            else if (told)
            {
                // Those in it (who chose it; for a plenary everyone coming) are told its new time or room, with their calendar updated, as when the event moves.
                await changes.SessionMovedAsync(db, @event, session, time.GetUtcNow().UtcDateTime, token);
            }

            return new SessionSaveResult(session.Id, null, []);
        }, ct);

    private Task<Result> ChangeAsync(
        int eventId, int sessionId, TeamMember caller, Func<EventHubDbContext, Event, Session, CancellationToken, Task<Result>> change, CancellationToken ct) =>
        !caller.IsOrganiser ? Task.FromResult(Result.Failure(AccessErrors.NotAllowed)) : dbFactory.WriteAsync(async (db, token) =>
        {
            var @event = await LoadAsync(db, eventId, token);
            var session = @event?.Sessions.SingleOrDefault(s => s.Id == sessionId);
            if (@event is null || session is null)
            {
                return Result.Failure(EventErrors.NotFound);
            }

            if (!@event.IsOpenForChanges)
            {
                return Result.Failure(EventErrors.EventNotEditable);
            }

            return await change(db, @event, session, token);
        }, ct);

    private static Task<Event?> LoadAsync(EventHubDbContext db, int eventId, CancellationToken ct) =>
        db.Events
            .Include(e => e.Venue).ThenInclude(v => v!.Rooms)
            .Include(e => e.Sessions).ThenInclude(s => s.Facilitators)
            .AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Id == eventId, ct);

    /// <summary>
    /// What a session with this input holds: the places typed, or what its room gives (never more than the event); and the
    /// room's name when the places are what it gives (left empty in the dialog, or stored so once saved), to name it.
    /// </summary>
    private static (int? Places, string? Room) PlacesOf(Event @event, SessionInput input)
    {
        var room = input.RoomId is { } roomId ? @event.Venue?.Rooms.SingleOrDefault(r => r.Id == roomId) : null;
        var roomGives = Session.CapacityIn(room, @event.Capacity);
        var places = input.Capacity ?? roomGives;
        return (places, places == roomGives ? room?.Name : null);
    }

    /// <summary>A plenary that holds fewer people than the event.</summary>
    private static ProgrammeConflict? PlenaryBelowEvent(Event @event, SessionInput input) =>
        input.Kind == SessionKind.Plenary && @event.Capacity is { } eventPlaces && PlacesOf(@event, input) is { Places: { } holds } places && holds < eventPlaces
            ? new ProgrammeConflict(ConflictKind.PlenaryBelowEvent, places.Room, Count(eventPlaces), holds)
            : null;

    /// <summary>
    /// More people hold a place in the session than it would hold with this input (its room's places, or those typed):
    /// those who chose it, or for a plenary everyone coming (the event's seats taken), new or saved before.
    /// </summary>
    private static ProgrammeConflict? Overbooked(Event @event, Session? session, SessionInput input)
    {
        var plenary = Session.IsForEveryoneKind(input.Kind);
        var holding = plenary ? @event.SeatsTaken : session?.SeatsTaken ?? 0;
        return PlacesOf(@event, input) is { Places: { } holds } places && holding > holds
            ? new ProgrammeConflict(plenary ? ConflictKind.ComingAbovePlenary : ConflictKind.ChosenAboveCapacity, places.Room, Count(holding), holds)
            : null;
    }

    /// <summary>
    /// A workshop or round table at the same time as a plenary: everyone coming is expected at the plenary, so the one
    /// has no audience. Said from whichever side is being edited; breaks are not a session people go to instead. Two
    /// plenaries at the same time: everyone is expected at both.
    /// </summary>
    private static IEnumerable<ProgrammeConflict> BesidePlenary(Event @event, SessionKind kind, DateTime start, DateTime end, int? sessionId)
    {
        var overlapping = @event.Sessions.Where(s => s.Id != sessionId && s.StartUtc < end && start < s.EndUtc)
            .OrderBy(s => s.StartUtc).ThenBy(s => s.SortOrder);
        return Session.IsForEveryoneKind(kind)
            ? overlapping.Where(s => s.IsChoosable || s.IsForEveryone)
                .Select(s => new ProgrammeConflict(s.IsForEveryone ? ConflictKind.PlenaryDuringPlenary : ConflictKind.PlenaryDuringSession, s.Title))
            : kind == SessionKind.Break
                ? []
                : overlapping.Where(s => s.IsForEveryone).Select(s => new ProgrammeConflict(ConflictKind.DuringPlenary, s.Title));
    }

    private async Task<IReadOnlyList<ProgrammeConflict>> ConflictsAsync(
        EventHubDbContext db, Event @event, SessionInput input, int? sessionId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Title) || input.LocalEnd <= input.LocalStart || input.Capacity is < 1)
        {
            return [new ProgrammeConflict(ConflictKind.Invalid)];
        }

        var start = EventTime.ToUtc(input.LocalStart, @event.TimeZoneId);
        var end = EventTime.ToUtc(input.LocalEnd, @event.TimeZoneId);
        var conflicts = new List<ProgrammeConflict>();
        if (start < @event.StartUtc || end > @event.EndUtc)
        {
            conflicts.Add(new ProgrammeConflict(ConflictKind.OutsideEvent));
        }

        if (input.RoomId is { } roomId)
        {
            var room = @event.Venue?.Rooms.SingleOrDefault(r => r.Id == roomId);
            if (room is null)
            {
                conflicts.Add(new ProgrammeConflict(ConflictKind.RoomNotAtVenue));
            }
            else if (input.Capacity > room.Capacity)
            {
                conflicts.Add(new ProgrammeConflict(ConflictKind.CapacityAboveRoom, room.Capacity?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            conflicts.AddRange(@event.Sessions
                .Where(s => s.Id != sessionId && s.RoomId == roomId && s.StartUtc < end && start < s.EndUtc)
                .Select(s => new ProgrammeConflict(ConflictKind.RoomTaken, s.Title)));
        }

        conflicts.AddRange(BesidePlenary(@event, input.Kind, start, end, sessionId));

        var overbooked = Overbooked(@event, sessionId is { } savedId ? @event.Sessions.Single(s => s.Id == savedId) : null, input);
        if (overbooked is not null)
        {
            conflicts.Add(overbooked);
        }

        if (input.Capacity > @event.Capacity)
        {
            conflicts.Add(new ProgrammeConflict(ConflictKind.CapacityAboveEvent, @event.Capacity?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        else if (overbooked is not { Kind: ConflictKind.ComingAbovePlenary } && PlenaryBelowEvent(@event, input) is { } tooSmall)
        {
            // Too small for those coming already says more than too small for the event.
            conflicts.Add(tooSmall);
        }

        // A session people chose, moved onto another they also chose, would leave them holding two places at once.
        if (sessionId is { } id && @event.Sessions.Where(s => s.Id != id && s.StartUtc < end && start < s.EndUtc).ToList() is { Count: > 0 } overlapping)
        {
            conflicts.AddRange(await changes.ChoicesOverlapAsync(db, id, overlapping, ct));
        }

        if (input.Facilitators.Count > 0)
        {
            var ids = input.Facilitators.ToList();
            // Across all events: a facilitator cannot chair two overlapping sessions anywhere (back-to-back is fine).
            var busy = await db.Sessions
                .Where(s => s.Id != (sessionId ?? 0) && s.StartUtc < end && start < s.EndUtc && s.Event.Status != EventStatus.Cancelled)
                .SelectMany(s => s.Facilitators.Where(f => ids.Contains(f.Id)), (s, f) => new { s.Title, EventTitle = s.Event.Title, f.DisplayName })
                .ToListAsync(ct);
            conflicts.AddRange(busy.Select(b => new ProgrammeConflict(ConflictKind.FacilitatorBusy, $"{b.Title} ({b.EventTitle})", b.DisplayName)));
        }

        return conflicts;
    }
}
