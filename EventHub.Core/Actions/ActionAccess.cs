using EventHub.Core.Accounts;
using EventHub.Core.Data;
using EventHub.Core.Events;

namespace EventHub.Core.Actions;

/// <summary>Who may write a session's action items (<see cref="SessionRecorders"/>), as the action items' error codes.</summary>
internal static class ActionAccess
{
    /// <summary>Null when <paramref name="editor"/> may edit the session's items; otherwise why not (not found, not theirs).</summary>
    public static async Task<string?> DenyAsync(EventHubDbContext db, int sessionId, TeamMember editor, CancellationToken ct) =>
        await SessionRecorders.CheckAsync(db, sessionId, editor, ct) switch
        {
            RecordAccess.Allowed => null,
            RecordAccess.SessionNotFound => ActionErrors.SessionNotFound,
            _ => ActionErrors.NotYourSession,
        };
}
