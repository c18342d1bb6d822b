using EventHub.Core.Common;
using EventHub.Core.Directory;

namespace EventHub.Core.Directory.Import;

/// <summary>A row that passed the checks that need no database: what it says, in the directory's terms.</summary>
internal sealed record ParsedRow(
    int Line,
    ContactInput Contact,
    string NormalizedEmail,
    bool LanguageGiven,
    OrganisationInput? Organisation,
    bool SectorGiven,
    bool UsedValueMapping = false);

/// <summary>
/// The checks on one row that need no database: required fields, lengths, email format and sector names (through
/// <see cref="DirectoryRules"/>, so forms and imports agree), and email addresses repeated within the file.
/// </summary>
internal sealed class ImportRowValidator
{
    private static readonly char[] TagSeparators = ['|', ','];

    private readonly Dictionary<DirectoryColumn, int> _indexOf = [];
    private readonly RawTable _table;
    private readonly string[] _headers;
    private readonly Dictionary<string, int> _firstLineByEmail = [];
    private readonly ImportMapping _mapping;

    public ImportRowValidator(RawTable table, ImportMapping mapping)
    {
        _table = table;
        _headers = table.Headers;
        _mapping = mapping;
        for (var i = 0; i < mapping.Columns.Count; i++)
        {
            if (mapping.Columns[i] is { } column)
            {
                _indexOf.TryAdd(column, i);
            }
        }
    }

    /// <summary>Problems with the mapping itself (a required column not mapped, a field mapped twice), reported on the header line.</summary>
    public static IReadOnlyList<ImportProblem> CheckMapping(IReadOnlyList<string> headers, ImportMapping mapping)
    {
        var problems = new List<ImportProblem>();
        foreach (var required in new[] { DirectoryColumn.FirstName, DirectoryColumn.LastName, DirectoryColumn.Email })
        {
            if (!mapping.Columns.Contains(required))
            {
                problems.Add(new ImportProblem(1, "", null, ImportErrors.ColumnMissing, required.ToString()));
            }
        }

        foreach (var twice in mapping.Columns.OfType<DirectoryColumn>().GroupBy(c => c).Where(g => g.Count() > 1))
        {
            var index = mapping.Columns.ToList().LastIndexOf(twice.Key);
            problems.Add(new ImportProblem(1, index < headers.Count ? headers[index] : "", null, ImportErrors.ColumnMappedTwice, twice.Key.ToString()));
        }

        return problems;
    }

    public ParsedRow? Validate(RawRow row, List<ImportProblem> problems)
    {
        if (row.UnclosedQuote)
        {
            problems.Add(new ImportProblem(row.Line, "", null, ImportErrors.UnclosedQuote));
            return null;
        }

        if (_table.IsShifted(row))
        {
            // Shifted values would land in the wrong fields without any of them looking wrong.
            problems.Add(new ImportProblem(row.Line, "", null, ImportErrors.ValuesPastLastColumn,
                _headers.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }

        var before = problems.Count;
        void Problem(DirectoryColumn column, string code, string? detail = null) =>
            problems.Add(new ImportProblem(row.Line, ColumnName(column), Shorten(Value(row, column)), code, detail));

        var language = Language.Nl;
        var languageText = Value(row, DirectoryColumn.Language);
        if (languageText is not null && !ImportLanguages.TryRead(languageText, out language))
        {
            Problem(DirectoryColumn.Language, ImportErrors.UnknownLanguage);
        }

        var contact = new ContactInput(
            Value(row, DirectoryColumn.FirstName) ?? "",
            LastName(row),
            Value(row, DirectoryColumn.Email) ?? "",
            language,
            Phone: Value(row, DirectoryColumn.Phone),
            JobTitle: Value(row, DirectoryColumn.JobTitle));
        foreach (var error in DirectoryRules.Check(contact))
        {
            Problem(Enum.Parse<DirectoryColumn>(error.Field), error.Code, error.Detail is { } d && error.Code == DirectoryErrors.TooLong ? d : null);
        }

        var normalizedEmail = TextNormalizer.ForEmail(contact.Email);
        if (normalizedEmail.Length > 0)
        {
            if (_firstLineByEmail.TryGetValue(normalizedEmail, out var firstLine))
            {
                Problem(DirectoryColumn.Email, ImportErrors.DuplicateEmailInFile, firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                _firstLineByEmail[normalizedEmail] = row.Line;
            }
        }

        var organisation = ValidateOrganisation(row, Problem, out var sectorGiven, out var usedValueMapping);
        return problems.Count == before
            ? new ParsedRow(row.Line, contact, normalizedEmail, languageText is not null, organisation, sectorGiven, usedValueMapping)
            : null;
    }

    private OrganisationInput? ValidateOrganisation(
        RawRow row, Action<DirectoryColumn, string, string?> problem, out bool sectorGiven, out bool usedValueMapping)
    {
        var name = Value(row, DirectoryColumn.Organisation);
        Sector? sector = null;
        SubSector? subSector = null;
        SubSector? impliedSubSector = null;
        usedValueMapping = false;
        if (Value(row, DirectoryColumn.Sector) is { } sectorText)
        {
            if (SectorRecognizer.TryRecognise(sectorText, out SectorMatch found, out var suggestion))
            {
                (sector, impliedSubSector) = (found.Sector, found.SubSector);
            }
            else if (Chosen(_mapping.SectorValues, sectorText) is { } chosen)
            {
                sector = chosen;
                usedValueMapping = true;
            }
            else
            {
                problem(DirectoryColumn.Sector, ImportErrors.UnknownSector, suggestion?.ToString());
            }
        }

        if (Value(row, DirectoryColumn.SubSector) is { } subSectorText)
        {
            if (SectorRecognizer.TryRecognise(subSectorText, out SubSector found, out var suggestion))
            {
                subSector = found;
            }
            else if (Chosen(_mapping.SubSectorValues, subSectorText) is { } chosen)
            {
                subSector = chosen;
                usedValueMapping = true;
            }
            else
            {
                problem(DirectoryColumn.SubSector, ImportErrors.UnknownSubSector, suggestion?.ToString());
            }

            // A sub-sector alone says which sector it is in.
            sector ??= subSector is { } given && Value(row, DirectoryColumn.Sector) is null ? SectorTaxonomy.SectorOf(given) : null;
        }
        else
        {
            // "MBO" in the sector column says the sub-sector too, when no column of its own says otherwise.
            subSector = impliedSubSector;
        }

        sectorGiven = sector is not null;
        var tags = (Value(row, DirectoryColumn.Tags) ?? "")
            .Split(TagSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (name is null)
        {
            // The organisation's columns mean nothing for an independent resident; say so rather than drop them quietly.
            foreach (var column in new[] { DirectoryColumn.Sector, DirectoryColumn.SubSector, DirectoryColumn.Website, DirectoryColumn.Address, DirectoryColumn.Neighbourhood, DirectoryColumn.Tags })
            {
                if (Value(row, column) is not null)
                {
                    problem(column, ImportErrors.NeedsOrganisation, null);
                }
            }

            return null;
        }

        var input = new OrganisationInput(
            name,
            sector ?? default,
            subSector,
            Value(row, DirectoryColumn.Website),
            Value(row, DirectoryColumn.Address),
            Value(row, DirectoryColumn.Neighbourhood),
            TagList: tags);
        foreach (var error in DirectoryRules.Check(input))
        {
            // Without a sector of its own the row cannot contradict its sub-sector.
            if (error.Code == DirectoryErrors.SubSectorMismatch && sector is null)
            {
                continue;
            }

            var column = error.Field == nameof(OrganisationInput.Name) ? DirectoryColumn.Organisation : Enum.Parse<DirectoryColumn>(error.Field);
            problem(column, error.Code, error.Code == DirectoryErrors.TooLong ? error.Detail : null);
        }

        return input with { Website = input.Website is { } website ? DirectoryRules.NormalizeWebsite(website) ?? website : null };
    }

    public string ColumnName(DirectoryColumn column) =>
        _indexOf.TryGetValue(column, out var index) && index < _headers.Length && _headers[index].Length > 0
            ? _headers[index]
            : DirectoryColumns.Header(column, Language.En);

    /// <summary>The last name with its "tussenvoegsel" in front ("van der" + "Berg"); empty when the last name is, so that is reported.</summary>
    private string LastName(RawRow row) => (Value(row, DirectoryColumn.SurnamePrefix), Value(row, DirectoryColumn.LastName)) switch
    {
        ({ } prefix, { } lastName) => $"{prefix} {lastName}",
        (_, var lastName) => lastName ?? "",
    };

    private string? Value(RawRow row, DirectoryColumn column) =>
        _indexOf.TryGetValue(column, out var index) && index < row.Values.Length && row.Values[index].Length > 0
            ? row.Values[index]
            : null;

    /// <summary>What the organiser chose for a value EventHub did not recognise, if anything.</summary>
    private static T? Chosen<T>(IReadOnlyDictionary<string, T>? values, string text) where T : struct =>
        values is not null && values.TryGetValue(TextNormalizer.ForMatching(text), out var chosen) ? chosen : null;

    private static string? Shorten(string? value) => value is { Length: > 200 } ? value[..200] + "…" : value;
}
