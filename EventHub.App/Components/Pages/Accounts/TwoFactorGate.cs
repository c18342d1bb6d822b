using EventHub.App.Hosting;
using EventHub.Core.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace EventHub.App.Components.Pages.Accounts;

/// <summary>Marks a page a signed-in person may open before setting up the two-factor sign-in their role needs.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AllowedBeforeTwoFactorAttribute : Attribute;

/// <summary>
/// When <see cref="SecurityOptions.RequireTwoFactorForStaff"/> is on, an admin or organiser without an authenticator
/// app is sent to the set-up page from every page, however they signed in (password, a set-password link, a cookie
/// from before the rule), and cannot use anything else until it is done. Pages anyone may open (sign-in, partner
/// pages, files) and pages marked <see cref="AllowedBeforeTwoFactorAttribute"/> stay open; other requests get 403.
/// </summary>
public static class TwoFactorGate
{
    public const string SetUpPath = "/Account/TwoFactor";

    public static IApplicationBuilder UseTwoFactorGate(this IApplicationBuilder app)
    {
        var required = app.ApplicationServices.GetRequiredService<IOptions<SecurityOptions>>().Value
            .TwoFactorRequiredForStaff(app.ApplicationServices.GetRequiredService<IHostEnvironment>());
        return !required ? app : app.Use(async (context, next) =>
        {
            if (MustSetUpFirst(context))
            {
                if (HttpMethods.IsGet(context.Request.Method))
                {
                    context.Response.Redirect(SetUpPath);
                }
                else
                {
                    // A bare 403 (a re-executed status page would be a post to a page, answered 400).
                    context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                }

                return;
            }

            await next(context);
        });
    }

    private static bool MustSetUpFirst(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true || user.HasClaim(c => c.Type == AppClaimsPrincipalFactory.TwoFactorClaim)
            || !(user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Organiser)))
        {
            return false;
        }

        var metadata = context.GetEndpoint()?.Metadata;
        return metadata?.GetMetadata<IAllowAnonymous>() is null && metadata?.GetMetadata<AllowedBeforeTwoFactorAttribute>() is null;
    }
}
