using EventHub.Core.Common;

namespace EventHub.Core.Directory;

/// <summary>A partner of the alliance. Archived rather than deleted once anything refers to it.</summary>
public class Organisation
{
    public const int NameMaxLength = 200;
    public const int WebsiteMaxLength = 500;
    public const int AddressMaxLength = 300;
    public const int NeighbourhoodMaxLength = 100;
    public const int NotesMaxLength = 4000;

    private readonly List<OrganisationTag> _tags = [];

    private Organisation()
    {
    }

    public Organisation(string name, Sector sector, SubSector? subSector, DateTime nowUtc)
    {
        Rename(name);
        Classify(sector, subSector);
        CreatedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>The name folded for uniqueness: case, whitespace and diacritics do not make a new organisation.</summary>
    public string NormalizedName { get; private set; } = "";

    /// <summary>The name folded further (no punctuation or spaces), to spot possible duplicates.</summary>
    public string MatchKey { get; private set; } = "";

    public Sector Sector { get; private set; }
    public SubSector? SubSector { get; private set; }
    public string? Website { get; private set; }
    public string? Address { get; private set; }
    public string? Neighbourhood { get; private set; }
    public string? Notes { get; private set; }

    /// <summary>The organisation's own email domains (<see cref="OwnEmailDomains"/>), as "a.example, b.example".</summary>
    public string? EmailDomains { get; private set; }

    public bool IsArchived { get; private set; }

    /// <summary>Set when this record was merged into another; it then stays only for history.</summary>
    public int? MergedIntoId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public IReadOnlyList<OrganisationTag> Tags => _tags;

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = TextNormalizer.OneLine(name);
        NormalizedName = TextNormalizer.ForUniqueness(Name);
        MatchKey = TextNormalizer.ForMatching(Name);
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
        Website = Clean(website);
        Notes = Clean(notes);
    }

    public void Locate(string? address, string? neighbourhood)
    {
        Address = Clean(address);
        Neighbourhood = Clean(neighbourhood);
    }

    public void UseEmailDomains(string? domains) => EmailDomains = OwnEmailDomains.Normalise(domains);

    /// <summary>Replaces the free tags; the same tag in another case or spacing is kept once.</summary>
    public void Retag(IEnumerable<string> tags)
    {
        var wanted = tags.Select(t => t.Trim()).Where(t => t.Length > 0)
            .DistinctBy(TextNormalizer.ForUniqueness)
            .ToList();
        _tags.RemoveAll(existing => !wanted.Any(t => TextNormalizer.ForUniqueness(t) == existing.NormalizedName));
        foreach (var tag in wanted.Where(t => _tags.All(existing => existing.NormalizedName != TextNormalizer.ForUniqueness(t))))
        {
            _tags.Add(new OrganisationTag(tag));
        }
    }

    public void Touch(DateTime nowUtc) => UpdatedAtUtc = nowUtc;

    /// <summary>
    /// Everything the organisation dialog edits, as one value (<see cref="Contact.EditedState"/> says why); the tags
    /// must be loaded.
    /// </summary>
    public string EditedState => string.Join('\u001f',
        Name, Sector, SubSector, Website, Address, Neighbourhood, Notes, EmailDomains, string.Join(',', _tags.Select(t => t.Name).Order(StringComparer.Ordinal)));

    public void Archive() => IsArchived = true;

    public void Restore()
    {
        if (MergedIntoId is not null)
        {
            throw new InvalidOperationException("A merged organisation stays archived; its survivor carries on.");
        }

        IsArchived = false;
    }

    /// <summary>Retires this record in favour of <paramref name="survivor"/>.</summary>
    internal void MergeInto(Organisation survivor)
    {
        if (survivor.Id == Id)
        {
            throw new InvalidOperationException("An organisation cannot be merged into itself.");
        }

        MergedIntoId = survivor.Id;
        IsArchived = true;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
