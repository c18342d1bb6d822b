namespace EventHub.Core.Directory.Import;

/// <summary>What to do with rows that have problems.</summary>
public enum InvalidRowHandling
{
    /// <summary>Import the good rows, report the others.</summary>
    Skip,

    /// <summary>Import nothing when any row has a problem.</summary>
    CancelImport,
}

/// <summary>What to do with a row whose email address belongs to a contact already.</summary>
public enum ExistingContactHandling
{
    Update,
    Skip,
}

public sealed record ImportOptions(
    InvalidRowHandling InvalidRows = InvalidRowHandling.Skip,
    ExistingContactHandling ExistingContacts = ExistingContactHandling.Update);

/// <summary>
/// Which field each column of the file feeds, by column position (null ignores the column), and what the organiser
/// chose for sector and sub-sector values EventHub does not know, keyed by <see cref="UnknownValue.Key"/>.
/// </summary>
public sealed record ImportMapping(
    IReadOnlyList<DirectoryColumn?> Columns,
    IReadOnlyDictionary<string, Sector>? SectorValues = null,
    IReadOnlyDictionary<string, SubSector>? SubSectorValues = null)
{
    public ImportMapping WithSectorValue(string key, Sector? sector) =>
        this with { SectorValues = With(SectorValues, key, sector) };

    public ImportMapping WithSubSectorValue(string key, SubSector? subSector) =>
        this with { SubSectorValues = With(SubSectorValues, key, subSector) };

    private static Dictionary<string, T> With<T>(IReadOnlyDictionary<string, T>? values, string key, T? value) where T : struct
    {
        var copy = values?.ToDictionary() ?? [];
        if (value is { } chosen)
        {
            copy[key] = chosen;
        }
        else
        {
            copy.Remove(key);
        }

        return copy;
    }
}

/// <summary>
/// A value in the sector or sub-sector column that EventHub does not recognise, with the number of rows that say it;
/// <see cref="Key"/> is the value as compared (case, spaces and punctuation ignored), so "Buurt-initiatief" and
/// "buurtinitiatief" are one value.
/// </summary>
public sealed record UnknownValue(DirectoryColumn Column, string Value, string Key, int Rows);

/// <summary>The sheet of a workbook an import read: its name, its place among the sheets (from 1) and how many there are.</summary>
public sealed record WorkbookSheet(string Name, int Position, int Count);

/// <summary>
/// The first rows of a file and the mapping its headers suggest, for the organiser to check; <see cref="HeaderLine"/> is
/// the file's line with the column names, after the lines above it that were left out (a title, Excel's "sep=;");
/// <see cref="Sheet"/> the sheet read when the file is a workbook.
/// </summary>
public sealed record ImportPreview(
    char Delimiter,
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    int TotalRows,
    ImportMapping SuggestedMapping,
    FileEncoding Encoding,
    int HeaderLine = 1,
    WorkbookSheet? Sheet = null);

public enum ImportPhase
{
    Checking,
    Writing,
    Saving,
}

public readonly record struct ImportProgress(ImportPhase Phase, int Done, int Total);

/// <summary>
/// One problem in one row: <see cref="Line"/> is the physical line the row starts on (the header is line 1),
/// <see cref="Column"/> the header of the column in the file.
/// </summary>
public sealed record ImportProblem(int Line, string Column, string? Value, string Code, string? Detail = null)
{
    /// <summary>False for a row skipped on purpose (an existing email the organiser chose not to update).</summary>
    public bool IsError => Code != ImportErrors.ExistingEmailSkipped;
}

/// <summary>What an import would do, checked against the directory without changing it.</summary>
public sealed record ImportCheck(
    int TotalRows,
    int ValidRows,
    int RowsWithProblems,
    int NewContacts,
    int ExistingContacts,
    int NewOrganisations,
    IReadOnlyList<ImportProblem> Problems,
    int RowsUsingValueMapping = 0);

public enum ImportOutcome
{
    Imported,

    /// <summary>Nothing was written: rows had problems and the organiser chose to cancel in that case.</summary>
    Cancelled,
}

public sealed record ImportSummary(
    ImportOutcome Outcome,
    int TotalRows,
    int CreatedContacts,
    int UpdatedContacts,
    int CreatedOrganisations,
    int UpdatedOrganisations,
    IReadOnlyList<ImportProblem> Problems,
    int RowsUsingValueMapping = 0,
    int UnchangedContacts = 0)
{
    /// <summary>Rows not written, each once, whatever the number of problems they had.</summary>
    public int SkippedRows => Outcome == ImportOutcome.Cancelled ? TotalRows : Problems.Select(p => p.Line).Distinct().Count();
}
