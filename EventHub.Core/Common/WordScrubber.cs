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
    private readonly Regex? _words;
    private readonly string _replacement;

    /// <param name="values">The values; blank ones and single characters are ignored (they would only match initials).</param>
    public WordScrubber(IEnumerable<string?> values, string replacement)
    {
        // Longest first, so a full name goes as one before its first name could match inside it.
        var kept = values.OfType<string>().Select(v => v.Trim()).Where(v => v.Length >= 2)
            .Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(v => v.Length).ToList();
        _values = new HashSet<string>(kept, StringComparer.OrdinalIgnoreCase);
        _words = kept.Count == 0 ? null
            : new Regex($@"(?<!\w)(?:{string.Join("|", kept.Select(Regex.Escape))})(?!\w)",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        _replacement = replacement;
    }

    public string? Scrub(string? text) =>
        string.IsNullOrEmpty(text) || _words is null ? text
        : _values.Contains(text.Trim()) ? _replacement
        : _words.Replace(text, _ => _replacement);
}
