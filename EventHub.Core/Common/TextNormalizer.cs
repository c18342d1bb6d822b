using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EventHub.Core.Common;

/// <summary>Folds text for "is this the same thing?" comparisons that people expect to ignore trivial differences.</summary>
public static partial class TextNormalizer
{
    /// <summary>
    /// A one-line field (a name, a title) as stored: line breaks, tabs, NUL and other control characters become one
    /// space, and the ends are trimmed. A title with a line break would end a mail header or a calendar line early
    /// (header and ICS injection) and break the lines it is shown on.
    /// </summary>
    public static string OneLine(string text) => LineBreaksAndControls().Replace(text, " ").Trim();

    /// <summary>
    /// A multi-line answer (a textarea) as stored and measured: line breaks as "\n" and the ends trimmed; null when
    /// nothing is left. A browser counts a line break as one character against a textarea's maxlength but posts it as
    /// CRLF, so text that fit the box must be measured after this, or it is refused (or cut) for being too long.
    /// </summary>
    public static string? MultiLine(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.ReplaceLineEndings("\n").Trim();

    /// <summary>
    /// The key for uniqueness: lower case, no diacritics, single spaces.
    /// "  Stichting  Café Noord " → "stichting cafe noord". Punctuation still counts.
    /// </summary>
    public static string ForUniqueness(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in WithoutDiacritics(text))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The key for "possibly the same": like <see cref="ForUniqueness"/> but also without spaces and punctuation.
    /// "Stichting Café-Noord" and "stichting cafe noord." both give "stichtingcafenoord".
    /// </summary>
    public static string ForMatching(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in WithoutDiacritics(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>An email address as compared for uniqueness: trimmed and lower-cased.</summary>
    public static string ForEmail(string email) => email.Trim().ToLowerInvariant();

    /// <summary>The part after the @ of a normalized email address ("" when there is none).</summary>
    public static string EmailDomain(string normalizedEmail)
    {
        var at = normalizedEmail.LastIndexOf('@');
        return at < 0 ? "" : normalizedEmail[(at + 1)..];
    }

    private static IEnumerable<char> WithoutDiacritics(string text)
    {
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                yield return c;
            }
        }
    }

    [GeneratedRegex(@"[\s\p{Cc}\u2028\u2029]*[\p{Cc}\u2028\u2029][\s\p{Cc}\u2028\u2029]*")]
    private static partial Regex LineBreaksAndControls();
}
