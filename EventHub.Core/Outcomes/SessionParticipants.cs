using EventHub.Core.Data;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Outcomes;

/// <summary>
/// Who takes part in a session, for its facilitators: the people in it by the one rule (<see cref="SessionPeople"/>: a
/// plenary holds every guest coming, another session those registered for it). A workshop or round table nobody
/// registered for has nobody in it: partners are offered every one of them to pick on their RSVP page
/// (<see cref="Events.Session.Choosable"/>), so none is one "they were not asked to pick", and taking the whole room
/// for it would fill the facilitator's list and the sector mix with people who chose other sessions.
/// </summary>
internal static class SessionParticipants
{
    public static async Task<IReadOnlyList<Invitation>> ListAsync(EventHubDbContext db, int sessionId, int eventId, CancellationToken ct)
    {
        var kind = await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Kind).SingleAsync(ct);
        return await SessionPeople.In(db.Invitations, new SessionOfEvent(sessionId, eventId, Events.Session.IsForEveryoneKind(kind)))
            .AsNoTracking()
            .Include(i => i.Contact).Include(i => i.Organisation)
            .OrderBy(i => i.Contact.SortName).ThenBy(i => i.Id)
            .ToListAsync(ct);
    }
}
