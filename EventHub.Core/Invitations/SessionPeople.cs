using System.Linq.Expressions;
using EventHub.Core.Data;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>One session as <see cref="SessionPeople"/> counts it: which event it belongs to, and whether it is for everyone.</summary>
public readonly record struct SessionOfEvent(int SessionId, int EventId, bool ForEveryone)
{
    public static SessionOfEvent Of(Session session) => new(session.Id, session.EventId, session.IsForEveryone);

    /// <summary>The session with this id, in one read of it; null where there is no such session.</summary>
    internal static Task<SessionOfEvent?> FindAsync(EventHubDbContext db, int sessionId, CancellationToken ct) =>
        db.Sessions.Where(s => s.Id == sessionId)
            .Select(s => (SessionOfEvent?)new SessionOfEvent(s.Id, s.EventId, Session.IsForEveryoneKind(s.Kind)))
            .SingleOrDefaultAsync(ct);
}

/// <summary>A session in someone's own programme: for everyone (a plenary), held (a place), or waited for.</summary>
public sealed record PersonalSession(Session Session, bool ForEveryone, bool Waiting);

/// <summary>
/// Who is in a session, the one rule every count and list uses (session fill, door, reports, the facilitator's list,
/// a guest's own programme in emails and calendars): a session for everyone (<see cref="Session.ForEveryone"/>, a
/// plenary) holds every guest with a seat at its event — nobody picks it, so nobody waits for it either; any other
/// session holds those coming who registered for it (not those on its waiting list).
/// </summary>
public static class SessionPeople
{
    /// <summary>
    /// Those with a seat at their event (<see cref="Invitation.HoldsSeat"/>, as a query): everyone in the event's sessions
    /// for everyone, and the only ones a place in another session counts for.
    /// </summary>
    public static readonly Expression<Func<Invitation, bool>> WithASeat = i => i.Status == InvitationStatus.Accepted;

    /// <summary>
    /// The places held in sessions that are not for everyone, as a query: the registrations (not the waiting places) of
    /// those with a seat. <see cref="In"/> and <see cref="CountAsync"/> read a session's people from them.
    /// </summary>
    internal static IQueryable<SessionChoice> Places(EventHubDbContext db) =>
        db.Invitations.Where(WithASeat).SelectMany(i => i.Choices.Where(c => c.Status == SessionChoiceStatus.Registered));

    /// <summary>Of <paramref name="invitations"/>, those that hold a place in the session.</summary>
    public static IQueryable<Invitation> In(IQueryable<Invitation> invitations, SessionOfEvent session)
    {
        var (sessionId, eventId) = (session.SessionId, session.EventId);
        var coming = invitations.Where(i => i.EventId == eventId).Where(WithASeat);
        return session.ForEveryone
            ? coming
            : coming.Where(i => i.Choices.Any(c => c.SessionId == sessionId && c.Status == SessionChoiceStatus.Registered));
    }

    /// <summary>How many people each session holds, by session id, in two grouped queries however many sessions.</summary>
    public static async Task<Dictionary<int, int>> CountAsync(EventHubDbContext db, IReadOnlyCollection<SessionOfEvent> sessions, CancellationToken ct)
    {
        var chosenIds = sessions.Where(s => !s.ForEveryone).Select(s => s.SessionId).ToList();
        var eventIds = sessions.Where(s => s.ForEveryone).Select(s => s.EventId).Distinct().ToList();
        var registered = chosenIds.Count == 0 ? new Dictionary<int, int>() : await Places(db).Where(c => chosenIds.Contains(c.SessionId))
            .GroupBy(c => c.SessionId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var accepted = eventIds.Count == 0 ? new Dictionary<int, int>() : await db.Invitations.Where(WithASeat)
            .Where(i => eventIds.Contains(i.EventId))
            .GroupBy(i => i.EventId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return sessions.ToDictionary(
            s => s.SessionId,
            s => s.ForEveryone ? accepted.GetValueOrDefault(s.EventId) : registered.GetValueOrDefault(s.SessionId));
    }

    /// <summary>
    /// The guest's own programme, in programme order: with a seat, every session for everyone and each session they hold
    /// a place in; and the sessions they wait for (<see cref="PersonalSession.Waiting"/>). Reads the sessions from the
    /// event, so needs the event's sessions loaded (<see cref="LoadProgrammeAsync"/>; rooms too where the caller names
    /// them) and the invitation's choices.
    /// </summary>
    public static IReadOnlyList<PersonalSession> ProgrammeOf(Invitation invitation, Event @event)
    {
        var choices = invitation.Choices.ToDictionary(c => c.SessionId, c => c.Status);
        return @event.Sessions
            .Select(s => s.IsForEveryone
                ? invitation.HoldsSeat ? new PersonalSession(s, ForEveryone: true, Waiting: false) : null
                : choices.TryGetValue(s.Id, out var status) ? new PersonalSession(s, ForEveryone: false, Waiting: status == SessionChoiceStatus.Waitlisted) : null)
            .OfType<PersonalSession>()
            .OrderBy(p => p.Session.StartUtc).ThenBy(p => p.Session.SortOrder)
            .ToList();
    }

    /// <summary>
    /// Loads the event's sessions (with their rooms) into the context when they are not there yet: a guest's own programme
    /// (<see cref="ProgrammeOf"/>) needs all of them, not only those the context met through someone's choices.
    /// </summary>
    internal static async Task LoadProgrammeAsync(EventHubDbContext db, Event @event, CancellationToken ct)
    {
        var sessions = db.Entry(@event).Collection(e => e.Sessions);
        if (!sessions.IsLoaded)
        {
            await sessions.LoadAsync(ct);
        }

        // The rooms join up with the sessions in the context (also when the sessions were loaded without them).
        await db.Rooms.Where(r => db.Sessions.Any(s => s.EventId == @event.Id && s.RoomId == r.Id)).LoadAsync(ct);
    }
}
