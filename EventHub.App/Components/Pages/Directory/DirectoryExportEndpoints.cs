using EventHub.App.Components.Shared;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Texts;

namespace EventHub.App.Components.Pages.Directory;

/// <summary>
/// <c>GET /directory/organisations.csv</c> and <c>GET /directory/contacts.csv</c> (and <c>.xlsx</c>, an Excel workbook):
/// the lists' current filter, streamed, for organisers. Query parameters mirror <see cref="OrganisationQuery"/> and <see cref="ContactQuery"/>,
/// plus <c>delimiter=semicolon|comma</c> and <c>lang=nl|en</c> (default: the request's language).
/// </summary>
public static class DirectoryExportEndpoints
{
    public static IEndpointRouteBuilder MapDirectoryExport(this IEndpointRouteBuilder endpoints)
    {
        var directory = endpoints.MapGroup("/directory").RequireAuthorization(Policies.Organise);
        foreach (var pattern in ExportRoutes.Patterns("/organisations"))
        {
            directory.MapGet(pattern, ExportOrganisations);
        }

        foreach (var pattern in ExportRoutes.Patterns("/contacts"))
        {
            directory.MapGet(pattern, ExportContacts);
        }

        return endpoints;
    }

    private static IResult ExportOrganisations(
        DirectoryExportService export, TimeProvider time, HttpContext context,
        string? search, Sector? sector, SubSector? subSector, string? tag, bool? archived,
        OrganisationSort? sort, bool? descending, string? delimiter, string? lang)
    {
        if (TableExport.OptionsFor(context.Request.Path.Value, delimiter, lang) is not { } options)
        {
            return TypedResults.NotFound();
        }

        var query = new OrganisationQuery(
            search, sector, subSector, tag, archived ?? false, sort ?? OrganisationSort.Name, descending ?? false,
            SubSectorsMatchingSearch: SubSectorsNamed(search, options.Language));
        return TypedResults.Stream(
            stream => export.WriteOrganisationsAsync(query, stream, options, TeamMembers.Of(context.User), context.RequestAborted),
            options.Format.ContentType(),
            FileName("DirectoryExport_OrganisationsFileName", options, time));
    }

    private static IResult ExportContacts(
        DirectoryExportService export, TimeProvider time, HttpContext context,
        string? search, int? organisationId, Sector? sector, string? language, bool? withoutOrganisation, bool? archived,
        ContactSort? sort, bool? descending, string? delimiter, string? lang)
    {
        if (TableExport.OptionsFor(context.Request.Path.Value, delimiter, lang) is not { } options)
        {
            return TypedResults.NotFound();
        }

        var query = new ContactQuery(
            search, organisationId, sector, ParseLanguage(language), withoutOrganisation ?? false, archived ?? false,
            sort ?? ContactSort.LastName, descending ?? false);
        return TypedResults.Stream(
            stream => export.WriteContactsAsync(query, stream, options, TeamMembers.Of(context.User), context.RequestAborted),
            options.Format.ContentType(),
            FileName("DirectoryExport_ContactsFileName", options, time));
    }

    /// <summary>The contact list's filter on preferred language; none (or another) is any language.</summary>
    private static Language? ParseLanguage(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "nl" => Language.Nl,
        "en" => Language.En,
        _ => null,
    };

    /// <summary>The list searches sub-sector names too; the export does the same in the file's language.</summary>
    private static IReadOnlyList<SubSector> SubSectorsNamed(string? search, Language language) =>
        string.IsNullOrWhiteSpace(search)
            ? []
            : Enum.GetValues<SubSector>().Where(s => Localized.Core(language).Name(s).Contains(search.Trim(), StringComparison.CurrentCultureIgnoreCase)).ToList();

    /// <summary>"contacts-2026-11-29.csv": dated in the alliance's time zone, so the name matches the organiser's day.</summary>
    private static string FileName(string nameKey, ExportOptions options, TimeProvider time)
    {
        var name = Localized.Core(options.Language)[nameKey];
        var today = EventTime.ToLocal(time.GetUtcNow().UtcDateTime, EventTime.DefaultTimeZoneId);
        return $"{name}-{today:yyyy-MM-dd}.{options.Format.Extension()}";
    }
}
