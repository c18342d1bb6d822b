using EventHub.Core.Common;
using EventHub.Core.Directory;

namespace EventHub.Core.Directory.Import;

/// <summary>
/// Turns what people type in a sector column into a <see cref="Sector"/> or <see cref="SubSector"/>: the enum name,
/// or the English or Dutch name, ignoring case, spaces, punctuation and accents. When nothing matches it names the
/// nearest known value by edit distance, so the error can say "did you mean ...?".
/// </summary>
internal static class SectorRecognizer
{
    private static readonly (Sector Value, string Key)[] Sectors =
        SectorNames.SectorAliases().Select(a => (a.Value, TextNormalizer.ForMatching(a.Alias))).ToArray();

    private static readonly (SubSector Value, string Key)[] SubSectors =
        SectorNames.SubSectorAliases().Select(a => (a.Value, TextNormalizer.ForMatching(a.Alias))).ToArray();

    public static bool TryRecognise(string text, out Sector sector, out Sector? suggestion) =>
        TryRecognise(Sectors, text, out sector, out suggestion);

    public static bool TryRecognise(string text, out SubSector subSector, out SubSector? suggestion) =>
        TryRecognise(SubSectors, text, out subSector, out suggestion);

    private static bool TryRecognise<T>((T Value, string Key)[] aliases, string text, out T value, out T? suggestion)
        where T : struct, Enum
    {
        var key = TextNormalizer.ForMatching(text);
        foreach (var alias in aliases)
        {
            if (alias.Key == key)
            {
                value = alias.Value;
                suggestion = null;
                return true;
            }
        }

        value = default;
        var nearest = aliases.MinBy(alias => EditDistance.Between(key, alias.Key));
        // Only suggest what is plausibly a typo, not any value at all.
        suggestion = EditDistance.Between(key, nearest.Key) <= Math.Max(2, nearest.Key.Length / 3) ? nearest.Value : null;
        return false;
    }
}

internal static class EditDistance
{
    /// <summary>Levenshtein distance: the fewest inserts, deletes and substitutions from one text to the other.</summary>
    public static int Between(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
