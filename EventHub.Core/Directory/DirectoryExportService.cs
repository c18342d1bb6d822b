using EventHub.Core.Audit;
using System.Globalization;
using CsvHelper;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Directory;

/// <summary>
/// Streams the directory as CSV for the current filter: the list's query (its <c>Apply</c> and <c>Order</c>, without
/// paging), row by row from the database to the destination. A contacts file imports back as it is.
/// </summary>
public sealed class DirectoryExportService(IDbContextFactory<EventHubDbContext> dbFactory)
{
    private static readonly DirectoryColumn[] OrganisationColumns =
    [
        DirectoryColumn.Organisation, DirectoryColumn.Sector, DirectoryColumn.SubSector, DirectoryColumn.Website,
        DirectoryColumn.Address, DirectoryColumn.Neighbourhood, DirectoryColumn.Tags,
    ];

    public async Task WriteContactsAsync(ContactQuery query, Stream destination, CsvExportOptions options, TeamMember caller, CancellationToken ct = default)
    {
        EnsureOrganiser(caller);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = query.Order(query.Apply(db.Contacts.AsNoTracking()))
            .Select(c => new
            {
                c.FirstName,
                c.LastName,
                c.Email,
                c.Phone,
                c.JobTitle,
                c.PreferredLanguage,
                OrganisationName = c.Organisation!.Name,
                Sector = (Sector?)c.Organisation!.Sector,
                c.Organisation!.SubSector,
                c.Organisation!.Website,
                c.Organisation!.Address,
                c.Organisation!.Neighbourhood,
                Tags = c.Organisation!.Tags.Select(t => t.Name).ToList(),
            })
            .AsAsyncEnumerable();

        await using var csv = CsvWriter.Create(destination, CsvExport.Options(options.Separator), leaveOpen: true);
        await WriteHeaderAsync(csv, DirectoryColumns.Written.Select(c => DirectoryColumns.Header(c, options.Language)), ct);
        var written = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            csv.WriteField(row.FirstName);
            csv.WriteField(row.LastName);
            csv.WriteField(row.Email);
            csv.WriteField(row.Phone);
            csv.WriteField(row.JobTitle);
            csv.WriteField(row.PreferredLanguage.ToCultureName());
            WriteOrganisation(csv, options.Language, row.OrganisationName, row.Sector, row.SubSector, row.Website, row.Address, row.Neighbourhood, row.Tags);
            await csv.EndRecordAsync(ct);
            written++;
        }

        await csv.FlushAsync(ct);
        await AuditTrail.RecordExportAsync(dbFactory, "Contact", "*", $"{written} contacts exported (CSV)", ct);
    }

    public async Task WriteOrganisationsAsync(OrganisationQuery query, Stream destination, CsvExportOptions options, TeamMember caller, CancellationToken ct = default)
    {
        EnsureOrganiser(caller);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contacts = db.Contacts.AsNoTracking();
        var rows = query.Order(query.Apply(db.Organisations.AsNoTracking(), contacts), contacts)
            .Select(o => new
            {
                o.Name,
                o.Sector,
                o.SubSector,
                o.Website,
                o.Address,
                o.Neighbourhood,
                Tags = o.Tags.Select(t => t.Name).ToList(),
                o.Notes,
                Contacts = contacts.Count(c => c.OrganisationId == o.Id && c.MergedIntoId == null && !c.IsArchived),
            })
            .AsAsyncEnumerable();

        await using var csv = CsvWriter.Create(destination, CsvExport.Options(options.Separator), leaveOpen: true);
        var headers = OrganisationColumns.Select(c => DirectoryColumns.Header(c, options.Language))
            .Append(DirectoryColumns.NotesHeader(options.Language))
            .Append(DirectoryColumns.ContactCountHeader(options.Language));
        await WriteHeaderAsync(csv, headers, ct);
        await foreach (var row in rows.WithCancellation(ct))
        {
            WriteOrganisation(csv, options.Language, row.Name, row.Sector, row.SubSector, row.Website, row.Address, row.Neighbourhood, row.Tags);
            csv.WriteField(row.Notes);
            csv.WriteField(row.Contacts.ToString(CultureInfo.InvariantCulture));
            await csv.EndRecordAsync(ct);
        }

        await csv.FlushAsync(ct);
    }

    private static async Task WriteHeaderAsync(CsvWriter csv, IEnumerable<string> headers, CancellationToken ct)
    {
        foreach (var header in headers)
        {
            csv.WriteField(header);
        }

        await csv.EndRecordAsync(ct);
    }

    private static void WriteOrganisation(
        CsvWriter csv, Language language, string? name, Sector? sector, SubSector? subSector,
        string? website, string? address, string? neighbourhood, IReadOnlyList<string> tags)
    {
        csv.WriteField(name);
        csv.WriteField(sector is { } s ? Localized.Core(language).Name(s) : null);
        csv.WriteField(subSector is { } sub ? Localized.Core(language).Name(sub) : null);
        csv.WriteField(website);
        csv.WriteField(address);
        csv.WriteField(neighbourhood);
        // The import splits tags on | (and on commas); | reads better and rarely occurs in a tag.
        csv.WriteField(string.Join(" | ", tags.Order(StringComparer.CurrentCultureIgnoreCase)));
    }

    /// <summary>The export endpoints are for organisers; anyone else reaching this is a programming error, not a user's mistake.</summary>
    private static void EnsureOrganiser(TeamMember caller)
    {
        if (!caller.IsOrganiser)
        {
            throw new UnauthorizedAccessException(AccessErrors.NotAllowed);
        }
    }
}
