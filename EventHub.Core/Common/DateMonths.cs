using System.Text.RegularExpressions;

namespace EventHub.Core.Common;

/// <summary>
/// Whether a word in a text is the month of a date: an English or Dutch month name or its short form, in any case, next
/// to a day number (1–31) or a year — "14 May", "May 14, 2026", "the 14th of May", "juni 2026", "3 mei". Erasing someone
/// called May, Juni or Mei must not turn "Meeting on 14 May" into "Meeting on 14 …" (<see cref="WordScrubber"/>).
/// </summary>
internal static class DateMonths
{
    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
        "mrt", "okt",
    };

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // "14 May", "14th May", "the 14th of May"; the day is a number of its own (not the end of "2026").
    private static readonly Regex DayBefore = new(@"(?<!\w)(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    // "May 14", "May 14th", "May 2026"; a comma after the month ("May, 14 people came") ends the date.
    private static readonly Regex DayOrYearAfter = new(@"^\s+(?:(?<day>\d{1,2})(?:st|nd|rd|th)?|\d{4})(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    /// <summary>Whether <paramref name="length"/> characters at <paramref name="index"/> of <paramref name="text"/> are a date's month.</summary>
    public static bool IsMonthOfADate(string text, int index, int length)
    {
        if (!Months.Contains(text.Substring(index, length)))
        {
            return false;
        }

        var before = DayBefore.Match(text[..index]);
        if (before.Success && IsDay(before))
        {
            return true;
        }

        var after = DayOrYearAfter.Match(text[(index + length)..]);
        return after.Success && (!after.Groups["day"].Success || IsDay(after));
    }

    private static bool IsDay(Match match) => int.Parse(match.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 31;
}
