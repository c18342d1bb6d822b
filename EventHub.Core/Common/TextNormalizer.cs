using System.Globalization;
using System.Text;

namespace EventHub.Core.Common;

/// <summary>Folds text for "is this the same thing?" comparisons that people expect to ignore trivial differences.</summary>
public static class TextNormalizer
{
    /// <summary>Lower case, no diacritics, no punctuation, single spaces: "Stichting  Café-Noord" → "stichting cafe noord".</summary>
    public static string ForComparison(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>An email address as compared for uniqueness: trimmed and lower-cased.</summary>
    public static string ForEmail(string email) => email.Trim().ToLowerInvariant();
}
