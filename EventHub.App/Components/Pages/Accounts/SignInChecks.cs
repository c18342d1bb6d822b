using System.Security.Claims;
using EventHub.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EventHub.App.Components.Pages.Accounts;

/// <summary>
/// What an admin does to a colleague's account reaches their sign-in cookie at its next request, instead of at the next
/// check of its security stamp: a removed account's cookie is refused (<see cref="EndedSignIns"/>), and a renamed
/// person's cookie is renewed with the new name (<see cref="RenamedSignIns"/>) without signing them out. The renewal is
/// the one the stamp check makes (the account read anew, a new principal, the cookie renewed), so what that check keeps
/// (the session's end) is kept here too; a stamp that no longer matches is left to that check. Their open pages follow
/// through <see cref="IdentityRevalidatingAuthenticationStateProvider"/>.
/// </summary>
public static class SignInChecks
{
    public static void AddSignInChecks(this IServiceCollection services) =>
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure(cookie =>
            {
                var validate = cookie.Events.OnValidatePrincipal;
                cookie.Events.OnValidatePrincipal = async context =>
                {
                    var services = context.HttpContext.RequestServices;
                    var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
                    if (services.GetRequiredService<EndedSignIns>().HasEnded(userId))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                        return;
                    }

                    var renamed = services.GetRequiredService<RenamedSignIns>();
                    if (context.Principal is { } principal
                        && renamed.IsOutOfDate(userId, principal.FindFirstValue(AppClaimsPrincipalFactory.DisplayNameClaim)))
                    {
                        await RenewAsync(context, principal, renamed);
                    }

                    await validate(context);
                };
            });

    private static async Task RenewAsync(CookieValidatePrincipalContext context, ClaimsPrincipal principal, RenamedSignIns renamed)
    {
        var services = context.HttpContext.RequestServices;
        var signIn = services.GetRequiredService<SignInManager<AppUser>>();
        if (await signIn.ValidateSecurityStampAsync(principal) is not { } user)
        {
            return; // removed, deactivated or signed out elsewhere: the checks that follow refuse the cookie
        }

        var fresh = await signIn.CreateUserPrincipalAsync(user);
        if (services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.OnRefreshingPrincipal is { } refreshing)
        {
            var refresh = new SecurityStampRefreshingPrincipalContext { CurrentPrincipal = principal, NewPrincipal = fresh };
            await refreshing(refresh);
            fresh = refresh.NewPrincipal ?? fresh;
        }

        context.ReplacePrincipal(fresh);
        context.ShouldRenew = true;
        renamed.Confirm(user.Id, fresh.FindFirstValue(AppClaimsPrincipalFactory.DisplayNameClaim) ?? "");
    }
}
