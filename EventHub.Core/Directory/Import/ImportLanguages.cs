using EventHub.Core.Common;

namespace EventHub.Core.Directory.Import;

/// <summary>
/// The values an import reads as a contact's language: the code EventHub writes (nl, en), the language's name in Dutch
/// and in English, and its three-letter code; case, accents and punctuation do not count. The problem an unknown value
/// gets lists them from here, so it names exactly what is read.
/// </summary>
internal static class ImportLanguages
{
    private static readonly (Language Language, string[] Words)[] Accepted =
    [
        (Language.Nl, ["nl", "Nederlands", "Dutch", "nld"]),
        (Language.En, ["en", "English", "Engels", "eng"]),
    ];

    public static bool TryRead(string text, out Language language)
    {
        var key = TextNormalizer.ForMatching(text);
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
}
