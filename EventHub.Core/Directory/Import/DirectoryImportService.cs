using CsvHelper;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EventHub.Core.Directory.Import;

/// <summary>
/// Imports contacts (and their organisations) from a CSV file or an Excel workbook: preview with a suggested column mapping, a check
/// that changes nothing, and the import itself in one transaction, so a failure leaves the directory as it was.
/// The file's addresses and organisation names are looked up as one parameter each (<c>EF.Parameter</c>): EF Core 10
/// would otherwise send every value as its own, and SQLite takes at most 32,766 (a file of about 33,000 rows failed).
/// </summary>
public sealed class DirectoryImportService(
    IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time, ILogger<DirectoryImportService>? logger = null)
{
    private const int ProgressEvery = 250;

    /// <summary>The headers, the first rows and the mapping the headers suggest.</summary>
    public Result<ImportPreview> Preview(ImportFile file, int rowCount = 5)
    {
        if (!TryRead(file, out var table, out var error))
        {
            return Result<ImportPreview>.Failure(error);
        }

        var mapping = new ImportMapping(table.Headers.Select(DirectoryColumns.Recognise).ToList());
        var rows = table.Rows.Take(rowCount).Select(r => (IReadOnlyList<string>)r.Values).ToList();
        return Result<ImportPreview>.Success(new ImportPreview(table.Delimiter, table.Headers, rows, table.Rows.Count, mapping, file.Encoding, table.HeaderLine, table.Sheet));
    }

    /// <summary>
    /// The values of the columns mapped to sector and sub-sector that EventHub does not recognise, each once with the
    /// number of rows that say it, for the organiser to map to the taxonomy (or leave, and have those rows reported).
    /// </summary>
    public IReadOnlyList<UnknownValue> UnknownValues(ImportFile file, ImportMapping mapping)
    {
        if (!TryRead(file, out var table, out _))
        {
            return [];
        }

        var unknown = new List<UnknownValue>();
        foreach (var column in new[] { DirectoryColumn.Sector, DirectoryColumn.SubSector })
        {
            var index = mapping.Columns.ToList().IndexOf(column);
            if (index < 0)
            {
                continue;
            }

            unknown.AddRange(table.Rows
                .Where(r => !table.IsShifted(r)) // reported as shifted: its values are not what their columns say
                .Select(r => index < r.Values.Length ? r.Values[index] : "")
                .Where(v => v.Length > 0 && !Recognised(column, v))
                .GroupBy(TextNormalizer.ForMatching)
                .Select(g => new UnknownValue(column, g.First(), g.Key, g.Count()))
                .OrderByDescending(v => v.Rows).ThenBy(v => v.Value, StringComparer.CurrentCultureIgnoreCase));
        }

        return unknown;
    }

    private static bool Recognised(DirectoryColumn column, string value) => column == DirectoryColumn.Sector
        ? SectorRecognizer.TryRecognise(value, out SectorMatch _, out _)
        : SectorRecognizer.TryRecognise(value, out SubSector _, out _);

    /// <summary>Checks every row against the rules and the directory, and says what an import would do. Writes nothing.</summary>
    public async Task<ImportCheck> CheckAsync(
        ImportFile file, ImportMapping mapping, ImportOptions options, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var (rows, total, problems, columnName) = Validate(file, mapping, progress, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var emails = rows.Select(r => r.NormalizedEmail).ToList();
        var existingContacts = await db.Contacts.Where(c => c.MergedIntoId == null && EF.Parameter(emails).Contains(c.NormalizedEmail))
            .ToDictionaryAsync(c => c.NormalizedEmail, c => new ExistingContact(c.OrganisationId, c.IsArchived), ct);
        var organisations = await LoadOrganisationsAsync(db.Organisations.AsNoTracking(), rows, ct);

        var plan = ImportPlanner.Plan(rows, organisations.GetValueOrDefault, e => existingContacts.TryGetValue(e, out var c) ? c : null, options, columnName, problems);
        return new ImportCheck(
            total,
            plan.Rows.Count,
            problems.Where(p => p.IsError).Select(p => p.Line).Distinct().Count(),
            plan.NewContacts,
            plan.ExistingContacts,
            plan.NewOrganisations.Count,
            Sorted(problems),
            plan.Rows.Count(r => r.UsedValueMapping));
    }

    /// <summary>
    /// Checks and writes in one transaction (the check is repeated inside it, so nobody else's change slips in
    /// between). Nothing is written when <see cref="InvalidRowHandling.CancelImport"/> meets a problem.
    /// </summary>
    public async Task<ImportSummary> ImportAsync(
        ImportFile file, ImportMapping mapping, ImportOptions options, TeamMember importer, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        // Behind the organisers' import page; anyone else reaching this is a programming error, not a user's mistake.
        if (!importer.IsOrganiser)
        {
            throw new UnauthorizedAccessException(AccessErrors.NotAllowed);
        }

        var (rows, total, validationProblems, columnName) = Validate(file, mapping, progress, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var summary = await dbFactory.WriteAsync(async (db, token) =>
        {
            // A busy retry runs this again from the start, so it must not keep anything from an earlier attempt.
            var problems = new List<ImportProblem>(validationProblems);
            var emails = rows.Select(r => r.NormalizedEmail).ToList();
            var contacts = await db.Contacts.Include(c => c.Affiliations)
                .Where(c => c.MergedIntoId == null && EF.Parameter(emails).Contains(c.NormalizedEmail))
                .ToDictionaryAsync(c => c.NormalizedEmail, token);
            var organisations = await LoadOrganisationsAsync(db.Organisations.Include(o => o.Tags), rows, token);
            await LoadCurrentOrganisationsAsync(db, contacts.Values, token);

            var plan = ImportPlanner.Plan(rows, organisations.GetValueOrDefault,
                e => contacts.TryGetValue(e, out var c) ? new ExistingContact(c.OrganisationId, c.IsArchived) : null, options, columnName, problems);
            if (options.InvalidRows == InvalidRowHandling.CancelImport && problems.Any(p => p.IsError))
            {
                return new ImportSummary(ImportOutcome.Cancelled, total, 0, 0, 0, 0, Sorted(problems));
            }

            var writer = new ImportWriter(db, organisations, plan.NewOrganisations, contacts, now);
            for (var i = 0; i < plan.Rows.Count; i++)
            {
                token.ThrowIfCancellationRequested();
                writer.Write(plan.Rows[i]);
                Report(progress, ImportPhase.Writing, i + 1, plan.Rows.Count);
            }

            var counts = writer.Finish();
            progress?.Report(new ImportProgress(ImportPhase.Saving, plan.Rows.Count, plan.Rows.Count));
            return new ImportSummary(
                ImportOutcome.Imported, total, counts.CreatedContacts, counts.UpdatedContacts,
                counts.CreatedOrganisations, counts.UpdatedOrganisations, Sorted(problems), plan.Rows.Count(r => r.UsedValueMapping), counts.UnchangedContacts);
        }, ct);

        if (summary.Outcome == ImportOutcome.Imported)
        {
            // A large import changes the shape of the tables; let SQLite's planner catch up for the lists.
            await EventHubDatabase.OptimizeAsync(dbFactory, ct);
        }

        return summary;
    }

    private (List<ParsedRow> Rows, int Total, List<ImportProblem> Problems, Func<ParsedRow, DirectoryColumn, string> ColumnName) Validate(
        ImportFile file, ImportMapping mapping, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var rows = new List<ParsedRow>();
        var problems = new List<ImportProblem>();
        if (!TryRead(file, out var table, out var error))
        {
            problems.Add(new ImportProblem(1, "", null, error));
            return (rows, 0, problems, (_, _) => "");
        }

        var validator = new ImportRowValidator(table, mapping);
        problems.AddRange(ImportRowValidator.CheckMapping(table.Headers, mapping));
        if (problems.Count > 0)
        {
            return (rows, table.Rows.Count, problems, (_, c) => validator.ColumnName(c));
        }

        for (var i = 0; i < table.Rows.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            if (validator.Validate(table.Rows[i], problems) is { } row)
            {
                rows.Add(row);
            }

            Report(progress, ImportPhase.Checking, i + 1, table.Rows.Count);
        }

        return (rows, table.Rows.Count, problems, (_, c) => validator.ColumnName(c));
    }

    private bool TryRead(ImportFile file, out RawTable table, out string error)
    {
        if (XlsxImportReader.IsZip(file))
        {
            var workbook = XlsxImportReader.Read(file, logger);
            (table, error) = workbook.Succeeded ? (workbook.Value, "") : (new RawTable(',', [], []), workbook.ErrorCode!);
            return workbook.Succeeded;
        }

        if (NotCsvFiles.Problem(file) is { } notCsv)
        {
            (table, error) = (new RawTable(',', [], []), notCsv);
            return false;
        }

        try
        {
            table = CsvImportReader.Read(file);
        }
        catch (CsvFormatException)
        {
            table = new RawTable(',', [], []);
            error = ImportErrors.FileUnreadable;
            return false;
        }

        error = table.Headers.Length == 0 || table.Headers.All(h => h.Length == 0) ? ImportErrors.FileEmpty : "";
        return error.Length == 0;
    }

    /// <summary>The live organisations the file names, by normalized name (merged records do not count, as in the unique index).</summary>
    private static async Task<Dictionary<string, Organisation>> LoadOrganisationsAsync(
        IQueryable<Organisation> source, IReadOnlyList<ParsedRow> rows, CancellationToken ct)
    {
        var names = rows.Where(r => r.Organisation is not null)
            .Select(r => TextNormalizer.ForUniqueness(r.Organisation!.Name)).Distinct().ToList();
        return await source.Where(o => o.MergedIntoId == null && EF.Parameter(names).Contains(o.NormalizedName))
            .ToDictionaryAsync(o => o.NormalizedName, ct);
    }

    /// <summary>Loads the organisations existing contacts belong to, so that moving them compares the same instances.</summary>
    private static async Task LoadCurrentOrganisationsAsync(EventHubDbContext db, IEnumerable<Contact> contacts, CancellationToken ct)
    {
        var ids = contacts.Where(c => c.OrganisationId is not null).Select(c => c.OrganisationId!.Value).Distinct().ToList();
        await db.Organisations.Where(o => EF.Parameter(ids).Contains(o.Id)).LoadAsync(ct);
    }

    private static void Report(IProgress<ImportProgress>? progress, ImportPhase phase, int done, int total)
    {
        if (progress is not null && (done % ProgressEvery == 0 || done == total))
        {
            progress.Report(new ImportProgress(phase, done, total));
        }
    }

    private static List<ImportProblem> Sorted(IEnumerable<ImportProblem> problems) =>
        problems.OrderBy(p => p.Line).ToList();
}
