using EventHub.Core.Audit;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// Seat counting in the database: one conditional UPDATE takes a seat only while there is one, inside the caller's
/// write transaction. Never "count, then save later" — two clicks or a thousand partners cannot overbook.
/// The change tracker does not see these updates, so each records its own audit entry for the caller's save.
/// </summary>
internal static class Seats
{
    // Recorded with every answer that takes or gives back a seat: made (and serialised) once.
    private static readonly AuditSummary SeatTaken = AuditSummary.Of("SeatTaken");
    private static readonly AuditSummary SeatFreed = AuditSummary.Of("SeatFreed");
    private static readonly AuditSummary ChoicesOfPlenaryLetGo = AuditSummary.Of("PlenaryChoicesLetGo");

    public static async Task<bool> TakeEventSeatAsync(EventHubDbContext db, int eventId, CancellationToken ct) =>
        Audited(db, "Event", eventId, SeatTaken, await db.Events
            .Where(e => e.Id == eventId && (e.Capacity == null || e.SeatsTaken < e.Capacity))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.SeatsTaken, e => e.SeatsTaken + 1), ct)) == 1;

    /// <summary>
    /// The next number in the event's waitlist, read under the event row's lock: on SQLite writers run one at a time
    /// (BEGIN IMMEDIATE); on PostgreSQL (READ COMMITTED, many writers) the event row is locked first, so the next writer
    /// waits until this one has committed its number and then reads it. A seat update that found the event full locked
    /// nothing, so the lock is taken here.
    /// </summary>
    public static async Task<long> NextWaitlistNumberAsync(EventHubDbContext db, int eventId, CancellationToken ct)
    {
        // The lock the seat update takes; it still lets other writers add rows that point at the event.
        await RowLocks.LockAsync<Event>(db, eventId, ct);

        return (await db.Invitations.Where(i => i.EventId == eventId).MaxAsync(i => i.WaitlistNumber, ct) ?? 0) + 1;
    }

    /// <summary>
    /// Locks an invitation's row until the caller's transaction ends, before counting what hangs off it (an
    /// organisation's delegate seats): on SQLite the write transaction holds the database already; on PostgreSQL a
    /// second writer counting the same seats waits here until this one has committed what it added.
    /// </summary>
    /// <summary>
    /// On PostgreSQL, holds the event's row until the transaction ends, so a second writer of the same event's list (two
    /// organisers pressing Send at once) waits and then finds the work done; SQLite's one writer does so already.
    /// </summary>
    public static Task LockEventAsync(EventHubDbContext db, int eventId, CancellationToken ct) =>
        RowLocks.LockAsync<Event>(db, eventId, ct);

    public static Task LockInvitationAsync(EventHubDbContext db, int invitationId, CancellationToken ct) =>
        RowLocks.LockAsync<Invitation>(db, invitationId, ct);

    public static async Task ReleaseEventSeatAsync(EventHubDbContext db, int eventId, CancellationToken ct) =>
        Audited(db, "Event", eventId, SeatFreed, await db.Events
            .Where(e => e.Id == eventId && e.SeatsTaken > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.SeatsTaken, e => e.SeatsTaken - 1), ct));

    public static async Task<bool> TakeSessionPlaceAsync(EventHubDbContext db, int sessionId, CancellationToken ct) =>
        Audited(db, "Session", sessionId, SeatTaken, await db.Sessions
            .Where(s => s.Id == sessionId && (s.Capacity == null || s.SeatsTaken < s.Capacity))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SeatsTaken, x => x.SeatsTaken + 1), ct)) == 1;

    public static async Task ReleaseSessionPlaceAsync(EventHubDbContext db, int sessionId, CancellationToken ct) =>
        Audited(db, "Session", sessionId, SeatFreed, await db.Sessions
            .Where(s => s.Id == sessionId && s.SeatsTaken > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SeatsTaken, x => x.SeatsTaken - 1), ct));

    /// <summary>The next person waiting for a freed session place (who is still coming) gets it, and is told by email; whether someone did.</summary>
    public static async Task<bool> PromoteSessionWaitlistAsync(EventHubDbContext db, SiteLinks links, int sessionId, int exceptInvitationId, DateTime now, CancellationToken ct)
    {
        var next = await db.SessionChoices
            .Include(c => c.Session)
            .Include(c => c.Invitation).ThenInclude(i => i.Contact)
            .Include(c => c.Invitation).ThenInclude(i => i.Event).ThenInclude(e => e.Venue)
            .Include(c => c.Invitation).ThenInclude(i => i.Choices).ThenInclude(o => o.Session).ThenInclude(s => s.Room)
            .Where(c => c.SessionId == sessionId && c.InvitationId != exceptInvitationId && c.Status == SessionChoiceStatus.Waitlisted
                && c.Invitation.Status == InvitationStatus.Accepted)
            .OrderBy(c => c.Id) // choices are numbered in the order they were written, one writer at a time
            .FirstOrDefaultAsync(ct);
        if (next is null || !await Seats.TakeSessionPlaceAsync(db, sessionId, ct))
        {
            return false;
        }

        next.Register();
        // The meeting in their calendar lists their sessions: the update brings the new one in.
        var (invitation, @event) = (next.Invitation, next.Invitation.Event);
        await SessionPeople.LoadProgrammeAsync(db, @event, ct);
        db.OutboxMessages.Add(InvitationCalendar.WithRequest(InvitationEmails.SessionPromotion(links, invitation, @event, next.Session, now), invitation, @event, links, now));
        return true;
    }

    /// <summary>
    /// Gives a session's places to those waiting for them, first come first served, while it has room — after its
    /// capacity was raised — and tells each of them, as when a place comes free.
    /// </summary>
    public static async Task PromoteSessionWaitlistWhileRoomAsync(EventHubDbContext db, SiteLinks links, int sessionId, DateTime now, CancellationToken ct)
    {
        // The new capacity must be in the database before the conditional updates read it; each promotion is saved
        // before the next looks for the first still waiting.
        do
        {
            await db.SaveChangesAsync(ct);
        }
        while (await PromoteSessionWaitlistAsync(db, links, sessionId, exceptInvitationId: 0, now, ct));
    }

    /// <summary>
    /// Gives back everything an invitation holds — its session places and its event seat — and offers each to the
    /// first person waiting. For cancellations and substitutions.
    /// </summary>
    public static async Task ReleaseAllAsync(EventHubDbContext db, SiteLinks links, Invitation invitation, bool heldSeat, DateTime now, CancellationToken ct)
    {
        foreach (var choice in invitation.Choices.ToList())
        {
            invitation.Drop(choice);
            db.SessionChoices.Remove(choice);
            if (choice.Status == SessionChoiceStatus.Registered)
            {
                await ReleaseSessionPlaceAsync(db, choice.SessionId, ct);
                await PromoteSessionWaitlistAsync(db, links, choice.SessionId, invitation.Id, now, ct);
            }
        }

        if (heldSeat)
        {
            await ReleaseEventSeatAsync(db, invitation.EventId, ct);
            await PromoteWhileRoomAsync(db, links, invitation.Event, now, ct);
        }
    }

    /// <summary>
    /// Seats people from the waitlist, first come first served, while the event has room — after a seat was given
    /// back or the capacity raised — and tells each of them.
    /// </summary>
    public static async Task PromoteWhileRoomAsync(EventHubDbContext db, SiteLinks links, Events.Event @event, DateTime now, CancellationToken ct)
    {
        // Pending changes (a new capacity, the answer that freed a seat) must be in the database before the
        // conditional updates and the waitlist query read it.
        await db.SaveChangesAsync(ct);
        await SessionPeople.LoadProgrammeAsync(db, @event, ct); // their emails list their own programme
        var waiting = await db.Invitations.Include(i => i.Contact).Include(i => i.Choices).ThenInclude(c => c.Session).ThenInclude(s => s.Room)
            .Where(i => i.EventId == @event.Id && i.Status == InvitationStatus.Waitlisted)
            .OrderBy(i => i.WaitlistNumber)
            .ToListAsync(ct);
        foreach (var next in waiting)
        {
            if (!await TakeEventSeatAsync(db, @event.Id, ct))
            {
                return;
            }

            next.Promote(now);
            // The sessions they chose while waiting: a place in each that has room, else they wait for it as anyone coming.
            foreach (var choice in next.Choices.Where(c => c.Status == SessionChoiceStatus.Waitlisted))
            {
                if (await TakeSessionPlaceAsync(db, choice.SessionId, ct))
                {
                    choice.Register();
                }
            }

            // Now coming: the meeting goes into their calendar (people waiting have none).
            db.OutboxMessages.Add(InvitationCalendar.WithRequest(InvitationEmails.Promotion(links, next, @event, now), next, @event, links, now));
        }
    }

    /// <summary>
    /// A session for everyone (a plenary) is picked by nobody: choices made of it — before plenaries stopped being
    /// offered, or while it was a workshop — are let go, and it holds no places of its own
    /// (<see cref="SessionPeople"/> counts everyone coming instead). For one session (<paramref name="sessionId"/>), or
    /// every plenary; returns how many choices went.
    /// </summary>
    public static async Task<int> ForgetChoicesOfSessionsForEveryoneAsync(EventHubDbContext db, int? sessionId, CancellationToken ct)
    {
        var sessions = db.Sessions.Where(Session.ForEveryone).Where(s => sessionId == null || s.Id == sessionId);
        var held = await sessions.Where(s => s.SeatsTaken != 0 || db.SessionChoices.Any(c => c.SessionId == s.Id)).Select(s => s.Id).ToListAsync(ct);
        if (held.Count == 0)
        {
            return 0;
        }

        var forgotten = await db.SessionChoices.Where(c => held.Contains(c.SessionId)).ExecuteDeleteAsync(ct);
        await db.Sessions.Where(s => held.Contains(s.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.SeatsTaken, 0), ct);
        foreach (var id in held)
        {
            AuditTrail.Record(db, "Session", id, AuditAction.BulkUpdated, ChoicesOfPlenaryLetGo);
        }

        return forgotten;
    }

    /// <summary>Records a seat counter that changed (<paramref name="rows"/> is 1) for the caller's save.</summary>
    private static int Audited(EventHubDbContext db, string kind, int id, AuditSummary summary, int rows)
    {
        if (rows > 0)
        {
            AuditTrail.Record(db, kind, id, AuditAction.BulkUpdated, summary);
        }

        return rows;
    }
}
