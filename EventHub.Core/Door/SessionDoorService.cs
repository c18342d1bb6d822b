using System.Linq.Expressions;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Door;

/// <summary>A session a desk can check people into: one that people registered for (not a plenary), with how many came so far.</summary>
public sealed record DoorSession(int Id, string Title, DateTime StartUtc, DateTime EndUtc, int? Capacity, int Registered, int Attended);

/// <summary>
/// Why a session has no door of its own (<see cref="SessionDoorService.WhyNoDoorAsync"/>): a plenary's arrivals are the
/// event door's, a session gone from the programme has none, and one nobody registered for has nobody to check.
/// </summary>
public enum NoSessionDoor
{
    Plenary,
    Gone,
    NobodyRegistered,
}

/// <summary>A session someone holds a place in, and its room when it has one.</summary>
public sealed record SessionPlace(string Title, string? Room);

/// <summary>Who came to a session, for its participant list.</summary>
public sealed record SessionArrival(int InvitationId, DateTime AtUtc, bool Admitted);

/// <summary>How many came into a session (<see cref="Came"/>), and how many of them hold no place in it (<see cref="WithoutPlace"/>).</summary>
public sealed record SessionCame(int Came, int WithoutPlace);

/// <summary>
/// A second check at a room's door, for workshops with limited places. A scan or name pick there answers: registered
/// for the session → checked in to it; waitlisted for it or not registered → <see cref="DoorAnswerKind.NotInSession"/>
/// until door staff press Admit; not checked in at the event yet → checked in at both doors at once. The same rules as
/// the event's door apply (<see cref="DoorEvents"/>: who may, and nothing changes once the event is ended); a person
/// counts once per session, also when two desks or an offline desk's replay send the same check-in.
/// </summary>
public sealed class SessionDoorService(IDbContextFactory<EventHubDbContext> dbFactory, InvitationNotifier notifier, TimeProvider time)
{
    /// <summary>The event's sessions that people registered for (in programme order), for the desk's session picker.</summary>
    public async Task<IReadOnlyList<DoorSession>> SessionsAsync(int eventId, TeamMember member, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await DoorEvents.DenyAsync(db, eventId, member, Now, ct) is not null)
        {
            return [];
        }

        // A plenary has no door of its own: everyone coming is in it, and the event's door counts them.
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId).Where(Session.Choosable)
            .Select(s => new
            {
                s.Id,
                s.Title,
                s.StartUtc,
                s.EndUtc,
                s.Capacity,
                s.SortOrder,
                Registered = db.SessionChoices.Count(c => c.SessionId == s.Id && c.Status == SessionChoiceStatus.Registered
                    && c.Invitation.Status == InvitationStatus.Accepted),
                Attended = db.SessionAttendances.Count(a => a.SessionId == s.Id),
            })
            .ToListAsync(ct);
        return sessions.Where(s => s.Registered > 0)
            .OrderBy(s => s.StartUtc).ThenBy(s => s.SortOrder)
            .Select(s => new DoorSession(s.Id, s.Title, s.StartUtc, s.EndUtc, s.Capacity, s.Registered, s.Attended))
            .ToList();
    }

    /// <summary>
    /// Why <paramref name="sessionId"/> is not one of the event's session doors (<see cref="SessionsAsync"/>), for a desk
    /// opened from a link kept from before: it opens the event's door instead and says why.
    /// </summary>
    public async Task<NoSessionDoor> WhyNoDoorAsync(int eventId, int sessionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var kind = await db.Sessions.Where(s => s.Id == sessionId && s.EventId == eventId).Select(s => (SessionKind?)s.Kind).SingleOrDefaultAsync(ct);
        return kind switch
        {
            null => NoSessionDoor.Gone,
            { } k when Session.IsForEveryoneKind(k) => NoSessionDoor.Plenary,
            _ => NoSessionDoor.NobodyRegistered,
        };
    }

    /// <summary>One session of the event as the desk shows it; null when it is not one of the event's sessions with registrations.</summary>
    public async Task<DoorSession?> SessionAsync(int eventId, int sessionId, TeamMember member, CancellationToken ct = default) =>
        (await SessionsAsync(eventId, member, ct)).SingleOrDefault(s => s.Id == sessionId);

    public Task<Result<DoorAnswer>> ScanAsync(int eventId, int sessionId, string? code, TeamMember member, DoorOperation? operation = null,
        CancellationToken ct = default)
    {
        var normalised = CheckInCodes.Normalise(code ?? "");
        return AnswerAsync(eventId, sessionId, i => i.CheckInCode == normalised && normalised != "", admit: false, member, operation, ct);
    }

    public Task<Result<DoorAnswer>> CheckInAsync(int eventId, int sessionId, int invitationId, TeamMember member, DoorOperation? operation = null,
        CancellationToken ct = default) =>
        AnswerAsync(eventId, sessionId, i => i.Id == invitationId, admit: false, member, operation, ct);

    /// <summary>Lets someone into the session who is not registered for it (and into the event, if they were not checked in yet).</summary>
    public Task<Result<DoorAnswer>> AdmitAsync(int eventId, int sessionId, int invitationId, TeamMember member, DoorOperation? operation = null,
        CancellationToken ct = default) =>
        AnswerAsync(eventId, sessionId, i => i.Id == invitationId, admit: true, member, operation, ct);

    /// <summary>
    /// Who is in the session's room, as its door counts them: of those holding a place in it, how many came; admitted at
    /// its door without a place; walk-ins; by sector; against the room's own places.
    /// </summary>
    public async Task<ArrivalCounts> CountsAsync(int eventId, int sessionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await CountsAsync(db, eventId, sessionId, ct);
    }

    internal static async Task<ArrivalCounts> CountsAsync(EventHubDbContext db, int eventId, int sessionId, CancellationToken ct)
    {
        var capacity = await db.Sessions.Where(s => s.Id == sessionId && s.EventId == eventId).Select(s => s.Capacity).SingleOrDefaultAsync(ct);
        var registered = (await db.Invitations.Where(i => i.EventId == eventId).Where(RegisteredFor(sessionId))
            .Select(i => i.Id).ToListAsync(ct)).ToHashSet();
        var came = await db.SessionAttendances.AsNoTracking().Where(a => a.SessionId == sessionId && a.Invitation.EventId == eventId)
            .Select(a => new
            {
                a.InvitationId,
                a.Invitation.IsWalkIn,
                Sector = a.Invitation.Organisation != null ? (Sector?)a.Invitation.Organisation.Sector : null,
            })
            .ToListAsync(ct);
        var walkIns = came.Count(c => c.IsWalkIn);
        var arrived = came.Count(c => !c.IsWalkIn && registered.Contains(c.InvitationId));
        return new ArrivalCounts(arrived, registered.Count, Admitted: came.Count - walkIns - arrived, walkIns,
            ArrivalCounts.BySectorOf(came.Select(c => c.Sector)), capacity);
    }

    /// <summary>Who came to the session (checked in at its door).</summary>
    public async Task<IReadOnlyList<SessionArrival>> ArrivalsAsync(int sessionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ArrivalsAsync(db, sessionId, ct);
    }

    /// <remarks>
    /// A plenary has no door of its own (<see cref="SessionsAsync"/>): everyone in the room came in at the event's door,
    /// so its arrivals are the event's check-ins — admitted there when not expected (a walk-in, or without a seat).
    /// </remarks>
    internal static async Task<List<SessionArrival>> ArrivalsAsync(EventHubDbContext db, int sessionId, CancellationToken ct)
    {
        var session = await SessionOfEvent.FindAsync(db, sessionId, ct) ?? throw new InvalidOperationException($"No session {sessionId}.");
        return await ArrivalsAsync(db, session, ct);
    }

    /// <summary>The same for a session already read (its event, and whether it is a plenary), without reading it again.</summary>
    internal static async Task<List<SessionArrival>> ArrivalsAsync(EventHubDbContext db, SessionOfEvent session, CancellationToken ct)
    {
        if (session.ForEveryone)
        {
            return await db.Invitations.AsNoTracking().Where(i => i.EventId == session.EventId && i.CheckedInAtUtc != null)
                .OrderBy(i => i.CheckedInAtUtc)
                .Select(i => new SessionArrival(i.Id, i.CheckedInAtUtc!.Value, i.IsWalkIn || i.Status != InvitationStatus.Accepted))
                .ToListAsync(ct);
        }

        var sessionId = session.SessionId;
        return await db.SessionAttendances.AsNoTracking().Where(a => a.SessionId == sessionId)
            .OrderBy(a => a.AtUtc)
            .Select(a => new SessionArrival(a.InvitationId, a.AtUtc, a.Admitted))
            .ToListAsync(ct);
    }

    /// <summary>
    /// How many came into each of these sessions, as <see cref="ArrivalsAsync(EventHubDbContext, int, CancellationToken)"/>
    /// lists them (a plenary's through the event's door), and how many of them hold no place in it by the one rule
    /// (<see cref="SessionPeople"/>): admitted at its door, or a walk-in. In four queries however many sessions.
    /// </summary>
    internal static async Task<Dictionary<int, SessionCame>> CameAsync(EventHubDbContext db, IReadOnlyCollection<SessionOfEvent> sessions,
        CancellationToken ct)
    {
        var doorIds = sessions.Where(s => !s.ForEveryone).Select(s => s.SessionId).ToList();
        var eventIds = sessions.Where(s => s.ForEveryone).Select(s => s.EventId).Distinct().ToList();
        var places = SessionPeople.Places(db);
        var atDoors = doorIds.Count == 0 ? [] : await db.SessionAttendances.Where(a => doorIds.Contains(a.SessionId))
            .GroupBy(a => a.SessionId)
            .Select(g => new { g.Key, Came = g.Count(), WithoutPlace = g.Count(a => !places.Any(c => c.SessionId == a.SessionId && c.InvitationId == a.InvitationId)) })
            .ToDictionaryAsync(g => g.Key, g => new SessionCame(g.Came, g.WithoutPlace), ct);
        var checkedIn = db.Invitations.Where(i => eventIds.Contains(i.EventId) && i.CheckedInAtUtc != null);
        var atEvents = eventIds.Count == 0 ? [] : await checkedIn.GroupBy(i => i.EventId)
            .Select(g => new { g.Key, Came = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Came, ct);
        var seated = eventIds.Count == 0 ? [] : await checkedIn.Where(SessionPeople.WithASeat).GroupBy(i => i.EventId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return sessions.ToDictionary(s => s.SessionId, s => s.ForEveryone
            ? new SessionCame(atEvents.GetValueOrDefault(s.EventId), atEvents.GetValueOrDefault(s.EventId) - seated.GetValueOrDefault(s.EventId))
            : atDoors.GetValueOrDefault(s.SessionId) ?? new SessionCame(0, 0));
    }

    private async Task<Result<DoorAnswer>> AnswerAsync(int eventId, int sessionId, Expression<Func<Invitation, bool>> which, bool admit,
        TeamMember member, DoorOperation? operation, CancellationToken ct)
    {
        var changed = false;
        var result = await dbFactory.WriteAsync(async (db, token) =>
        {
            changed = false; // a retried attempt starts again
            var now = Now;
            if (await DoorEvents.DenyChangeAsync(db, eventId, member, now, token) is { } denied)
            {
                return Result<DoorAnswer>.Failure(denied);
            }

            if (!await db.Sessions.Where(Session.Choosable).AnyAsync(s => s.Id == sessionId && s.EventId == eventId, token))
            {
                return Result<DoorAnswer>.Failure(DoorErrors.SessionNotFound);
            }

            var registeredForIt = RegisteredFor(sessionId);
            var found = await db.Invitations.Where(i => i.EventId == eventId && i.Status != InvitationStatus.Listed).Where(which)
                .Select(i => new
                {
                    i.Id,
                    i.Status,
                    EventCheckedIn = i.CheckedInAtUtc != null,
                    Registered = db.Invitations.Where(registeredForIt).Any(r => r.Id == i.Id),
                    Waiting = i.Choices.Any(c => c.SessionId == sessionId && c.Status == SessionChoiceStatus.Waitlisted),
                })
                .SingleOrDefaultAsync(token);
            if (found is null)
            {
                return Result<DoorAnswer>.Success(DoorAnswer.Unknown with { Counts = await CountsAsync(db, eventId, sessionId, token) });
            }

            if (found.Status is InvitationStatus.Cancelled or InvitationStatus.Substituted)
            {
                return Result<DoorAnswer>.Success(await AnsweredAsync(db, DoorAnswerKind.Cancelled, await GuestAsync(db, found.Id, null, token)));
            }

            // Two desks with one person at the same moment: on PostgreSQL the second waits here and then finds them in.
            await Seats.LockInvitationAsync(db, found.Id, token);

            var attendance = await db.SessionAttendances.AsNoTracking()
                .SingleOrDefaultAsync(a => a.SessionId == sessionId && a.InvitationId == found.Id, token);
            if (attendance is not null)
            {
                var replayed = operation is not null && attendance.OperationId == operation.Id; // this desk's check-in, sent again
                return Result<DoorAnswer>.Success(await AnsweredAsync(db, replayed ? DoorAnswerKind.CheckedIn : DoorAnswerKind.AlreadyIn,
                    await GuestAsync(db, found.Id, attendance, token)));
            }

            if (!found.Registered && !admit)
            {
                var notHere = await AnsweredAsync(db, DoorAnswerKind.NotInSession, await GuestAsync(db, found.Id, null, token));
                return Result<DoorAnswer>.Success(notHere with
                {
                    PlacesElsewhere = await PlacesAtTheSameTimeAsync(db, sessionId, found.Id, token),
                    WaitingForSession = found.Waiting,
                });
            }

            var at = CheckInService.AtUtc(operation, now);
            if (!found.EventCheckedIn)
            {
                // Not through the event's door yet: checked in there too, admitted when they were not expected.
                await DoorClaims.ClaimAsync(db, found.Id, at, member, admitted: found.Status != InvitationStatus.Accepted, operation?.Id, token);
            }

            attendance = new SessionAttendance(sessionId, found.Id, at, member, admitted: !found.Registered, operation?.Id);
            db.SessionAttendances.Add(attendance);
            await db.SaveChangesAsync(token);
            changed = true;
            return Result<DoorAnswer>.Success(await AnsweredAsync(db, DoorAnswerKind.CheckedIn, await GuestAsync(db, found.Id, attendance, token)));

            // The room's own counts go with every answer: the session's desk shows them at once.
            async Task<DoorAnswer> AnsweredAsync(EventHubDbContext context, DoorAnswerKind kind, DoorGuest guest)
            {
                var counts = await CountsAsync(context, eventId, sessionId, token);
                return new DoorAnswer(kind, guest, counts.RoomFull) { Counts = counts };
            }
        }, ct);

        if (changed)
        {
            notifier.Publish([eventId]);
        }

        return result;
    }

    /// <summary>The guest as the session's door sees them: when and by whom they came into the session, admitted or expected there.</summary>
    private async Task<DoorGuest> GuestAsync(EventHubDbContext db, int invitationId, SessionAttendance? attendance, CancellationToken ct)
    {
        var row = await db.Invitations.AsNoTracking().Where(i => i.Id == invitationId).Select(CheckInService.GuestRow).SingleAsync(ct);
        var guest = row.ToGuest(TeamMember.InRoles("", "", []), Now) with { MayUndo = false };
        return attendance is null
            ? guest // not in the session: as the event's door knows them
            : InTheSession(guest, row.IsWalkIn, attendance.AtUtc, attendance.ByName, attendance.Admitted);
    }

    /// <summary>A guest who came into the session, as its door shows them: when, by whom, and expected or admitted there.</summary>
    internal static DoorGuest InTheSession(DoorGuest guest, bool isWalkIn, DateTime atUtc, string? byName, bool admitted) => guest with
    {
        CheckedInAtUtc = atUtc,
        CheckedInBy = byName,
        Arrival = isWalkIn ? ArrivalKind.WalkIn : admitted ? ArrivalKind.Admitted : ArrivalKind.Expected,
    };

    /// <summary>The other sessions at the same time as this one where the guest holds a place: the room to send them to.</summary>
    private static async Task<IReadOnlyList<SessionPlace>> PlacesAtTheSameTimeAsync(EventHubDbContext db, int sessionId, int invitationId,
        CancellationToken ct)
    {
        var here = await db.Sessions.Where(s => s.Id == sessionId).Select(s => new { s.StartUtc, s.EndUtc }).SingleAsync(ct);
        return await db.SessionChoices.AsNoTracking()
            .Where(c => c.InvitationId == invitationId && c.SessionId != sessionId && c.Status == SessionChoiceStatus.Registered
                && c.Session.StartUtc < here.EndUtc && here.StartUtc < c.Session.EndUtc)
            .OrderBy(c => c.Session.StartUtc).ThenBy(c => c.Session.SortOrder)
            .Select(c => new SessionPlace(c.Session.Title, c.Session.Room != null ? c.Session.Room.Name : null))
            .ToListAsync(ct);
    }

    /// <summary>Whether the invitation holds a place in the session: accepted, and registered for it (not on its waiting list).</summary>
    internal static Expression<Func<Invitation, bool>> RegisteredFor(int sessionId) => i => i.Status == InvitationStatus.Accepted
        && i.Choices.Any(c => c.SessionId == sessionId && c.Status == SessionChoiceStatus.Registered);

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
