using EventHub.Core.Common;

namespace EventHub.Core.Events;

/// <summary>
/// A subject the alliance works on ("SDG 4 Quality education", "Language and literacy"). Events and, later,
/// session outcomes are tagged with themes; the list is shared and organisers can extend it.
/// </summary>
public class Theme
{
    public const int NameMaxLength = 100;

    private Theme()
    {
    }

    public Theme(string name)
    {
        Rename(name);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public bool IsArchived { get; private set; }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        NormalizedName = TextNormalizer.ForUniqueness(Name);
    }

    public void Archive() => IsArchived = true;
}
