using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.Core.Directory;

/// <summary>The columns of a contacts file: one row per contact, with the organisation's columns repeated.</summary>
public enum DirectoryColumn
{
    FirstName,
    LastName,
    Email,
    Phone,
    JobTitle,
    Language,
    Organisation,
    Sector,
    SubSector,
    Website,
    Address,
    Neighbourhood,
    Tags,

    /// <summary>
    /// The "tussenvoegsel" (van, de, van der) that Dutch lists keep in a column of its own; imported in front of the last
    /// name, as the directory stores it, and never exported as a column of its own.
    /// </summary>
    SurnamePrefix,
}

/// <summary>
/// Header names. The export writes a column's name in English or Dutch (<c>DirectoryColumn_*</c> in
/// <see cref="CoreTexts"/>, the names the import screen shows); the import recognises those and every other name
/// below, ignoring case, spaces, punctuation and accents, so an exported file always imports back.
/// </summary>
public static class DirectoryColumns
{
    private static readonly Dictionary<DirectoryColumn, string[]> OtherNames = new()
    {
        [DirectoryColumn.FirstName] = ["Firstname", "Given name", "Roepnaam"],
        [DirectoryColumn.LastName] = ["Surname", "Family name"],
        [DirectoryColumn.Email] = ["E-mail", "Email address", "E-mail address", "Mail"],
        [DirectoryColumn.Phone] = ["Telephone", "Phone number", "Telefoonnummer", "Mobile", "Mobiel"],
        [DirectoryColumn.JobTitle] = ["Role", "Functietitel"],
        [DirectoryColumn.Language] = ["Preferred language", "Voorkeurstaal"],
        [DirectoryColumn.Organisation] = ["Organization", "Company", "Bedrijf", "Organisation name", "Organization name", "Organisatienaam", "Naam organisatie", "Bedrijfsnaam"],
        [DirectoryColumn.Sector] = [],
        [DirectoryColumn.SubSector] = ["Sub sector"],
        [DirectoryColumn.Website] = ["Web site", "URL", "Site"],
        [DirectoryColumn.Address] = [],
        [DirectoryColumn.Neighbourhood] = ["Neighborhood", "Buurt"],
        [DirectoryColumn.Tags] = ["Tag", "Label"],
        [DirectoryColumn.SurnamePrefix] = ["Tussenvoegsels", "Voorvoegsel", "Tussenv", "Prefix", "Infix"],
    };

    private static readonly Dictionary<string, DirectoryColumn> ByKey = OtherNames
        .SelectMany(pair => new[] { Header(pair.Key, Language.En), Header(pair.Key, Language.Nl) }.Concat(pair.Value).Select(name => (Key: TextNormalizer.ForMatching(name), Column: pair.Key)))
        .DistinctBy(alias => alias.Key)
        .ToDictionary(alias => alias.Key, alias => alias.Column);

    /// <summary>The columns of a contacts export and of the import template: all but <see cref="DirectoryColumn.SurnamePrefix"/>.</summary>
    public static IReadOnlyList<DirectoryColumn> Written { get; } = Enum.GetValues<DirectoryColumn>().Where(c => c != DirectoryColumn.SurnamePrefix).ToArray();

    /// <summary>The organisation export's extra columns.</summary>
    public static string NotesHeader(Language language) => Localized.Core(language)["DirectoryExport_Notes"];

    public static string ContactCountHeader(Language language) => Localized.Core(language)["DirectoryExport_Contacts"];

    public static string Header(DirectoryColumn column, Language language) => Localized.Core(language).Name(column);

    /// <summary>The column a header names, or null when it names none of them.</summary>
    public static DirectoryColumn? Recognise(string header) =>
        ByKey.TryGetValue(TextNormalizer.ForMatching(header), out var column) ? column : null;
}
