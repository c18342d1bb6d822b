using System.Globalization;
using EventHub.App.Components.Shared;
using EventHub.Core.Common;
using EventHub.Core.Privacy;

namespace EventHub.App.Components.Pages.Accounts.MyAccount;

/// <summary>
/// <c>GET /account/export.zip</c>: everything EventHub holds about the signed-in person's own account (GDPR art. 15 and
/// 20), for every staff member; the readable page in <c>lang=nl|en</c> (default: the request's language).
/// </summary>
public static class AccountExportEndpoints
{
    public const string Path = "/account/export.zip";

    public static IEndpointRouteBuilder MapAccountExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ExportAsync).RequireAuthorization();
        return endpoints;
    }

    /// <summary>The download link, in the person's current language.</summary>
    public static string Link() => $"{Path.TrimStart('/')}?lang={CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}";

    private static async Task<IResult> ExportAsync(string? lang, HttpContext http, StaffAccountExportService exports)
    {
        var result = await exports.ExportAsync(TeamMembers.Of(http.User), Languages.FromCode(lang), http.RequestAborted);
        if (!result.Succeeded)
        {
            return TypedResults.NotFound();
        }

        // Personal data: never kept in a cache on the way.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(result.Value.Content, "application/zip", result.Value.FileName);
    }
}
