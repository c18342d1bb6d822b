using System.Globalization;
using EventHub.Core.Common;

namespace EventHub.App.Components.Shared;

/// <summary>Formats an event's UTC instants in its own time zone, for the current culture.</summary>
public static class EventDates
{
    /// <summary>"Tuesday 29 December 2026" / "dinsdag 29 december 2026".</summary>
    public static string Day(DateTime startUtc, string timeZoneId, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        return EventTime.ToLocal(startUtc, timeZoneId).ToString("dddd d MMMM yyyy", culture);
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
}
