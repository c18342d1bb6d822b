namespace EventHub.Core.Engagement;

/// <summary>
/// Anonymity protection for every figure about people who answered something (feedback ratings, and any breakdown the
/// insight pages or the annual report show): a group of fewer than <see cref="MinimumSize"/> respondents is never shown,
/// not its count and not its averages — screens and exports say it is hidden, in the same words whatever the reason (two
/// labels would tell a small group from a larger one hidden beside it). And no shown total may give a hidden group back by
/// subtraction: beside a shown total the hidden groups together hold at least <see cref="MinimumSize"/> respondents and
/// are at least two, so "total minus the shown groups" is never one group, nor a handful of people whose shared average
/// is theirs (two hidden groups of 1 each). The next smallest groups are hidden until that holds, or the total when there
/// is no other group to hide.
/// The one place this rule lives; everything that shows or exports such a breakdown asks it.
/// </summary>
public static class SmallGroups
{
    /// <summary>The smallest group whose figures may be shown.</summary>
    public const int MinimumSize = 5;

    /// <summary>Whether a group (or a total) of <paramref name="count"/> respondents is too small to show on its own.</summary>
    public static bool IsTooSmall(int count) => count is > 0 and < MinimumSize;

    /// <summary>
    /// Decides which of <paramref name="groups"/> (each key with its number of respondents) are hidden, and whether their
    /// total is. Groups of 0 respondents hold nothing to protect and are never hidden (they show "no answers"), nor are
    /// they picked to hide beside a small one. Pass <paramref name="showsTotal"/> false when no total is shown beside the groups.
    /// Among equally small candidates the one listed first is hidden (a stable sort), so the
    /// result never changes between two views. Keys may be null (e.g. "no organisation").
    /// </summary>
    public static Suppression<TKey> Protect<TKey>(IEnumerable<(TKey Key, int Count)> groups, bool showsTotal = true)
    {
        var list = groups.ToList();
        var hidden = new HashSet<TKey>(list.Where(g => IsTooSmall(g.Count)).Select(g => g.Key));
        var total = list.Sum(g => g.Count);
        var totalHidden = showsTotal && IsTooSmall(total);
        if (showsTotal && !totalHidden && hidden.Count > 0)
        {
            // Total minus the shown groups would give the hidden ones back: hide the next smallest groups as well, or the total.
            var candidates = new Queue<(TKey Key, int Count)>(list.Where(g => g.Count > 0 && !hidden.Contains(g.Key)).OrderBy(g => g.Count));
            while (hidden.Count == 1 || list.Where(g => hidden.Contains(g.Key)).Sum(g => g.Count) < MinimumSize)
            {
                if (!candidates.TryDequeue(out var next))
                {
                    totalHidden = true;
                    break;
                }

                hidden.Add(next.Key);
            }
        }

        return new Suppression<TKey>(hidden, totalHidden);
    }
}

/// <summary>Which groups of a breakdown are hidden, and whether its total is (see <see cref="SmallGroups"/>).</summary>
public sealed record Suppression<TKey>(IReadOnlySet<TKey> HiddenGroups, bool TotalHidden)
{
    public bool IsHidden(TKey key) => HiddenGroups.Contains(key);
}
