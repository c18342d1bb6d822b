using EventHub.Core.Common;

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
}

/// <summary>
/// Header names in English and Dutch. The export writes the first English or Dutch name; the import recognises
/// every name below, ignoring case, spaces, punctuation and accents, so an exported file always imports back.
/// </summary>
public static class DirectoryColumns
{
    private static readonly Dictionary<DirectoryColumn, (string En, string Nl, string[] Others)> Names = new()
    {
        [DirectoryColumn.FirstName] = ("First name", "Voornaam", ["Firstname", "Given name", "Roepnaam"]),
        [DirectoryColumn.LastName] = ("Last name", "Achternaam", ["Surname", "Family name"]),
        [DirectoryColumn.Email] = ("Email", "E-mailadres", ["E-mail", "Email address", "E-mail address", "Mail"]),
        [DirectoryColumn.Phone] = ("Phone", "Telefoon", ["Telephone", "Phone number", "Telefoonnummer", "Mobile", "Mobiel"]),
        [DirectoryColumn.JobTitle] = ("Job title", "Functie", ["Role", "Functietitel"]),
        [DirectoryColumn.Language] = ("Language", "Taal", ["Preferred language", "Voorkeurstaal"]),
        [DirectoryColumn.Organisation] = ("Organisation", "Organisatie", ["Organization", "Company", "Bedrijf"]),
        [DirectoryColumn.Sector] = ("Sector", "Sector", []),
        [DirectoryColumn.SubSector] = ("Sub-sector", "Subsector", ["Sub sector"]),
        [DirectoryColumn.Website] = ("Website", "Website", ["Web site", "URL", "Site"]),
        [DirectoryColumn.Address] = ("Address", "Adres", []),
        [DirectoryColumn.Neighbourhood] = ("Neighbourhood", "Wijk", ["Neighborhood", "Buurt"]),
        [DirectoryColumn.Tags] = ("Tags", "Labels", ["Tag", "Label"]),
    };

    private static readonly Dictionary<string, DirectoryColumn> ByKey = Names
        .SelectMany(pair => new[] { pair.Value.En, pair.Value.Nl }.Concat(pair.Value.Others).Select(name => (Key: TextNormalizer.ForMatching(name), Column: pair.Key)))
        .DistinctBy(alias => alias.Key)
        .ToDictionary(alias => alias.Key, alias => alias.Column);

    /// <summary>The organisation export's extra columns.</summary>
    public static string NotesHeader(Language language) => language == Language.Nl ? "Notities" : "Notes";

    public static string ContactCountHeader(Language language) => language == Language.Nl ? "Contactpersonen" : "Contacts";

    public static string Header(DirectoryColumn column, Language language) =>
        language == Language.Nl ? Names[column].Nl : Names[column].En;

    /// <summary>The column a header names, or null when it names none of them.</summary>
    public static DirectoryColumn? Recognise(string header) =>
        ByKey.TryGetValue(TextNormalizer.ForMatching(header), out var column) ? column : null;
}
