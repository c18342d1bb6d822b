using System.Text.RegularExpressions;

namespace EventHub.Core.Common;

/// <summary>
/// Takes a person's values (names, email, phone) out of text: a text that is one of them (any case, trimmed) goes whole,
/// and in longer text they go where they stand as whole words. Other words are left alone, so erasing someone called
/// "Ed" or "An" does not turn "Refused" into "Refus[anonymised]" or damage "Annual".
/// </summary>
public sealed class WordScrubber
{
    private readonly HashSet<string> _values;
    private readonly HashSet<string> _asWritten;
    private readonly bool _namesAsWritten;
    private readonly Regex? _words;
    private readonly string _replacement;

    /// <param name="values">The values; blank ones and single characters are ignored (they would only match initials).</param>
    public WordScrubber(IEnumerable<string?> values, string replacement)
        : this(values, replacement, namesAsWritten: false)
    {
    }

    private WordScrubber(IEnumerable<string?> values, string replacement, bool namesAsWritten)
    {
        // Longest first, so a full name goes as one before its first name could match inside it.
        var trimmed = values.OfType<string>().Select(v => v.Trim()).Where(v => v.Length >= 2).ToList();
        var kept = trimmed.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(v => v.Length).ToList();
        _values = new HashSet<string>(kept, StringComparer.OrdinalIgnoreCase);
        _asWritten = new HashSet<string>(trimmed, StringComparer.Ordinal);
        _namesAsWritten = namesAsWritten;
        _words = kept.Count == 0 ? null
            : new Regex($@"(?<!\w)(?:{string.Join("|", kept.Select(Regex.Escape))})(?!\w)",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        _replacement = replacement;
    }

    /// <summary>
    /// A person's names in text people wrote or that was made from their names (an email's subject): a name of more than
    /// one word goes in any case, a one-word name only where it stands as the person writes it or capitalised ("Jan",
    /// "JAN"), and not where it is the month of a date (<see cref="DateMonths"/>: next to a day number or a year). So
    /// erasing a contact called "Jan", "May" or "Mei" takes "Jan, your place" and "Dear May," but leaves the date in
    /// "14 jan", "Meeting on 14 May" or "3 Mei 2026"; elsewhere the name as it was written never survives.
    /// </summary>
    public static WordScrubber Names(IEnumerable<string?> names, string replacement) => new(names, replacement, namesAsWritten: true);

    public string? Scrub(string? text) =>
        string.IsNullOrEmpty(text) || _words is null ? text
        : _values.Contains(text.Trim()) && IsName(text.Trim()) ? _replacement
        : _words.Replace(text, m => IsName(m.Value) && !IsDatesMonth(text, m) ? _replacement : m.Value);

    /// <summary>Whether this occurrence of a value is the person's: always, unless only names as written count.</summary>
    private bool IsName(string found) =>
        !_namesAsWritten || found.Any(char.IsWhiteSpace) || char.IsUpper(found[0]) || _asWritten.Contains(found);

    /// <summary>For names only: whether this occurrence is the month of a date ("14 May") rather than someone called May.</summary>
    private bool IsDatesMonth(string text, Match found) =>
        _namesAsWritten && DateMonths.IsMonthOfADate(text, found.Index, found.Length);
}
