using EventHub.Core.Directory;

namespace EventHub.Core.Door;

/// <summary>Arrivals in one sector (null: people without an organisation).</summary>
public sealed record SectorArrivals(Sector? Sector, int Count);

/// <summary>
/// Who is in the room: <see cref="Arrived"/> of the <see cref="Expected"/> (accepted guests, never more than expected),
/// plus those admitted at the door and walk-ins, by sector, against the event's capacity.
/// </summary>
public sealed record ArrivalCounts(int Arrived, int Expected, int Admitted, int WalkIns, IReadOnlyList<SectorArrivals> BySector, int? Capacity)
{
    public static ArrivalCounts None { get; } = new(0, 0, 0, 0, [], null);

    public int InTheRoom => Arrived + Admitted + WalkIns;

    /// <summary>Accepted guests who did not come (final once the event is ended: <see cref="DoorEvents.IsFrozen"/>).</summary>
    public int NoShows => Expected - Arrived;

    public bool RoomFull => Capacity is { } capacity && InTheRoom >= capacity;

    /// <summary>Arrivals by sector, in the sectors' order, people without an organisation last.</summary>
    internal static IReadOnlyList<SectorArrivals> BySectorOf(IEnumerable<Sector?> sectors) =>
        sectors.GroupBy(s => s).OrderBy(g => g.Key is null).ThenBy(g => g.Key)
            .Select(g => new SectorArrivals(g.Key, g.Count())).ToList();
}
