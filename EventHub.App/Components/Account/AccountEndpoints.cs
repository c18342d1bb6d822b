using EventHub.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace EventHub.App.Components.Account;

public static class AccountEndpoints
{
    /// <summary><c>POST /Account/Logout</c> (antiforgery-checked form post): sign out and show the sign-in page.</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/Account/Logout", async (SignInManager<AppUser> signInManager) =>
            {
                await signInManager.SignOutAsync();
                return TypedResults.LocalRedirect("~/Account/Login?signedOut=true");
            })
            .AllowAnonymous();
}
