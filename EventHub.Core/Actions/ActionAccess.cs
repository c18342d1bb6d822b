using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>Of <paramref name="items"/>, those whose status <paramref name="member"/> may change (the same rule as <see cref="DenyProgressAsync"/>).</summary>
    public static async Task<IReadOnlySet<int>> ProgressChangeableAsync(EventHubDbContext db, IReadOnlyCollection<ActionRow> items, TeamMember member, CancellationToken ct)
    {
        if (!member.CanRecordProgress)
        {
            return new HashSet<int>();
        }

        if (member.IsOrganiser)
        {
            return items.Select(i => i.Id).ToHashSet();
        }

        var sessionIds = items.Select(i => i.SessionId).Distinct().ToList();
        var facilitated = (await db.Sessions.Where(s => sessionIds.Contains(s.Id) && s.Facilitators.Any(f => f.Id == member.UserId))
            .Select(s => s.Id).ToListAsync(ct)).ToHashSet();
        return items.Where(i => facilitated.Contains(i.SessionId)).Select(i => i.Id).ToHashSet();
    }
}
