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

    public static DateTime ToUtc(DateTime local, string timeZoneId) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), FindZone(timeZoneId));
}
