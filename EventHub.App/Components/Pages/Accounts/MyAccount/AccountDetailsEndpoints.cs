using EventHub.App.Components.Pages.Accounts.Password;
using EventHub.App.Components.Shared;
using EventHub.App.Hosting;
using EventHub.Core.Accounts;
using EventHub.Core.Common;

namespace EventHub.App.Components.Pages.Accounts.MyAccount;

/// <summary>
/// <c>GET /account/details-saved</c>: after a person changed their own name or language, their sign-in is made anew (the
/// cookie carries the name the screens greet them with and that their work is recorded under) and the screens switch to
/// the language they chose, as the language menu does; then back to their account page.
/// </summary>
public static class AccountDetailsEndpoints
{
    public const string Path = "/account/details-saved";

    public static IEndpointRouteBuilder MapAccountDetails(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, ApplyAsync).RequireAuthorization();
        return endpoints;
    }

    private static async Task<IResult> ApplyAsync(HttpContext http, IServiceScopeFactory scopes, TeamDirectory team)
    {
        var self = TeamMembers.Of(http.User);
        if (await team.FindAsync(self.UserId, http.RequestAborted) is { } account)
        {
            await FreshSignIn.RefreshAsync(scopes, self.UserId);
            Localization.RememberCulture(http, account.Language.ToCultureName());
        }

        http.Response.Headers.CacheControl = "no-store";
        return Results.LocalRedirect("~/account");
    }
}
