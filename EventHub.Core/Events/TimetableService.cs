using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Events;

/// <summary>Lays out an event's programme as rooms × 15-minute rows for the timetable page and its print.</summary>
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
        var (columns, rows, blocks) = Layout(sessions, e.TimeZoneId);
        return new Timetable(e.Id, e.Title, e.StartUtc, e.EndUtc, e.TimeZoneId, e.Status, columns, rows, blocks, sessions);
    }

    internal static (List<TimetableColumn>, List<TimetableRow>, List<TimetableBlock>) Layout(
        IReadOnlyList<TimetableSession> sessions, string timeZoneId)
    {
        if (sessions.Count == 0)
        {
            return ([], [], []);
        }

        var columns = sessions.Where(s => s.RoomId is not null)
            .DistinctBy(s => s.RoomId)
            .OrderBy(s => s.RoomName, StringComparer.CurrentCultureIgnoreCase)
            .Select((s, i) => new TimetableColumn(i, s.RoomId, s.RoomName))
            .ToList();
        if (sessions.Any(s => s.RoomId is null))
        {
            columns.Add(new TimetableColumn(columns.Count, null, null));
        }

        // Rows are counted in UTC so a daylight-saving change mid-programme neither loses nor repeats a quarter;
        // every zone's offset is a whole number of quarters, so a UTC quarter is also a local quarter.
        var first = FloorToStep(sessions.Min(s => s.StartUtc));
        var last = sessions.Max(s => s.EndUtc);
        var rowCount = StepsCeiling(last - first);
        var rows = Enumerable.Range(0, rowCount)
            .Select(i => first + (Timetable.Step * i))
            .Select((start, i) => new TimetableRow(i, start, EventTime.ToLocal(start, timeZoneId)))
            .ToList();

        var blocks = sessions.Select(s =>
        {
            var column = columns.First(c => c.RoomId == s.RoomId).Index;
            var row = (int)((FloorToStep(s.StartUtc) - first) / Timetable.Step);
            var end = StepsCeiling(s.EndUtc - first);
            return new TimetableBlock(s, column, row, Math.Max(1, end - row));
        }).ToList();
        return (columns, rows, blocks);
    }

    private static DateTime FloorToStep(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % Timetable.Step.Ticks), DateTimeKind.Utc);

    private static int StepsCeiling(TimeSpan span) => (int)Math.Ceiling(span / Timetable.Step);
}
