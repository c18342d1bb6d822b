using EventHub.Core.Data;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Outcomes;

/// <summary>
/// Who takes part in a session: accepted invitees registered for it; for a session nobody registered for
/// (a plenary, say), everyone accepted for the event.
/// </summary>
internal static class SessionParticipants
{
    public static async Task<IReadOnlyList<Invitation>> ListAsync(EventHubDbContext db, int sessionId, int eventId, CancellationToken ct)
    {
        var registered = Registered(db, sessionId);
        var query = await registered.AnyAsync(ct)
            ? registered
            : db.Invitations.Where(i => i.EventId == eventId && i.Status == InvitationStatus.Accepted);
        return await query.AsNoTracking()
            .Include(i => i.Contact).Include(i => i.Organisation)
            .OrderBy(i => i.Contact.SortName).ThenBy(i => i.Id)
            .ToListAsync(ct);
    }

    /// <summary>The number of participants of each session (same rule as <see cref="ListAsync"/>), in two grouped queries.</summary>
    public static async Task<Dictionary<int, int>> CountAsync(EventHubDbContext db, IReadOnlyCollection<(int SessionId, int EventId)> sessions, CancellationToken ct)
    {
        var sessionIds = sessions.Select(s => s.SessionId).ToList();
        var eventIds = sessions.Select(s => s.EventId).Distinct().ToList();
        var registered = await db.SessionChoices
            .Where(c => sessionIds.Contains(c.SessionId) && c.Status == SessionChoiceStatus.Registered && c.Invitation.Status == InvitationStatus.Accepted)
            .GroupBy(c => c.SessionId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var accepted = await db.Invitations
            .Where(i => eventIds.Contains(i.EventId) && i.Status == InvitationStatus.Accepted)
            .GroupBy(i => i.EventId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return sessions.ToDictionary(
            s => s.SessionId,
            s => registered.GetValueOrDefault(s.SessionId) is > 0 and var count ? count : accepted.GetValueOrDefault(s.EventId));
    }

    private static IQueryable<Invitation> Registered(EventHubDbContext db, int sessionId) =>
        db.Invitations.Where(i => i.Status == InvitationStatus.Accepted
            && i.Choices.Any(c => c.SessionId == sessionId && c.Status == SessionChoiceStatus.Registered));
}
