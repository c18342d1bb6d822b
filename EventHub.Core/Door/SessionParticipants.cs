using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Door;

/// <summary>
/// How many take part in a session (<see cref="SessionParticipants"/>): <see cref="Participants"/>, as many as its list
/// of participants names; of them <see cref="Expected"/> hold a place in it (registered for it; for a plenary, coming to
/// the event), and <see cref="Came"/> came in through its door — the others who came were let in without a place.
/// </summary>
public sealed record ParticipantCount(int Participants, int Expected, int Came);

/// <summary>
/// Who takes part in a session — one rule for the facilitator's list on the outcome page, the list and count in
/// "My sessions", and the owners an action item suggests first: the people in it (<see cref="SessionPeople"/>: a
/// plenary holds every guest coming, another session those registered for it), and besides them whoever came in
/// through its door without a place (admitted at a workshop's door, or at a plenary's, which is the event's: a walk-in,
/// or a guest let in beside their answer). A workshop or round table nobody registered for and nobody came into has
/// nobody in it: partners are offered every one of them to pick on their RSVP page (<see cref="Session.Choosable"/>), so
/// none is one "they were not asked to pick", and taking the whole room for it would fill the facilitator's list and the
/// sector mix with people who chose other sessions. It lives at the door, as who came is the door's to say; Outcomes
/// and Actions both ask it.
/// </summary>
internal static class SessionParticipants
{
    /// <summary>
    /// The participants, in the directory's order, with who came by invitation (their arrival at its door); of a session
    /// its caller has read (<see cref="SessionOfEvent.FindAsync"/>).
    /// </summary>
    public static async Task<(IReadOnlyList<Invitation> People, IReadOnlyDictionary<int, SessionArrival> Came)> ListAsync(
        EventHubDbContext db, SessionOfEvent session, CancellationToken ct)
    {
        var (inIt, came) = await InAsync(db, session, ct);
        var people = await inIt.AsNoTracking()
            .Include(i => i.Contact).Include(i => i.Organisation)
            .OrderBy(i => i.Contact.SortName).ThenBy(i => i.Id)
            .ToListAsync(ct);
        return (people, came);
    }

    /// <summary>The contacts of the session's participants (<see cref="ListAsync"/>); none when there is no such session.</summary>
    public static async Task<List<int>> ContactIdsAsync(EventHubDbContext db, int sessionId, CancellationToken ct)
    {
        // One read of the session tells both its event and whether everyone coming is in it: this runs at every
        // keystroke in an action item's owner field.
        if (await SessionOfEvent.FindAsync(db, sessionId, ct) is not { } session)
        {
            return [];
        }

        var (people, _) = await InAsync(db, session, ct);
        return await people.Select(i => i.ContactId).ToListAsync(ct);
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

    /// <summary>
    /// The participants as a query (those in it, or who came in through its door), and who came by invitation; of a
    /// session its caller has read, so that it is read once.
    /// </summary>
    private static async Task<(IQueryable<Invitation> People, Dictionary<int, SessionArrival> Came)> InAsync(
        EventHubDbContext db, SessionOfEvent session, CancellationToken ct)
    {
        var came = (await SessionDoorService.ArrivalsAsync(db, session, ct)).ToDictionary(a => a.InvitationId);
        var cameIds = came.Keys.ToList();
        var inIt = SessionPeople.In(db.Invitations, session);
        return (db.Invitations.Where(i => inIt.Any(p => p.Id == i.Id) || cameIds.Contains(i.Id)), came);
    }
}
