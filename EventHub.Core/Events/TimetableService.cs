using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Events;

/// <summary>An event's programme for the timetable page and its print (laid out by <see cref="TimetableLayout"/>).</summary>
public sealed class TimetableService(IDbContextFactory<EventHubDbContext> dbFactory)
{
    /// <summary>The timetable of any event (staff only); null for an unknown event.</summary>
    public async Task<Timetable?> ForEventAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var e = await db.Events.AsNoTracking().AsSplitQuery()
            .Include(x => x.Sessions).ThenInclude(s => s.Room)
            .Include(x => x.Sessions).ThenInclude(s => s.Facilitators)
            .FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return null;
        }

        var sessions = e.Sessions
            .OrderBy(s => s.StartUtc).ThenBy(s => s.SortOrder)
            .Select(s => new TimetableSession(
                s.Id,
                s.Title,
                s.Kind,
                s.StartUtc,
                s.EndUtc,
                EventTime.ToLocal(s.StartUtc, e.TimeZoneId),
                EventTime.ToLocal(s.EndUtc, e.TimeZoneId),
                s.RoomId,
                s.Room?.Name,
                s.Facilitators.Select(f => f.DisplayName).Order(StringComparer.CurrentCultureIgnoreCase).ToList()))
            .ToList();
        return new Timetable(e.Id, e.Title, e.StartUtc, e.EndUtc, e.TimeZoneId, e.Status, sessions);
    }
}
