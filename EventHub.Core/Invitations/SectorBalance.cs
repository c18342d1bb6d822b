using EventHub.Core.Directory;

namespace EventHub.Core.Invitations;

/// <summary>Invited, accepted, declined and (checked in) attended per sector: what makes "a balanced room" visible.</summary>
public sealed record SectorCount(Sector? Sector, int Invited, int Accepted, int Declined, int Attended = 0);

/// <summary>What is said before invitations go out: the sectors with no one on the list, and those above the threshold share.</summary>
public sealed record SectorBalanceWarning(IReadOnlyList<Sector> Missing, IReadOnlyList<Sector> Dominant, int Threshold);

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
    public static SectorBalanceWarning? Warning(IReadOnlyList<SectorCount> balance, int threshold)
    {
        if (balance.Sum(b => b.Invited) == 0)
        {
            return null;
        }

        var missing = SectorTaxonomy.Sectors.Where(s => balance.All(b => b.Sector != s || b.Invited == 0)).ToList();
        var dominant = balance.Where(b => b.Sector is not null && Share(balance, b) > threshold).Select(b => b.Sector!.Value).ToList();
        return missing.Count == 0 && dominant.Count == 0 ? null : new SectorBalanceWarning(missing, dominant, threshold);
    }

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
