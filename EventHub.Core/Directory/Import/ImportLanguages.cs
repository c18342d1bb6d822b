using System.Text.RegularExpressions;
using EventHub.Core.Common;

namespace EventHub.Core.Directory.Import;

/// <summary>
/// The values an import reads as a contact's language: the code EventHub writes (nl, en), also with a region as other
/// systems write it (nl-NL, nl_BE, en-GB, EN-us), the language's name in Dutch and in English, and its three-letter code;
/// case, accents and punctuation do not count. The problem an unknown value gets lists them from here, so it names
/// exactly what is read.
/// </summary>
internal static partial class ImportLanguages
{
    private static readonly (Language Language, string[] Words)[] Accepted =
    [
        (Language.Nl, ["nl", "Nederlands", "Dutch", "nld"]),
        (Language.En, ["en", "English", "Engels", "eng"]),
    ];

    public static bool TryRead(string text, out Language language)
    {
        // A culture code's region (any: nl-BE is Dutch, en-US English) says nothing about the language of the emails.
        var key = TextNormalizer.ForMatching(WithRegion().Match(text.Trim()) is { Success: true } code ? code.Groups["language"].Value : text);
        foreach (var (candidate, words) in Accepted)
        {
            if (words.Any(word => TextNormalizer.ForMatching(word) == key))
            {
                language = candidate;
                return true;
            }
        }

        language = default;
        return false;
    }

    /// <summary>What is accepted besides the codes nl and en, as the problem lists it: "Nederlands, Dutch, nld, English, Engels, eng".</summary>
    public static string OtherWords => string.Join(", ", Accepted.SelectMany(a => a.Words.Skip(1)));

    /// <summary>nl or en followed by a region, or by a script and a region (nl-NL, en_GB, en-001, en-Latn-GB), either separator.</summary>
    [GeneratedRegex("^(?<language>nl|en)([-_][a-z0-9]{2,8}){1,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithRegion();
}
