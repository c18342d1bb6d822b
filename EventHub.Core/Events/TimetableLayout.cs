using EventHub.Core.Common;

namespace EventHub.Core.Events;

/// <summary>
/// Sessions laid out as a grid: <see cref="Columns"/> are rooms, <see cref="Rows"/> are 15-minute steps in the event's
/// zone, and each <see cref="Blocks"/> entry sits in one column spanning one or more rows.
/// </summary>
public sealed record TimetableLayout(IReadOnlyList<TimetableColumn> Columns, IReadOnlyList<TimetableRow> Rows, IReadOnlyList<TimetableBlock> Blocks)
{
    /// <summary>The grid of <paramref name="sessions"/> (in start order): one day's, so the night between two days is no rows.</summary>
    public static TimetableLayout Of(IReadOnlyList<TimetableSession> sessions, string timeZoneId)
    {
        if (sessions.Count == 0)
        {
            return new TimetableLayout([], [], []);
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
        return new TimetableLayout(columns, rows, blocks);
    }

    private static DateTime FloorToStep(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % Timetable.Step.Ticks), DateTimeKind.Utc);

    private static int StepsCeiling(TimeSpan span) => (int)Math.Ceiling(span / Timetable.Step);
}
