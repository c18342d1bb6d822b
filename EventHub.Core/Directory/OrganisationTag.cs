using EventHub.Core.Common;

namespace EventHub.Core.Directory;

/// <summary>A free label on an organisation ("VVE", "Oosterpark", "taalhuis-netwerk"), used to filter the directory.</summary>
public class OrganisationTag
{
    public const int MaxLength = 50;

    private OrganisationTag()
    {
    }

    internal OrganisationTag(string name)
    {
        name = TextNormalizer.OneLine(name);
        Name = name.Length <= MaxLength ? name : name[..MaxLength];
        NormalizedName = TextNormalizer.ForUniqueness(Name);
    }

    public int OrganisationId { get; private set; }
    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
}
