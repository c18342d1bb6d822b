using System.Linq.Expressions;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// How invitations follow their event (see <see cref="IEventChangeHandler"/>): more places, in the event or in one of its
/// sessions, go to the people waiting, in order; a new date, time or place and a cancellation are emailed to everyone still invited, coming or waiting,
/// and a session's new time or room to those in it (for a plenary, everyone coming).
/// Those coming or maybe coming have the event in their calendar: a change brings them the updated meeting, a
/// cancellation its METHOD:CANCEL (the event's calendar sequence was raised before).
/// </summary>
internal sealed class InvitationEventChanges(SiteLinks links) : IEventChangeHandler
{
    public Task PublishedEventSavedAsync(EventHubDbContext db, Event @event, DateTime nowUtc, CancellationToken ct) =>
        Seats.PromoteWhileRoomAsync(db, links, @event, nowUtc, ct);

    /// <summary>
    /// More places go to those waiting; a session that became a plenary is for everyone who comes, so the choices made
    /// of it are let go (those who chose it are in it as everyone is; those waiting for it are in it now).
    /// </summary>
    public async Task SessionSavedAsync(EventHubDbContext db, Session session, DateTime nowUtc, CancellationToken ct)
    {
        if (session.IsForEveryone)
        {
            await Seats.ForgetChoicesOfSessionsForEveryoneAsync(db, session.Id, ct);
            return;
        }

        await Seats.PromoteSessionWaitlistWhileRoomAsync(db, links, session.Id, nowUtc, ct);
    }

    public async Task EventMovedAsync(EventHubDbContext db, Event @event, DateTime nowUtc, CancellationToken ct)
    {
        await WithdrawUnsentChangeNoticesAsync(db, @event.Id, nowUtc, ct);
        await TellInviteesAsync(db, @event, invitation =>
        {
            var email = InvitationEmails.EventChanged(links, invitation, @event, nowUtc);
            return InvitationCalendar.HasCalendar(invitation.Status) ? InvitationCalendar.WithRequest(email, invitation, @event, links, nowUtc) : email;
        }, ct);
    }

    /// <summary>
    /// A change notice of the event still waiting in the outbox names a date, time or place that no longer holds, and the
    /// new notice says everything again (the sessions at their times, the calendar): two saves in a row send one email
    /// each, not two with the older one contradicting the newer. A notice the sender has taken (leased) or already tried
    /// stays: it may be on its way.
    /// </summary>
    private static Task WithdrawUnsentChangeNoticesAsync(EventHubDbContext db, int eventId, DateTime nowUtc, CancellationToken ct) =>
        db.OutboxMessages
            .Where(m => m.Kind == InvitationEmails.ChangeKind && m.Status == OutboxStatus.Queued && m.Attempts == 0 && m.NextAttemptAtUtc <= nowUtc
                        && db.Invitations.Any(i => i.Id == m.InvitationId && i.EventId == eventId))
            .ExecuteDeleteAsync(ct);

    public async Task<IReadOnlyList<ProgrammeConflict>> ChoicesOverlapAsync(
        EventHubDbContext db, int sessionId, IReadOnlyList<Session> overlapping, CancellationToken ct)
    {
        var others = overlapping.Select(s => s.Id).ToList();
        var held = await db.SessionChoices
            .Where(c => c.SessionId == sessionId)
            .SelectMany(c => c.Invitation.Choices.Where(o => others.Contains(o.SessionId)), (c, o) => o.SessionId)
            .ToListAsync(ct);
        return held.GroupBy(id => id)
            .Select(g => new ProgrammeConflict(ConflictKind.ChoicesOverlap, overlapping.Single(s => s.Id == g.Key).Title,
                g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>
    /// Those in the session are told its new time or room: for a plenary everyone coming (<see cref="SessionPeople"/>),
    /// else those who chose it (with a place or waiting for one).
    /// </summary>
    public Task SessionMovedAsync(EventHubDbContext db, Event @event, Session session, DateTime nowUtc, CancellationToken ct) =>
        TellInviteesAsync(db, @event, invitation =>
        {
            var email = InvitationEmails.SessionChanged(links, invitation, @event, session, nowUtc);
            return InvitationCalendar.HasCalendar(invitation.Status) ? InvitationCalendar.WithRequest(email, invitation, @event, links, nowUtc) : email;
        }, ct, session.IsForEveryone ? i => i.HoldsSeat : i => i.Choices.Any(c => c.SessionId == session.Id));

    public async Task<SessionHolders> HoldersAsync(EventHubDbContext db, Session session, CancellationToken ct)
    {
        var coming = db.Invitations.Where(i => i.EventId == session.EventId).Where(SessionPeople.WithASeat);
        var choices = coming.SelectMany(i => i.Choices.Where(c => c.SessionId == session.Id));
        return new SessionHolders(
            await choices.CountAsync(c => c.Status == SessionChoiceStatus.Registered, ct),
            await choices.CountAsync(c => c.Status == SessionChoiceStatus.Waitlisted, ct),
            await coming.CountAsync(ct));
    }

    /// <summary>
    /// Everyone coming is told that a session became a plenary (they are in it now, without picking it) or stopped being
    /// one (they are in it only once they pick it): each one's own programme changed, in their email and calendar.
    /// Those not coming have no programme to change.
    /// </summary>
    public Task SessionKindChangedAsync(EventHubDbContext db, Event @event, Session session, DateTime nowUtc, CancellationToken ct) =>
        TellInviteesAsync(db, @event, invitation =>
        {
            var email = InvitationEmails.SessionKindChanged(links, invitation, @event, session, nowUtc);
            return InvitationCalendar.WithRequest(email, invitation, @event, links, nowUtc);
        }, ct, i => i.HoldsSeat);

    public Task EventCancelledAsync(EventHubDbContext db, Event @event, DateTime nowUtc, CancellationToken ct) =>
        TellInviteesAsync(db, @event, invitation =>
        {
            var email = InvitationEmails.EventCancelled(links, invitation, @event, nowUtc);
            return InvitationCalendar.HasCalendar(invitation.Status) ? InvitationCalendar.WithCancellation(email, invitation, @event, links, nowUtc) : email;
        }, ct);

    /// <summary>
    /// The invitations a new date, time or place or a cancellation of their event is emailed to: sent and still open by the
    /// partner's own answer (invited, coming, maybe, waiting) — not declined, cancelled or replaced, also when the door
    /// let them in beside that answer (<see cref="Invitation.AdmittedAtDoor"/>). <see cref="InvitationService.ToldOfChangesAsync"/>
    /// counts them before the save, so the organiser reads how many emails it sends.
    /// </summary>
    internal static readonly Expression<Func<Invitation, bool>> StillOpen = i => i.Status == InvitationStatus.Invited
        || i.Status == InvitationStatus.Accepted || i.Status == InvitationStatus.Tentative || i.Status == InvitationStatus.Waitlisted;

    /// <summary>One email for each invitation that is sent and still open (<see cref="StillOpen"/>), or those of them <paramref name="concerned"/>.</summary>
    private static async Task TellInviteesAsync(
        EventHubDbContext db, Event @event, Func<Invitation, OutboxMessage> email, CancellationToken ct, Func<Invitation, bool>? concerned = null)
    {
        // The event's venue and its sessions' rooms are what the calendars name; loaded into this context, they join up.
        await db.Entry(@event).Reference(e => e.Venue).LoadAsync(ct);
        await db.Rooms.Where(r => db.Sessions.Any(s => s.EventId == @event.Id && s.RoomId == r.Id)).LoadAsync(ct);
        await SessionPeople.LoadProgrammeAsync(db, @event, ct); // each email lists the guest's own programme
        var open = await db.Invitations.Include(i => i.Contact).Include(i => i.Choices).ThenInclude(c => c.Session)
            .Where(i => i.EventId == @event.Id).Where(StillOpen)
            .AsSplitQuery()
            .ToListAsync(ct);
        db.OutboxMessages.AddRange(open.Where(concerned ?? (_ => true)).Select(email));
    }
}
