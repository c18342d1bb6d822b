using EventHub.Core.Common;
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

    /// <summary>
    /// Null when <paramref name="member"/> may change the status of the item of session <paramref name="sessionId"/>:
    /// organisers any item, facilitators only items from sessions they facilitate; otherwise why not.
    /// </summary>
    public static async Task<string?> DenyProgressAsync(EventHubDbContext db, int sessionId, TeamMember member, CancellationToken ct) =>
        !member.CanRecordProgress ? ActionErrors.NotAllowed
        : member.IsOrganiser ? null
        : await DenyAsync(db, sessionId, member, ct);
}
