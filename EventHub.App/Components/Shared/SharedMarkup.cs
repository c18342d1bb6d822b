using System.Collections.Concurrent;

namespace EventHub.App.Components.Shared;

/// <summary>
/// Identical pieces of markup kept once for every open tab. A guest list row is some 2,600 characters of HTML, made
/// for each tab that shows it and kept in that tab's render tree while the tab is open, so ten tabs on the same guest
/// list (ten organisers of one event, or one organiser's tabs) kept ten copies of the same rows. <see cref="Share"/>
/// hands back the copy an open tab already holds when the text is the same, character for character: what a tab shows
/// never depends on another tab, only where its text is stored. The copies are held weakly, so a row that no open tab
/// shows any more is collected as before; its entry is swept away when the table has doubled since the last sweep.
/// </summary>
public static class SharedMarkup
{
    private const int FirstSweepAt = 1024;

    // Keyed by the text's hash (not by the text, which would keep it alive); a different text with the same hash is
    // simply not shared.
    private static readonly ConcurrentDictionary<int, WeakReference<string>> Kept = new();
    private static readonly Lock SweepLock = new();
    private static int _sweepAt = FirstSweepAt;

    /// <summary>Whether the table has an entry for this text, collected or not (for the tests).</summary>
    internal static bool Refers(string markup) => Kept.ContainsKey(string.GetHashCode(markup, StringComparison.Ordinal));

    /// <summary>The copy of <paramref name="markup"/> an open tab already holds, or <paramref name="markup"/> itself, kept for the next tab.</summary>
    public static string Share(string markup)
    {
        var hash = string.GetHashCode(markup, StringComparison.Ordinal);
        if (Kept.TryGetValue(hash, out var entry) && entry.TryGetTarget(out var kept))
        {
            return string.Equals(kept, markup, StringComparison.Ordinal) ? kept : markup;
        }

        Kept[hash] = new WeakReference<string>(markup);
        if (Kept.Count > Volatile.Read(ref _sweepAt))
        {
            Sweep();
        }

        return markup;
    }

    /// <summary>Drops the entries whose text has been collected.</summary>
    internal static void Sweep()
    {
        lock (SweepLock)
        {
            foreach (var entry in Kept)
            {
                if (!entry.Value.TryGetTarget(out _))
                {
                    Kept.TryRemove(entry);
                }
            }

            Volatile.Write(ref _sweepAt, Math.Max(FirstSweepAt, Kept.Count * 2));
        }
    }
}
