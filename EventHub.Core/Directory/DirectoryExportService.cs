using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Directory;

/// <summary>
/// Streams the directory as CSV or an Excel workbook for the current filter: the list's query (its <c>Apply</c> and <c>Order</c>, without
/// paging), row by row from the database to the destination. A contacts file imports back as it is.
/// </summary>
public sealed class DirectoryExportService(IDbContextFactory<EventHubDbContext> dbFactory)
{
    private static readonly DirectoryColumn[] OrganisationColumns =
    [
        DirectoryColumn.Organisation, DirectoryColumn.Sector, DirectoryColumn.SubSector, DirectoryColumn.Website,
        DirectoryColumn.Address, DirectoryColumn.Neighbourhood, DirectoryColumn.Tags,
    ];

    public async Task WriteContactsAsync(ContactQuery query, Stream destination, ExportOptions options, TeamMember caller, CancellationToken ct = default)
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

        var text = Localized.Core(options.Language);
        var headers = DirectoryColumns.Written.Select(c => DirectoryColumns.Header(c, options.Language)).ToList();
        var cells = rows.Select(row => (IReadOnlyList<object?>)
        [
            row.FirstName, row.LastName, Contact.IsRealEmail(row.Email) ? row.Email : null, row.Phone, row.JobTitle, row.PreferredLanguage.ToCultureName(),
            .. Organisation(text, row.OrganisationName, row.Sector, row.SubSector, row.Website, row.Address, row.Neighbourhood, row.Tags),
        ]);
        var written = await TableExport.WriteAsync(headers, cells, destination, options, text["DirectoryExport_ContactsFileName"], ct);
        await AuditTrail.RecordExportAsync(dbFactory, "Contact", "*", AuditSummary.Of("ContactsExported", written, options.Format.AuditName()), ct);
    }

    public async Task WriteOrganisationsAsync(OrganisationQuery query, Stream destination, ExportOptions options, TeamMember caller, CancellationToken ct = default)
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

        var text = Localized.Core(options.Language);
        var headers = OrganisationColumns.Select(c => DirectoryColumns.Header(c, options.Language))
            .Append(DirectoryColumns.NotesHeader(options.Language))
            .Append(DirectoryColumns.ContactCountHeader(options.Language))
            .ToList();
        var cells = rows.Select(row => (IReadOnlyList<object?>)
        [
            .. Organisation(text, row.Name, row.Sector, row.SubSector, row.Website, row.Address, row.Neighbourhood, row.Tags),
            row.Notes, row.Contacts,
        ]);
        await TableExport.WriteAsync(headers, cells, destination, options, text["DirectoryExport_OrganisationsFileName"], ct);
    }

    private static object?[] Organisation(
        Localized text, string? name, Sector? sector, SubSector? subSector,
        string? website, string? address, string? neighbourhood, IReadOnlyList<string> tags) =>
    [
        name,
        sector is { } s ? text.Name(s) : null,
        subSector is { } sub ? text.Name(sub) : null,
        website,
        address,
        neighbourhood,
        // The import splits tags on | (and on commas); | reads better and rarely occurs in a tag.
        string.Join(" | ", tags.Order(StringComparer.CurrentCultureIgnoreCase)),
    ];

    /// <summary>The export endpoints are for organisers; anyone else reaching this is a programming error, not a user's mistake.</summary>
    private static void EnsureOrganiser(TeamMember caller)
    {
        if (!caller.IsOrganiser)
        {
            throw new UnauthorizedAccessException(AccessErrors.NotAllowed);
        }
    }
}
