using System.Globalization;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using Microsoft.AspNetCore.WebUtilities;

namespace EventHub.App.Components.Pages.Directory;

/// <summary>Links to the export endpoints (CSV or Excel) that carry the list's current filter and the person's language.</summary>
public static class DirectoryExportLinks
{
    public static string Organisations(OrganisationQuery query, bool semicolon = false, ExportFormat format = ExportFormat.Csv) =>
        QueryHelpers.AddQueryString($"directory/organisations.{format.Extension()}", Parameters(semicolon, format,
            ("search", query.Search),
            ("sector", query.Sector?.ToString()),
            ("subSector", query.SubSector?.ToString()),
            ("tag", query.Tag),
            ("archived", query.Archived ? "true" : null)));

    public static string Contacts(ContactQuery query, bool semicolon = false, ExportFormat format = ExportFormat.Csv) =>
        QueryHelpers.AddQueryString($"directory/contacts.{format.Extension()}", Parameters(semicolon, format,
            ("search", query.Search),
            ("organisationId", query.OrganisationId?.ToString(CultureInfo.InvariantCulture)),
            ("sector", query.Sector?.ToString()),
            ("language", query.Language?.ToString()),
            ("withoutOrganisation", query.WithoutOrganisation ? "true" : null),
            ("archived", query.Archived ? "true" : null)));

    private static Dictionary<string, string?> Parameters(bool semicolon, ExportFormat format, params (string Name, string? Value)[] filters)
    {
        var parameters = filters.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Name, f => f.Value);
        parameters["lang"] = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        if (format == ExportFormat.Csv)
        {
            parameters["delimiter"] = semicolon ? "semicolon" : "comma";
        }

        return parameters;
    }
}
