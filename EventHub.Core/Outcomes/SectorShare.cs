using EventHub.Core.Directory;

namespace EventHub.Core.Outcomes;

/// <summary>How many participants of one sector took part in a session (pre-filled from answers, adjustable).</summary>
public class SectorShare
{
    private SectorShare()
    {
    }

    internal SectorShare(Sector sector, int count)
    {
        Sector = sector;
        Count = count;
    }

    public int Id { get; private set; }
    public int SessionOutcomeId { get; private set; }
    public Sector Sector { get; private set; }
    public int Count { get; private set; }
}
