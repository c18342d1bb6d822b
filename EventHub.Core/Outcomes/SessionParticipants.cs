using EventHub.Core.Data;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Outcomes;

/// <summary>
/// Who takes part in a session, for its facilitators: the people in it by the one rule (<see cref="SessionPeople"/>: a
/// plenary holds every guest coming, another session those registered for it). A session that is not for everyone but
/// nobody registered for (a single round table the partners were not asked to pick) is taken as one for everyone too:
/// its facilitator sees the whole room rather than nobody.
/// </summary>
internal static class SessionParticipants
{
    public static async Task<IReadOnlyList<Invitation>> ListAsync(EventHubDbContext db, int sessionId, int eventId, CancellationToken ct)
    {
        var session = await OfAsync(db, sessionId, eventId, ct);
        var inIt = SessionPeople.In(db.Invitations, session);
        var query = session.ForEveryone || await inIt.AnyAsync(ct)
            ? inIt
            : SessionPeople.In(db.Invitations, session with { ForEveryone = true });
        return await query.AsNoTracking()
            .Include(i => i.Contact).Include(i => i.Organisation)
            .OrderBy(i => i.Contact.SortName).ThenBy(i => i.Id)
            .ToListAsync(ct);
    }

    /// <summary>The number of participants of each session (same rule as <see cref="ListAsync"/>), in grouped queries.</summary>
    public static async Task<Dictionary<int, int>> CountAsync(EventHubDbContext db, IReadOnlyCollection<SessionOfEvent> sessions, CancellationToken ct)
    {
        var counts = await SessionPeople.CountAsync(db, sessions, ct);
        var nobody = sessions.Where(s => !s.ForEveryone && counts[s.SessionId] == 0).ToList();
        if (nobody.Count > 0)
        {
            var everyone = await SessionPeople.CountAsync(db, nobody.Select(s => s with { ForEveryone = true }).ToList(), ct);
            foreach (var (id, count) in everyone)
            {
                counts[id] = count;
            }
        }

        return counts;
    }

    private static async Task<SessionOfEvent> OfAsync(EventHubDbContext db, int sessionId, int eventId, CancellationToken ct)
    {
        var kind = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Kind).SingleAsync(ct);
        return new SessionOfEvent(sessionId, eventId, Events.Session.IsForEveryoneKind(kind));
    }
}
