using EventHub.Core.Directory;

namespace EventHub.Core.Invitations;

/// <summary>Invited, accepted, declined and (checked in) attended per sector: what makes "a balanced room" visible.</summary>
public sealed record SectorCount(Sector? Sector, int Invited, int Accepted, int Declined, int Attended = 0);

/// <summary>
/// What is said before invitations go out: the sectors with no one on the list, those above the threshold share (or above
/// their target's maximum) and, when the admin set targets, those below their target's minimum.
/// </summary>
public sealed record SectorBalanceWarning(IReadOnlyList<Sector> Missing, IReadOnlyList<Sector> Dominant, int Threshold)
{
    /// <summary>Sectors present but below their target's minimum share; always empty without targets.</summary>
    public IReadOnlyList<Sector> Below { get; init; } = [];

    /// <summary>Sectors above their target's maximum share (those without a target are <see cref="Dominant"/> above the threshold instead).</summary>
    public IReadOnlyList<Sector> Above { get; init; } = [];
}

/// <summary>Which count of a <see cref="SectorCount"/> the balance is measured on: the invite list, the acceptances or those who came.</summary>
public enum BalanceStage
{
    Invited,
    Accepted,
    Attended,
}

/// <summary>
/// The alliance's measure of a balanced meeting, in one place: every sector on the invite list, and no sector more than
/// the event's threshold share of it. People without an organisation count in the total but belong to no sector.
/// </summary>
public static class SectorBalance
{
    /// <summary>The share of the invite list (0-100) that <paramref name="row"/> holds.</summary>
    public static double Share(IReadOnlyList<SectorCount> balance, SectorCount row)
    {
        var total = balance.Sum(b => b.Invited);
        return total == 0 ? 0 : 100.0 * row.Invited / total;
    }

    /// <summary>
    /// A sector with no one on the list, or one sector above <paramref name="threshold"/> percent (exactly the threshold is
    /// still fine); null when the list is balanced or still empty.
    /// </summary>
    public static SectorBalanceWarning? Warning(IReadOnlyList<SectorCount> balance, int threshold) =>
        Warning(balance, threshold, SectorTargets.None);

    /// <summary>
    /// The same rule with the admin's <paramref name="targets"/> as an input, measured at <paramref name="stage"/>. A sector
    /// with a target is missing when it has no one and its minimum is above 0, below when its share is under the minimum,
    /// and dominant above its maximum (exactly the minimum or maximum is fine). A sector without a target keeps today's rule:
    /// missing with no one, dominant above <paramref name="threshold"/>. Null when balanced or when no one is counted yet.
    /// </summary>
    public static SectorBalanceWarning? Warning(IReadOnlyList<SectorCount> balance, int threshold, SectorTargets targets, BalanceStage stage = BalanceStage.Invited)
    {
        var total = balance.Sum(b => CountAt(b, stage));
        if (total == 0)
        {
            return null;
        }

        var missing = new List<Sector>();
        var dominant = new List<Sector>();
        var below = new List<Sector>();
        var above = new List<Sector>();
        foreach (var sector in SectorTaxonomy.Sectors)
        {
            var count = balance.Where(b => b.Sector == sector).Sum(b => CountAt(b, stage));
            var share = 100.0 * count / total;
            var range = targets.For(sector);
            if (count == 0 && (range is null || range.MinPercent > 0))
            {
                missing.Add(sector);
            }
            else if (count > 0 && range is not null && share < range.MinPercent)
            {
                below.Add(sector);
            }

            if (range is null && share > threshold)
            {
                dominant.Add(sector);
            }
            else if (range is not null && share > range.MaxPercent)
            {
                above.Add(sector);
            }
        }

        return missing.Count == 0 && dominant.Count == 0 && below.Count == 0 && above.Count == 0
            ? null
            : new SectorBalanceWarning(missing, dominant, threshold) { Below = below, Above = above };
    }

    /// <summary>The count of <paramref name="row"/> at <paramref name="stage"/>.</summary>
    public static int CountAt(SectorCount row, BalanceStage stage) => stage switch
    {
        BalanceStage.Accepted => row.Accepted,
        BalanceStage.Attended => row.Attended,
        _ => row.Invited,
    };

    /// <summary>
    /// What the invite list's balance would become with <paramref name="added"/> people (their sectors; null for no
    /// organisation) put on it: shown in the add-people dialog before anyone is added.
    /// </summary>
    public static IReadOnlyList<SectorCount> WithAdded(IReadOnlyList<SectorCount> balance, IEnumerable<Sector?> added)
    {
        var newcomers = added.ToList();
        return balance.Select(b => b.Sector).Concat(newcomers).Distinct()
            .Select(sector => balance.FirstOrDefault(b => b.Sector == sector) is { } row
                ? row with { Invited = row.Invited + newcomers.Count(s => s == sector) }
                : new SectorCount(sector, newcomers.Count(s => s == sector), 0, 0))
            .OrderBy(c => c.Sector is null).ThenBy(c => c.Sector)
            .ToList();
    }
}
