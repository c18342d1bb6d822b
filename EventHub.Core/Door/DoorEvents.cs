using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Door;

/// <summary>
/// Which events someone may work the door of. Organisers and admins: every event (to try a desk beforehand, or check in
/// a late arrival after the end time until the event is ended). Door staff: only an event taking place today where it is
/// held — published, or closed after ending today (to read its final counts) — so a door account cannot list the guests of
/// another day's event, or of a draft, by typing its address. Once an organiser ends the event (closed, later archived)
/// its attendance is frozen: the desk still shows the list and the counts, but every change (scan, check-in, admit,
/// undo, walk-in) is refused with <see cref="DoorErrors.EventEnded"/>, for everyone. Checked in Core on every read and
/// write of the door.
/// </summary>
public static class DoorEvents
{
    /// <summary>Door staff, organisers and admins.</summary>
    public static bool MayWorkADoor(TeamMember member) => member.IsOrganiser || member.Roles.Contains(Roles.DoorStaff);

    /// <summary>Whether the event is on today where it takes place, and open to read (published, or closed after it ended today).</summary>
    public static bool IsOnToday(EventStatus status, DateTime startUtc, DateTime endUtc, string timeZoneId, DateTime nowUtc)
    {
        if (status is not (EventStatus.Published or EventStatus.Closed))
        {
            return false;
        }

        // An evening ending at midnight took place on its own day (as EventDays reads it), not on the next one too.
        var today = DateOnly.FromDateTime(EventTime.ToLocal(nowUtc, timeZoneId));
        return DateOnly.FromDateTime(EventTime.ToLocal(startUtc, timeZoneId)) <= today
            && today <= DateOnly.FromDateTime(EventTime.ToLocal(endUtc, timeZoneId).AddTicks(-1));
    }

    public static bool IsOnToday(EventSummary summary, DateTime nowUtc) =>
        IsOnToday(summary.Status, summary.StartUtc, summary.EndUtc, summary.TimeZoneId, nowUtc);

    /// <summary>
    /// Null when <paramref name="member"/> may work the door of the event; otherwise why not: not a door role
    /// (<see cref="AccessErrors.NotAllowed"/>), or an event that does not exist or — for door staff — is not on today
    /// (<see cref="EventErrors.NotFound"/>: to them, another day's event is not there).
    /// </summary>
    internal static async Task<string?> DenyAsync(EventHubDbContext db, int eventId, TeamMember member, DateTime nowUtc, CancellationToken ct) =>
        (await CheckAsync(db, eventId, member, nowUtc, ct)).Denied;

    /// <summary>
    /// Like <see cref="DenyAsync"/>, for a change to who is in the room: also refused, for everyone, once the event is
    /// ended (<see cref="IsFrozen"/>: <see cref="DoorErrors.EventEnded"/>).
    /// </summary>
    internal static async Task<string?> DenyChangeAsync(EventHubDbContext db, int eventId, TeamMember member, DateTime nowUtc, CancellationToken ct)
    {
        var (denied, status) = await CheckAsync(db, eventId, member, nowUtc, ct);
        return denied ?? (IsFrozen(status) ? DoorErrors.EventEnded : null);
    }

    /// <summary>Whether the event's attendance is final: an organiser ended it (closed), or it is archived.</summary>
    public static bool IsFrozen(EventStatus status) => status is EventStatus.Closed or EventStatus.Archived;

    private static async Task<(string? Denied, EventStatus Status)> CheckAsync(EventHubDbContext db, int eventId, TeamMember member,
        DateTime nowUtc, CancellationToken ct)
    {
        if (!MayWorkADoor(member))
        {
            return (AccessErrors.NotAllowed, default);
        }

        var found = await db.Events.Where(e => e.Id == eventId)
            .Select(e => new { e.Status, e.StartUtc, e.EndUtc, e.TimeZoneId })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return (EventErrors.NotFound, default);
        }

        return member.IsOrganiser || IsOnToday(found.Status, found.StartUtc, found.EndUtc, found.TimeZoneId, nowUtc)
            ? (null, found.Status)
            : (EventErrors.NotFound, found.Status);
    }
}
