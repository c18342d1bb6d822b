using EventHub.Core.Common;
using EventHub.Core.Directory;

namespace EventHub.Core.Directory.Import;

/// <summary>
/// Turns what people type in a sector column into a <see cref="Sector"/> or <see cref="SubSector"/>: the enum name,
/// the English or Dutch name, or a word from <see cref="SectorSynonyms"/>, ignoring case, spaces, punctuation and
/// accents. A sub-sector's word in the sector column gives its sector and that sub-sector. When nothing matches it
/// names the nearest known value by edit distance, so the error can say "did you mean ...?".
/// </summary>
internal static class SectorRecognizer
{
    /// <summary>What a sector column's words mean: sector names first, so they win over a sub-sector's word.</summary>
    private static readonly (SectorMatch Value, string Key)[] Sectors =
    [
        .. SectorNames.SectorAliases().Concat(SectorSynonyms.SectorWords.Select(w => (w.Sector, w.Word)))
            .Select(a => (new SectorMatch(a.Item1, null), TextNormalizer.ForMatching(a.Item2))),
        .. SectorNames.SubSectorAliases().Concat(SectorSynonyms.SubSectorWords.Select(w => (w.SubSector, w.Word)))
            .Select(a => (new SectorMatch(SectorTaxonomy.SectorOf(a.Item1), a.Item1), TextNormalizer.ForMatching(a.Item2))),
    ];

    private static readonly (SubSector Value, string Key)[] SubSectors =
        SectorNames.SubSectorAliases().Concat(SectorSynonyms.SubSectorWords.Select(w => (w.SubSector, w.Word)))
            .Select(a => (a.Item1, TextNormalizer.ForMatching(a.Item2))).ToArray();

    /// <summary>Every word the sector column understands, with its meaning (for tests that the table is consistent).</summary>
    internal static IEnumerable<(SectorMatch Value, string Key)> SectorKeys => Sectors;

    internal static IEnumerable<(SubSector Value, string Key)> SubSectorKeys => SubSectors;

    public static bool TryRecognise(string text, out SectorMatch match, out Sector? suggestion)
    {
        var found = TryRecognise(Sectors, text, out match, out var nearest);
        suggestion = nearest?.Sector;
        return found;
    }

    public static bool TryRecognise(string text, out SubSector subSector, out SubSector? suggestion) =>
        TryRecognise(SubSectors, text, out subSector, out suggestion);

    private static bool TryRecognise<T>((T Value, string Key)[] aliases, string text, out T value, out T? suggestion)
        where T : struct
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
        // Only suggest what is plausibly a typo, not any value at all; an abbreviation ("VO", "MKB") is too short to tell.
        var plausible = nearest.Key.Length > 4 && EditDistance.Between(key, nearest.Key) <= Math.Max(2, nearest.Key.Length / 3);
        suggestion = plausible ? nearest.Value : null;
        return false;
    }
}

/// <summary>A sector, and the sub-sector when the word named one ("MBO": Education, vocational).</summary>
internal readonly record struct SectorMatch(Sector Sector, SubSector? SubSector);

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
