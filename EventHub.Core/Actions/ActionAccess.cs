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

    /// <summary>
    /// Report-back at event <paramref name="atEventId"/>: null when <paramref name="member"/> may record progress on the
    /// item of session <paramref name="sessionId"/> there. As <see cref="DenyProgressAsync"/>, and also a facilitator of
    /// a session of that event for an item of an earlier event: whoever runs the table where the owner reports back
    /// writes down what they hear.
    /// </summary>
    public static async Task<string?> DenyReportBackAsync(EventHubDbContext db, int sessionId, int atEventId, TeamMember member, CancellationToken ct)
    {
        var denied = await DenyProgressAsync(db, sessionId, member, ct);
        return denied == ActionErrors.NotYourSession && await FacilitatesAtAsync(db, atEventId, member, ct) && await IsEarlierAsync(db, sessionId, atEventId, ct)
            ? null
            : denied;
    }

    /// <summary>Whether <paramref name="member"/> facilitates a session of event <paramref name="eventId"/>.</summary>
    public static Task<bool> FacilitatesAtAsync(EventHubDbContext db, int eventId, TeamMember member, CancellationToken ct) =>
        db.Sessions.AnyAsync(s => s.EventId == eventId && s.Facilitators.Any(f => f.Id == member.UserId), ct);

    private static Task<bool> IsEarlierAsync(EventHubDbContext db, int sessionId, int eventId, CancellationToken ct) =>
        db.Sessions.AnyAsync(s => s.Id == sessionId && s.Event.StartUtc < db.Events.Where(e => e.Id == eventId).Select(e => e.StartUtc).Single(), ct);

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
