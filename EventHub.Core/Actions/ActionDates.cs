using EventHub.Core.Common;

namespace EventHub.Core.Actions;

/// <summary>
/// Due dates are calendar days where the alliance meets: "today" (and so "overdue") is the date in Amsterdam,
/// not in UTC, which is still yesterday for the first hour or two after midnight.
/// </summary>
public static class ActionDates
{
    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(EventTime.ToLocal(time.GetUtcNow().UtcDateTime, EventTime.DefaultTimeZoneId));
}
