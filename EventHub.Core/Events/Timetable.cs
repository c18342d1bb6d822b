
namespace EventHub.Core.Events;

/// <summary>
/// An event's programme for its timetable: <see cref="Sessions"/> by start time, which the page shows per day as a grid
/// (<see cref="TimetableLayout"/>) and, on narrow screens, as a list.
/// </summary>
public sealed record Timetable(
    int EventId,
    string Title,
    DateTime StartUtc,
    DateTime EndUtc,
    string TimeZoneId,
    EventStatus Status,
    IReadOnlyList<TimetableSession> Sessions)
{
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(15);

    public bool IsEmpty => Sessions.Count == 0;
}

/// <summary>A room column; <see cref="RoomId"/> null is the "no room" column.</summary>
public sealed record TimetableColumn(int Index, int? RoomId, string? RoomName);

/// <summary>A 15-minute row starting at <see cref="StartUtc"/>; <see cref="LocalStart"/> is its label.</summary>
public sealed record TimetableRow(int Index, DateTime StartUtc, DateTime LocalStart)
{
    /// <summary>Full hours get a label; the quarters between stay quiet so the grid is easy to scan.</summary>
    public bool IsFullHour => LocalStart.Minute == 0;
}

/// <summary>A session placed in the grid: zero-based column and row, and how many rows it covers.</summary>
public sealed record TimetableBlock(TimetableSession Session, int Column, int Row, int RowSpan);

public sealed record TimetableSession(
    int Id,
    string Title,
    SessionKind Kind,
    DateTime StartUtc,
    DateTime EndUtc,
    DateTime LocalStart,
    DateTime LocalEnd,
    int? RoomId,
    string? RoomName,
    IReadOnlyList<string> Facilitators);
