namespace EventHub.Core.Common;

/// <summary>
/// Converts stored UTC instants to and from an event's IANA time zone. Instants are stored in UTC;
/// people see them in the event's zone (default Europe/Amsterdam), which is daylight-saving aware.
/// </summary>
public static class EventTime
{
    public const string DefaultTimeZoneId = "Europe/Amsterdam";

    public static TimeZoneInfo FindZone(string timeZoneId) => TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);

    public static bool IsKnownZone(string timeZoneId) => TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _);

    public static DateTime ToLocal(DateTime utc, string timeZoneId) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), FindZone(timeZoneId));

    /// <summary>
    /// The same wall-clock time <paramref name="days"/> days later (earlier when negative) in the zone: "two days before
    /// 17:00" is 17:00 two days before, also when the clocks change in between, where adding 48 hours to the instant
    /// would land an hour off.
    /// </summary>
    public static DateTime AddLocalDays(DateTime utc, int days, string timeZoneId) =>
        ToUtc(ToLocal(utc, timeZoneId).AddDays(days), timeZoneId);

    /// <summary>
    /// Whether an event from <paramref name="startUtc"/> to <paramref name="endUtc"/> runs over more than one day in its
    /// zone, so its sessions' times need their day beside them. An event ending at midnight still took place on one day.
    /// </summary>
    public static bool SpansDays(DateTime startUtc, DateTime endUtc, string timeZoneId) =>
        ToLocal(startUtc, timeZoneId).Date != ToLocal(endUtc, timeZoneId).AddTicks(-1).Date;

    /// <summary>
    /// The instant a wall-clock time in the zone stands for. A time the clocks skip (02:30 on the night summer time
    /// starts) is read as calendars read it: the instant it would have been without the jump, which the clocks show as
    /// an hour later (03:30) — never an error that loses the organiser's form.
    /// </summary>
    public static DateTime ToUtc(DateTime local, string timeZoneId)
    {
        var zone = FindZone(timeZoneId);
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wallClock))
        {
            var offsetBeforeTheJump = zone.GetUtcOffset(wallClock.AddDays(-1));
            return DateTime.SpecifyKind(wallClock - offsetBeforeTheJump, DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(wallClock, zone);
    }
}
