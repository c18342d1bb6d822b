using System.Globalization;
using EventHub.App.Components.Shared;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Privacy;

namespace EventHub.App.Components.Pages.Privacy;

/// <summary>
/// <c>GET /contacts/{id}/export.zip</c>: everything about one contact (an access request, GDPR art. 15), for admins;
/// the readable page in <c>lang=nl|en</c> (default: the request's language). Core checks the admin role again.
/// </summary>
public static class ContactExportEndpoints
{
    public static IEndpointRouteBuilder MapContactExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/contacts/{id:int}/export.zip", ExportAsync).RequireAuthorization(Policies.Administer);
        return endpoints;
    }

    /// <summary>The download link, in the admin's current language.</summary>
    public static string Link(int contactId) =>
        $"contacts/{contactId}/export.zip?lang={CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}";

    private static async Task<IResult> ExportAsync(int id, string? lang, HttpContext http, ContactExportService exports)
    {
        var language = Languages.FromCode(lang);
        var result = await exports.ExportAsync(TeamMembers.Of(http.User), id, language, http.RequestAborted);
        if (!result.Succeeded)
        {
            return result.ErrorCode == PrivacyErrors.ContactNotFound ? TypedResults.NotFound() : TypedResults.Forbid();
        }

        // Personal data: never kept in a cache on the way.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(result.Value.Content, "application/zip", result.Value.FileName);
    }
}
