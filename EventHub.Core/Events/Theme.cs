using System.Globalization;
using EventHub.Core.Common;

namespace EventHub.Core.Events;

/// <summary>
/// A subject the alliance works on ("SDG 4 Quality education", "Language and literacy"). Events and, later,
/// session outcomes are tagged with themes; the list is shared and organisers can extend it. A theme has an English
/// <see cref="Name"/> (also what makes it unique) and a <see cref="DutchName"/>; readers see the one of their language.
/// </summary>
public class Theme
{
    public const int NameMaxLength = 100;

    private Theme()
    {
    }

    public Theme(string name, string? dutchName = null)
    {
        Rename(name, dutchName);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? DutchName { get; private set; }
    public string NormalizedName { get; private set; } = "";
    public bool IsArchived { get; private set; }

    public void Rename(string name, string? dutchName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = TextNormalizer.OneLine(name);
        DutchName = string.IsNullOrWhiteSpace(dutchName) ? null : TextNormalizer.OneLine(dutchName);
        NormalizedName = TextNormalizer.ForUniqueness(Name);
    }

    /// <summary>The name in <paramref name="culture"/>'s language: Dutch when there is one, otherwise English.</summary>
    public string NameIn(CultureInfo culture) => NameIn(Name, DutchName, culture);

    /// <summary>The name in the language of the current request (the reader's on staff pages, the page's on public ones).</summary>
    public string LocalName => NameIn(CultureInfo.CurrentUICulture);

    /// <summary>The same choice for names read from the database without the entity.</summary>
    public static string NameIn(string name, string? dutchName, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "nl" && dutchName is not null ? dutchName : name;

    /// <summary>No longer offered when tagging events and records; the events and records that carry it keep it.</summary>
    public void Archive() => IsArchived = true;

    public void Restore() => IsArchived = false;
}
