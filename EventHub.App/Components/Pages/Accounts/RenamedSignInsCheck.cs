using System.Security.Claims;
using EventHub.Core.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EventHub.App.Components.Pages.Accounts;

/// <summary>
/// A renamed person's sign-in cookie is renewed with their new name at its next request (<see cref="RenamedSignIns"/>),
/// instead of at the next check of its security stamp; they stay signed in. The renewal is the one that check makes
/// (the account read anew, a new principal, the cookie renewed), so what the stamp check keeps (the session's end) is
/// kept here too; a stamp that no longer matches is left to that check. Their open pages take the name through
/// <see cref="IdentityRevalidatingAuthenticationStateProvider"/>.
/// </summary>
public static class RenamedSignInsCheck
{
    public static void AddRenamedSignInsCheck(this IServiceCollection services) =>
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure(cookie =>
            {
                var validate = cookie.Events.OnValidatePrincipal;
                cookie.Events.OnValidatePrincipal = async context =>
                {
                    var renamed = context.HttpContext.RequestServices.GetRequiredService<RenamedSignIns>();
                    if (context.Principal is { } principal
                        && renamed.IsOutOfDate(principal.FindFirstValue(ClaimTypes.NameIdentifier), principal.FindFirstValue(AppClaimsPrincipalFactory.DisplayNameClaim)))
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
