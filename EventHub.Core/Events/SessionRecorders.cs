using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Events;

/// <summary>Whether someone may record what a session produced.</summary>
public enum RecordAccess
{
    Allowed,
    SessionNotFound,
    NotFacilitator,
}

/// <summary>
/// Who may record what a session produced (its outcome and its action items): its facilitators, and organisers for every
/// session. A rule about a session's facilitators, so it lives with the session; each feature that records something
/// checks it in Core on every read and write, so hiding a button is never the only guard.
/// </summary>
internal static class SessionRecorders
{
    public static async Task<RecordAccess> CheckAsync(EventHubDbContext db, int sessionId, TeamMember editor, CancellationToken ct)
    {
        var session = await db.Sessions.Where(s => s.Id == sessionId)
            .Select(s => new { Facilitates = s.Facilitators.Any(f => f.Id == editor.UserId) })
            .SingleOrDefaultAsync(ct);
        if (session is null)
        {
            return RecordAccess.SessionNotFound;
        }

        return editor.IsOrganiser || session.Facilitates ? RecordAccess.Allowed : RecordAccess.NotFacilitator;
    }
}
