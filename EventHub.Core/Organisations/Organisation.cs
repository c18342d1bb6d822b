using EventHub.Core.Common;

namespace EventHub.Core.Organisations;

/// <summary>A partner of the alliance. Archived rather than deleted once anything refers to it.</summary>
public class Organisation
{
    public const int NameMaxLength = 200;

    private Organisation()
    {
    }

    public Organisation(string name, Sector sector, SubSector? subSector, DateTime nowUtc)
    {
        Rename(name);
        Classify(sector, subSector);
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The name folded for uniqueness: case, whitespace and diacritics do not make a new organisation.</summary>
    public string NormalizedName { get; private set; } = "";

    public Sector Sector { get; private set; }
    public SubSector? SubSector { get; private set; }
    public string? Website { get; private set; }
    public string? Notes { get; private set; }
    public bool IsArchived { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        NormalizedName = TextNormalizer.ForComparison(Name);
    }

    public void Classify(Sector sector, SubSector? subSector)
    {
        if (subSector is { } sub && !SectorTaxonomy.Belongs(sub, sector))
        {
            throw new ArgumentException($"Sub-sector {sub} is not part of sector {sector}.", nameof(subSector));
        }

        Sector = sector;
        SubSector = subSector;
    }

    public void Describe(string? website, string? notes)
    {
        Website = string.IsNullOrWhiteSpace(website) ? null : website.Trim();
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }

    public void Archive() => IsArchived = true;

    public void Restore() => IsArchived = false;
}
