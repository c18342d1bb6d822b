using System.Globalization;
using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.App.Components.Shared;

/// <summary>Formats an event's UTC instants in its own time zone, for the current culture.</summary>
public static class EventDates
{
    /// <summary>
    /// An instant as a short date where the alliance meets, or in an event's zone: "6 Dec 2026" / "6 dec 2026". The house
    /// format of lists and notes; the month's name leaves no doubt which is the day, whatever the reader's country.
    /// </summary>
    public static string ShortDay(DateTime utc, string timeZoneId = EventTime.DefaultTimeZoneId, CultureInfo? culture = null) =>
        EventTime.ToLocal(utc, timeZoneId).ToString(ShortDayFormat, culture ?? CultureInfo.CurrentCulture);

    /// <summary>An instant with its time, for what happened or will happen at a moment (an email written, an audit entry): "6 Dec 2026 04:35".</summary>
    public static string ShortMoment(DateTime utc, string timeZoneId = EventTime.DefaultTimeZoneId, CultureInfo? culture = null) =>
        EventTime.ToLocal(utc, timeZoneId).ToString($"{ShortDayFormat} HH:mm", culture ?? CultureInfo.CurrentCulture);

    private const string ShortDayFormat = "d MMM yyyy";

    /// <summary>
    /// A date field's value written out ("Thursday 11 March 2027" / "donderdag 11 maart 2027"), shown under the field: a
    /// browser shows its date fields in its own country's order, so an American browser shows 03/11/2027 on a Dutch
    /// screen; the weekday also says at a glance whether the meeting falls on the intended day. Null while the field
    /// holds no date.
    /// </summary>
    public static string? Spelled(string? fieldValue, CultureInfo? culture = null) =>
        DateOnly.TryParseExact(fieldValue, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToString("dddd d MMMM yyyy", culture ?? CultureInfo.CurrentCulture)
            : null;

    /// <summary>
    /// A date field written out with the time fields beside it: "Thursday 11 March 2027, 13:00–17:00", or with the one
    /// time when there is one. A browser may show its time fields as 01:00 PM; the screens and emails say 13:00.
    /// </summary>
    public static string? Spelled(string? dayValue, string? startValue, string? endValue = null, CultureInfo? culture = null) =>
        Spelled(dayValue, culture) is not { } day ? null
            : (FieldTime(startValue), FieldTime(endValue)) switch
            {
                ({ } start, { } end) => $"{day}, {start}–{end}",
                ({ } start, null) => $"{day}, {start}",
                _ => day,
            };

    private static string? FieldTime(string? fieldValue) =>
        TimeOnly.TryParseExact(fieldValue, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.ToString("HH:mm", CultureInfo.InvariantCulture)
            : null;

    /// <summary>"Tuesday 29 December 2026" / "dinsdag 29 december 2026".</summary>
    public static string Day(DateTime startUtc, string timeZoneId, CultureInfo? culture = null) =>
        EventDays.Day(startUtc, timeZoneId, culture ?? CultureInfo.CurrentCulture);

    /// <summary>
    /// An event's date line: its day, or its first and last day when it runs over more than one ("Tuesday 23 – Wednesday
    /// 24 February 2027"); the rule is Core's, so screens and emails say the same.
    /// </summary>
    public static string Days(DateTime startUtc, DateTime endUtc, string timeZoneId, CultureInfo? culture = null) =>
        EventDays.Of(startUtc, endUtc, timeZoneId, culture ?? CultureInfo.CurrentCulture);

    /// <summary>An event's times beside its <see cref="Days"/>: "09:00–17:00", the zone named when it is not the default.</summary>
    public static string Times(DateTime startUtc, DateTime endUtc, string timeZoneId, CultureInfo? culture = null)
    {
        var times = EventDays.Times(startUtc, endUtc, timeZoneId, culture ?? CultureInfo.CurrentCulture);
        return timeZoneId == EventTime.DefaultTimeZoneId ? times : $"{times} ({timeZoneId})";
    }

    /// <summary>"13:00–17:00", or with both days when the event runs past midnight; the zone is named when it is not the default.</summary>
    public static string TimeRange(DateTime startUtc, DateTime endUtc, string timeZoneId, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        var start = EventTime.ToLocal(startUtc, timeZoneId);
        var end = EventTime.ToLocal(endUtc, timeZoneId);
        var range = start.Date == end.Date
            ? $"{start.ToString("HH:mm", culture)}–{end.ToString("HH:mm", culture)}"
            : $"{start.ToString("HH:mm", culture)} – {end.ToString("d MMM HH:mm", culture)}";
        return timeZoneId == EventTime.DefaultTimeZoneId ? range : $"{range} ({timeZoneId})";
    }

    /// <summary>
    /// A session's time in a list of its event's programme: "10:30–12:00", with its day first ("Sat 5 Dec 10:30–12:00")
    /// when the event runs over more than one day, as the time alone would not say which day.
    /// </summary>
    public static string SessionTime(
        DateTime startUtc, DateTime endUtc, DateTime eventStartUtc, DateTime eventEndUtc, string timeZoneId, CultureInfo? culture = null) =>
        $"{ProgrammeDays.DayOf(startUtc, eventStartUtc, eventEndUtc, timeZoneId, culture)} {TimeRange(startUtc, endUtc, timeZoneId, culture)}".TrimStart();
}
