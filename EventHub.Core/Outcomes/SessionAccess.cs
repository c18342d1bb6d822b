using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;

namespace EventHub.Core.Outcomes;

/// <summary>Who may record a session's outcome (<see cref="SessionRecorders"/>), as the outcome's error codes.</summary>
internal static class SessionAccess
{
    /// <summary>Null when <paramref name="editor"/> may edit the session; otherwise why not (not found, forbidden).</summary>
    public static async Task<string?> DenyAsync(EventHubDbContext db, int sessionId, TeamMember editor, CancellationToken ct) =>
        await SessionRecorders.CheckAsync(db, sessionId, editor, ct) switch
        {
            RecordAccess.Allowed => null,
            RecordAccess.SessionNotFound => OutcomeErrors.SessionNotFound,
            _ => OutcomeErrors.Forbidden,
        };
}
