using System.Globalization;
using EventHub.App.Components.Shared;
using EventHub.Core.Common;
using EventHub.Core.Directory;

namespace EventHub.App.Components.Pages.Directory;

/// <summary>Links to the export endpoints (CSV or Excel) that carry the list's current filter and the person's language.</summary>
public static class DirectoryExportLinks
{
    public static string Organisations(OrganisationQuery query, bool semicolon = false, ExportFormat format = ExportFormat.Csv) =>
        ExportRoutes.Link("directory/organisations", semicolon, format,
            ("search", query.Search),
            ("sector", query.Sector?.ToString()),
            ("subSector", query.SubSector?.ToString()),
            ("tag", query.Tag),
            ("archived", query.Archived ? "true" : null));

    public static string Contacts(ContactQuery query, bool semicolon = false, ExportFormat format = ExportFormat.Csv) =>
        ExportRoutes.Link("directory/contacts", semicolon, format,
            ("search", query.Search),
            ("organisationId", query.OrganisationId?.ToString(CultureInfo.InvariantCulture)),
            ("sector", query.Sector?.ToString()),
            ("language", query.Language?.ToString()),
            ("withoutOrganisation", query.WithoutOrganisation ? "true" : null),
            ("archived", query.Archived ? "true" : null));
}
