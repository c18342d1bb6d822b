using EventHub.Core.Data;
using EventHub.Core.Door;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Outcomes;

/// <summary>Where a report's "who was in the room" comes from.</summary>
public enum AttendanceSource
{
    /// <summary>The facilitators' numbers per session (for each sector the most in any one session).</summary>
    Facilitators,

    /// <summary>The door's check-ins: everyone checked in at the event (expected, admitted and walk-ins).</summary>
    CheckIns,
}

/// <summary>
/// Who was in the room, for the synthesis and the public report: the door's check-ins when the event has any (they
/// count people, not impressions), otherwise the numbers facilitators typed in their session records.
/// </summary>
internal static class RoomAttendance
{
    /// <summary>By sector, the number without an organisation (check-ins only) and the source.</summary>
    public static async Task<(IReadOnlyList<SectorCount> BySector, int WithoutOrganisation, AttendanceSource Source)> ForAsync(
        EventHubDbContext db, int eventId, IEnumerable<SessionRecord> records, CancellationToken ct)
    {
        if (!await db.Invitations.AnyAsync(i => i.EventId == eventId && i.CheckedInAtUtc != null, ct))
        {
            return (ReportContent.SectorMix(records), 0, AttendanceSource.Facilitators);
        }

        var counts = await CheckInService.CountsAsync(db, eventId, ct);
        var bySector = counts.BySector.Where(s => s.Sector is not null)
            .OrderBy(s => s.Sector)
            .Select(s => new SectorCount(s.Sector!.Value, s.Count))
            .ToList();
        return (bySector, counts.BySector.Where(s => s.Sector is null).Sum(s => s.Count), AttendanceSource.CheckIns);
    }
}
