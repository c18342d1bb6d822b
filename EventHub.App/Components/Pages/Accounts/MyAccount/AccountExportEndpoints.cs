using System.Globalization;
using EventHub.App.Components.Shared;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Privacy;

namespace EventHub.App.Components.Pages.Accounts.MyAccount;

/// <summary>
/// <c>GET /account/export.zip</c>: everything EventHub holds about the signed-in person's own account (GDPR art. 15 and
/// 20), for every staff member; <c>GET /admin/users/{id}/export.zip</c>: the same file of a colleague's account, for an
/// admin answering the colleague's data request. The readable page in <c>lang=nl|en</c> (default: the request's language).
/// </summary>
public static class AccountExportEndpoints
{
    public const string Path = "/account/export.zip";

    public static IEndpointRouteBuilder MapAccountExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ExportAsync).RequireAuthorization();
        endpoints.MapGet("/admin/users/{userId}/export.zip", ExportForAsync).RequireAuthorization(Policies.Administer);
        return endpoints;
    }

    /// <summary>The download link, in the person's current language.</summary>
    public static string Link() => $"{Path.TrimStart('/')}?lang={Lang}";

    /// <summary>The download link of a colleague's file, in the admin's current language.</summary>
    public static string LinkFor(string userId) => $"admin/users/{Uri.EscapeDataString(userId)}/export.zip?lang={Lang}";

    private static string Lang => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private static async Task<IResult> ExportAsync(string? lang, HttpContext http, StaffAccountExportService exports) =>
        File(http, await exports.ExportAsync(TeamMembers.Of(http.User), Languages.FromCode(lang), http.RequestAborted));

    private static async Task<IResult> ExportForAsync(string userId, string? lang, HttpContext http, StaffAccountExportService exports) =>
        File(http, await exports.ExportForAsync(TeamMembers.Of(http.User), userId, Languages.FromCode(lang), http.RequestAborted));

    private static IResult File(HttpContext http, Result<ContactExportFile> result)
    {
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
