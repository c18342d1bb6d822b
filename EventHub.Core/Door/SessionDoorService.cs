using System.Linq.Expressions;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Door;

/// <summary>A session a desk can check people into: one that people registered for, with how many came so far.</summary>
public sealed record DoorSession(int Id, string Title, DateTime StartUtc, DateTime EndUtc, int? Capacity, int Registered, int Attended);

/// <summary>Who came to a session, for its participant list.</summary>
public sealed record SessionArrival(int InvitationId, DateTime AtUtc, bool Admitted);

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

        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId)
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

    /// <summary>Who came to the session (checked in at its door).</summary>
    public async Task<IReadOnlyList<SessionArrival>> ArrivalsAsync(int sessionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ArrivalsAsync(db, sessionId, ct);
    }

    internal static Task<List<SessionArrival>> ArrivalsAsync(EventHubDbContext db, int sessionId, CancellationToken ct) =>
        db.SessionAttendances.AsNoTracking().Where(a => a.SessionId == sessionId)
            .OrderBy(a => a.AtUtc)
            .Select(a => new SessionArrival(a.InvitationId, a.AtUtc, a.Admitted))
            .ToListAsync(ct);

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

            var session = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId && s.EventId == eventId)
                .Select(s => new { s.Id, s.Capacity }).SingleOrDefaultAsync(token);
            if (session is null)
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
                })
                .SingleOrDefaultAsync(token);
            if (found is null)
            {
                return Result<DoorAnswer>.Success(DoorAnswer.Unknown);
            }

            if (found.Status is InvitationStatus.Cancelled or InvitationStatus.Substituted)
            {
                return Result<DoorAnswer>.Success(new DoorAnswer(DoorAnswerKind.Cancelled, await GuestAsync(db, found.Id, null, token)));
            }

            // Two desks with one person at the same moment: on PostgreSQL the second waits here and then finds them in.
            await Seats.LockInvitationAsync(db, found.Id, token);

            var attendance = await db.SessionAttendances.AsNoTracking()
                .SingleOrDefaultAsync(a => a.SessionId == sessionId && a.InvitationId == found.Id, token);
            if (attendance is not null)
            {
                var replayed = operation is not null && attendance.OperationId == operation.Id; // this desk's check-in, sent again
                return Result<DoorAnswer>.Success(new DoorAnswer(replayed ? DoorAnswerKind.CheckedIn : DoorAnswerKind.AlreadyIn,
                    await GuestAsync(db, found.Id, attendance, token)));
            }

            if (!found.Registered && !admit)
            {
                return Result<DoorAnswer>.Success(new DoorAnswer(DoorAnswerKind.NotInSession, await GuestAsync(db, found.Id, null, token),
                    await FullAsync(db, session.Id, session.Capacity, token)));
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
            return Result<DoorAnswer>.Success(new DoorAnswer(DoorAnswerKind.CheckedIn, await GuestAsync(db, found.Id, attendance, token),
                await FullAsync(db, session.Id, session.Capacity, token)));
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

    /// <summary>Whether the invitation holds a place in the session: accepted, and registered for it (not on its waiting list).</summary>
    internal static Expression<Func<Invitation, bool>> RegisteredFor(int sessionId) => i => i.Status == InvitationStatus.Accepted
        && i.Choices.Any(c => c.SessionId == sessionId && c.Status == SessionChoiceStatus.Registered);

    private static async Task<bool> FullAsync(EventHubDbContext db, int sessionId, int? capacity, CancellationToken ct) =>
        capacity is { } places && await db.SessionAttendances.CountAsync(a => a.SessionId == sessionId, ct) >= places;

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
