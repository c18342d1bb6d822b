using System.Globalization;
using EventHub.Core.Common;
using Microsoft.AspNetCore.Components;

namespace EventHub.App.Components.Shared;

/// <summary>
/// A programme split by the day its sessions start, in the event's time zone, so a reader of a multi-day event knows
/// which day "09:00–10:00" is on: one group without a heading for an event of one day, otherwise one per day headed
/// "Tuesday 29 December" / "dinsdag 29 december".
/// </summary>
public static class ProgrammeDays
{
    /// <param name="sessions">The sessions in the order to show them (by start).</param>
    public static IReadOnlyList<ProgrammeDay<T>> Of<T>(
        IReadOnlyList<T> sessions, Func<T, DateTime> startUtc, DateTime eventStartUtc, DateTime eventEndUtc, string timeZoneId, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentCulture;
        var days = sessions.GroupBy(s => EventTime.ToLocal(startUtc(s), timeZoneId).Date).ToList();
        return days.Count <= 1 && !EventTime.SpansDays(eventStartUtc, eventEndUtc, timeZoneId)
            ? [new ProgrammeDay<T>(null, sessions)]
            : days.Select(day => new ProgrammeDay<T>(day.Key.ToString("dddd d MMMM", culture), day.ToList())).ToList();
    }

    /// <summary>A session's title as a heading: h3, or h4 under a day's heading (h3), so the headings stay in order.</summary>
    public static RenderFragment SessionTitle(string title, string? language, bool underDay) => builder =>
    {
        builder.OpenElement(0, underDay ? "h4" : "h3");
        builder.AddAttribute(1, "lang", language);
        builder.AddContent(2, title);
        builder.CloseElement();
    };

    /// <summary>The day of a session as a choice list shows it next to its time, for an event of more than one day; else null.</summary>
    public static string? DayOf(DateTime startUtc, DateTime eventStartUtc, DateTime eventEndUtc, string timeZoneId, CultureInfo? culture = null) =>
        EventTime.SpansDays(eventStartUtc, eventEndUtc, timeZoneId)
            ? EventTime.ToLocal(startUtc, timeZoneId).ToString("ddd d MMM", culture ?? CultureInfo.CurrentCulture)
            : null;
}

/// <summary>One day of a programme: its heading (null when the event has one day) and its sessions in order.</summary>
public sealed record ProgrammeDay<T>(string? Heading, IReadOnlyList<T> Sessions);
