using System.Globalization;
using EventHub.Core.Common;

namespace EventHub.Core.Texts;

/// <summary>
/// The one rule for an event's date line, shared by every screen, email, calendar text and export: the day it takes
/// place, or for an event over more than one day its first and last day, so a conference of two days never reads like
/// a meeting of one.
/// </summary>
public static class EventDays
{
    private const string FullDay = "dddd d MMMM yyyy";
    private const string ShortDay = "d MMMM";

    /// <summary>A day in full, in the event's time zone: "Tuesday 23 February 2027" / "dinsdag 23 februari 2027".</summary>
    public static string Day(DateTime utc, string timeZoneId, CultureInfo culture) => EventTime.ToLocal(utc, timeZoneId).ToString(FullDay, culture);

    /// <summary>
    /// "Tuesday 23 February 2027"; over two days "Tuesday 23 – Wednesday 24 February 2027", with the first day's month
    /// (and year) only where they differ from the last day's. An event ending at midnight took place on one day.
    /// </summary>
    public static string Of(DateTime startUtc, DateTime endUtc, string timeZoneId, CultureInfo culture) =>
        Span(startUtc, endUtc, timeZoneId, culture, FullDay,
            (first, last) => first.Year != last.Year ? FullDay : first.Month != last.Month ? "dddd d MMMM" : "dddd d");

    /// <summary>
    /// The day without weekday or year, for a list of one year's events: "5 November"; over two days "5 – 6 November"
    /// ("5 t/m 6 november"), with the first day's month only where it differs from the last day's.
    /// </summary>
    public static string Short(DateTime startUtc, DateTime endUtc, string timeZoneId, CultureInfo culture) =>
        Span(startUtc, endUtc, timeZoneId, culture, ShortDay, (first, last) => first.Month != last.Month ? ShortDay : "%d");

    /// <summary>The date line with the times: "Tuesday 23 – Wednesday 24 February 2027, 09:00–17:00".</summary>
    public static string WithTimes(DateTime startUtc, DateTime endUtc, string timeZoneId, CultureInfo culture) =>
        $"{Of(startUtc, endUtc, timeZoneId, culture)}, {Times(startUtc, endUtc, timeZoneId, culture)}";

    /// <summary>"09:00–17:00": the first day's start and the last day's end, once the date line has named the days.</summary>
    public static string Times(DateTime startUtc, DateTime endUtc, string timeZoneId, CultureInfo culture) =>
        $"{EventTime.ToLocal(startUtc, timeZoneId).ToString("HH:mm", culture)}–{EventTime.ToLocal(endUtc, timeZoneId).ToString("HH:mm", culture)}";

    /// <summary>
    /// How a session's start is written in a list of the programme: "HH:mm", with its day ("Wed 24 Feb 09:00") when the
    /// event runs over more than one day, as the time alone would not say which day.
    /// </summary>
    public static string SessionStartPattern(DateTime eventStartUtc, DateTime eventEndUtc, string timeZoneId) =>
        EventTime.SpansDays(eventStartUtc, eventEndUtc, timeZoneId) ? "ddd d MMM HH:mm" : "HH:mm";

    /// <summary>
    /// The day in <paramref name="dayPattern"/>; for an event over more than one day its first day (in the pattern
    /// <paramref name="firstPattern"/> picks, leaving out what the last day says) to its last.
    /// </summary>
    private static string Span(DateTime startUtc, DateTime endUtc, string timeZoneId, CultureInfo culture, string dayPattern,
        Func<DateTime, DateTime, string> firstPattern)
    {
        var first = EventTime.ToLocal(startUtc, timeZoneId);
        if (!EventTime.SpansDays(startUtc, endUtc, timeZoneId))
        {
            return first.ToString(dayPattern, culture);
        }

        // An event ending at midnight took place on the day before.
        var last = EventTime.ToLocal(endUtc, timeZoneId).AddTicks(-1);
        return Localized.Core(culture)["EventDays_Range", first.ToString(firstPattern(first, last), culture), last.ToString(dayPattern, culture)];
    }
}
