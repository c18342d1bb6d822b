using EventHub.Core.Directory;

namespace EventHub.Core.Invitations;

/// <summary>
/// The share of the room (0-100 %) the alliance aims for one sector, set by an admin: e.g. Business 15-35 %. With targets
/// the sector-balance rule (<see cref="SectorBalance"/>) warns below the minimum and above the maximum instead of only
/// "no one" and "above the event's threshold". One row per sector; a sector without a row keeps today's rule.
/// </summary>
public class SectorTarget
{
    private SectorTarget()
    {
    }

    public SectorTarget(Sector sector, int minPercent, int maxPercent, DateTime nowUtc)
    {
        Sector = sector;
        Change(minPercent, maxPercent, nowUtc);
    }

    public int Id { get; private set; }
    public Sector Sector { get; private set; }
    public int MinPercent { get; private set; }
    public int MaxPercent { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }

    internal void Change(int minPercent, int maxPercent, DateTime nowUtc)
    {
        if (SectorRange.Check(minPercent, maxPercent) is { } error)
        {
            throw new ArgumentOutOfRangeException(nameof(minPercent), error);
        }

        MinPercent = minPercent;
        MaxPercent = maxPercent;
        UpdatedAtUtc = nowUtc;
    }
}

/// <summary>The aimed-for share of one sector, min to max percent (both included).</summary>
public sealed record SectorRange(Sector Sector, int MinPercent, int MaxPercent)
{
    /// <summary>Whether a share (0-100) lies inside the range; exactly the minimum or maximum is inside.</summary>
    public bool Contains(double share) => share >= MinPercent && share <= MaxPercent;

    /// <summary>The error code for a range that cannot be a target (outside 0-100, or min above max); null when fine.</summary>
    public static string? Check(int minPercent, int maxPercent) =>
        minPercent is < 0 or > 100 || maxPercent is < 0 or > 100 ? SectorTargetErrors.OutOfRange
        : minPercent > maxPercent ? SectorTargetErrors.MinAboveMax
        : null;
}

/// <summary>
/// The admin's targets for all sectors. <see cref="None"/> (no targets) keeps today's rule: every sector present, none above
/// the event's threshold.
/// </summary>
public sealed record SectorTargets(IReadOnlyList<SectorRange> Ranges)
{
    public static readonly SectorTargets None = new([]);

    public bool IsEmpty => Ranges.Count == 0;

    public SectorRange? For(Sector sector) => Ranges.FirstOrDefault(r => r.Sector == sector);

    /// <summary>
    /// Whether every sector's share can sit inside its range at the same time: the minimums add up to at most 100 % and,
    /// when every sector has a target, the maximums to at least 100 %. Sectors without a target can take any share.
    /// </summary>
    public bool CanBeMet =>
        Ranges.Sum(r => r.MinPercent) <= 100
        && (Ranges.Count < SectorTaxonomy.Sectors.Count || Ranges.Sum(r => r.MaxPercent) >= 100);
}

public static class SectorTargetErrors
{
    public const string AdminsOnly = "SectorTargets.AdminsOnly";
    public const string OutOfRange = "SectorTargets.OutOfRange";
    public const string MinAboveMax = "SectorTargets.MinAboveMax";
    public const string CannotBeMet = "SectorTargets.CannotBeMet";
}
