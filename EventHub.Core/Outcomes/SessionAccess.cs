using EventHub.Core.Accounts;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Outcomes;

/// <summary>
/// Who may record a session's outcome and action items: its facilitators, and organisers for every session.
/// Checked in Core on every read and write, so hiding a button is never the only guard.
/// </summary>
internal static class SessionAccess
{
    /// <summary>Null when <paramref name="editor"/> may edit the session; otherwise why not (not found, forbidden).</summary>
    public static async Task<string?> DenyAsync(EventHubDbContext db, int sessionId, TeamMember editor, CancellationToken ct)
    {
        var session = await db.Sessions.Where(s => s.Id == sessionId)
            .Select(s => new { Facilitates = s.Facilitators.Any(f => f.Id == editor.UserId) })
            .SingleOrDefaultAsync(ct);
        if (session is null)
        {
            return OutcomeErrors.SessionNotFound;
        }

        return editor.IsOrganiser || session.Facilitates ? null : OutcomeErrors.Forbidden;
    }
}
