using EventHub.Core.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace EventHub.App.Components.Pages.Accounts;

public static class AccountEndpoints
{
    /// <summary><c>POST /Account/Logout</c> (antiforgery-checked form post): sign out and show the sign-in page.</summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/Account/Logout", async (HttpContext context, IAntiforgery antiforgery, SignInManager<AppUser> signInManager) =>
            {
                // The endpoint binds no form fields, so the framework would not check the token by itself.
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    return Results.BadRequest();
                }

                await signInManager.SignOutAsync();
                return Results.LocalRedirect("~/Account/Login?signedOut=true");
            })
            .AllowAnonymous();
}
