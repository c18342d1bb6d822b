using System.Security.Claims;
using EventHub.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace EventHub.App.Components.Pages.Accounts;

/// <summary>
/// A removed account's sign-in cookie is refused at its next request (<see cref="EndedSignIns"/>), instead of at the
/// next check of its security stamp; its open pages end through <see cref="IdentityRevalidatingAuthenticationStateProvider"/>.
/// </summary>
public static class EndedSignInsCheck
{
    public static void AddEndedSignInsCheck(this IServiceCollection services) =>
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure(cookie =>
            {
                var validate = cookie.Events.OnValidatePrincipal;
                cookie.Events.OnValidatePrincipal = async context =>
                {
                    var ended = context.HttpContext.RequestServices.GetRequiredService<EndedSignIns>();
                    if (ended.HasEnded(context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier)))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                        return;
                    }

                    await validate(context);
                };
            });
}
