using EventHub.Core.Data;
using EventHub.Core.Door;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Outcomes;

/// <summary>
/// Who takes part in a session, for its facilitators — one rule for the list on the outcome page, the list and count in
/// "My sessions": the people in it (<see cref="SessionPeople"/>: a plenary holds every guest coming, another session those
/// registered for it), and besides them whoever came in through its door without a place (admitted at a workshop's
/// door, or at a plenary's, which is the event's: a walk-in, or a guest let in beside their answer). A workshop or round
/// table nobody registered for and nobody came into has nobody in it: partners are offered every one of them to pick on
/// their RSVP page (<see cref="Events.Session.Choosable"/>), so none is one "they were not asked to pick", and taking the
/// whole room for it would fill the facilitator's list and the sector mix with people who chose other sessions.
/// </summary>
internal static class SessionParticipants
{
    /// <summary>The participants, in the directory's order, with who came by invitation (their arrival at its door).</summary>
    public static async Task<(IReadOnlyList<Invitation> People, IReadOnlyDictionary<int, SessionArrival> Came)> ListAsync(
        EventHubDbContext db, int sessionId, int eventId, CancellationToken ct)
    {
        var kind = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Kind).SingleAsync(ct);
        var came = (await SessionDoorService.ArrivalsAsync(db, sessionId, ct)).ToDictionary(a => a.InvitationId);
        var cameIds = came.Keys.ToList();
        var inIt = SessionPeople.In(db.Invitations, new SessionOfEvent(sessionId, eventId, Events.Session.IsForEveryoneKind(kind)));
        var people = await db.Invitations.AsNoTracking()
            .Where(i => inIt.Any(p => p.Id == i.Id) || cameIds.Contains(i.Id))
            .Include(i => i.Contact).Include(i => i.Organisation)
            .OrderBy(i => i.Contact.SortName).ThenBy(i => i.Id)
            .ToListAsync(ct);
        return (people, came);
    }

    /// <summary>
    /// How many take part in each of these sessions by the same rule (<see cref="ListAsync"/> lists them), with how many
    /// hold a place in it and how many came; in a handful of grouped queries however many sessions.
    /// </summary>
    public static async Task<Dictionary<int, ParticipantCount>> CountAsync(EventHubDbContext db, IReadOnlyCollection<SessionOfEvent> sessions, CancellationToken ct)
    {
        var inIt = await SessionPeople.CountAsync(db, sessions, ct);
        var came = await SessionDoorService.CameAsync(db, sessions, ct);
        return sessions.ToDictionary(s => s.SessionId, s => new ParticipantCount(
            inIt[s.SessionId] + came[s.SessionId].WithoutPlace, inIt[s.SessionId], came[s.SessionId].Came));
    }
}
