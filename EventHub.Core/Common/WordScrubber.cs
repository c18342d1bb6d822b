using System.Text.RegularExpressions;

namespace EventHub.Core.Common;

/// <summary>
/// Takes a person's values (<see cref="PersonalValues"/>) out of text: a text that is one of them (trimmed) goes whole,
/// and in longer text they go where they stand as whole words. Other words are left alone, so erasing someone called
/// "Ed" or "An" does not turn "Refused" into "Refus[anonymised]" or damage "Annual".
/// </summary>
/// <remarks>
/// Their other values (email, phone) go in any case. Their names go in any case where they are more than one word; a
/// one-word name only where it stands as the person writes it or capitalised ("Jan", "JAN"), and not where it is the
/// month of a date (<see cref="DateMonths"/>: next to a day number or a year). So erasing someone called "Jan", "May" or
/// "Mei" takes "Jan, your place" and "Dear May," but leaves the date in "14 jan", "Meeting on 14 May" or "3 Mei 2026";
/// elsewhere the name as it was written never survives.
/// </remarks>
public sealed class WordScrubber
{
    private readonly HashSet<string> _values;
    private readonly HashSet<string> _others;
    private readonly HashSet<string> _namesAsWritten;
    private readonly Regex? _words;
    private readonly string _replacement;

    /// <param name="values">The person's values; blank ones and single characters are ignored (they would only match initials).</param>
    /// <param name="replacement">What each of them becomes.</param>
    public WordScrubber(PersonalValues values, string replacement)
    {
        var names = Kept(values.Names);
        _others = new HashSet<string>(Kept(values.Others), StringComparer.OrdinalIgnoreCase);
        _namesAsWritten = new HashSet<string>(names, StringComparer.Ordinal);
        // Longest first, so a full name goes as one before its first name could match inside it.
        var all = names.Concat(_others).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(v => v.Length).ToList();
        _values = new HashSet<string>(all, StringComparer.OrdinalIgnoreCase);
        _words = all.Count == 0 ? null
            : new Regex($@"(?<!\w)(?:{string.Join("|", all.Select(Regex.Escape))})(?!\w)",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        _replacement = replacement;
    }

    public string? Scrub(string? text) =>
        string.IsNullOrEmpty(text) || _words is null ? text
        : _values.Contains(text.Trim()) && IsPersons(text.Trim()) ? _replacement
        : _words.Replace(text, m => IsPersons(m.Value) && !IsDatesMonth(text, m) ? _replacement : m.Value);

    private static List<string> Kept(IEnumerable<string?> values) =>
        values.OfType<string>().Select(v => v.Trim()).Where(v => v.Length >= 2).ToList();

    /// <summary>Whether this occurrence of a value is the person's: an other value always, a name where it is written as one.</summary>
    private bool IsPersons(string found) =>
        _others.Contains(found) || found.Any(char.IsWhiteSpace) || char.IsUpper(found[0]) || _namesAsWritten.Contains(found);

    /// <summary>For names only: whether this occurrence is the month of a date ("14 May") rather than someone called May.</summary>
    private bool IsDatesMonth(string text, Match found) =>
        !_others.Contains(found.Value) && DateMonths.IsMonthOfADate(text, found.Index, found.Length);
}
