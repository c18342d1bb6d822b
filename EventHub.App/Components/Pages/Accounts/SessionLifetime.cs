using System.Globalization;
using System.Security.Claims;
using EventHub.App.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EventHub.App.Components.Pages.Accounts;

/// <summary>
/// An absolute end to every sign-in (<see cref="SecurityOptions.AbsoluteSessionLifetime"/>) on top of the cookie's
/// sliding 12 hours: the moment is written into the cookie when the person signs in and kept when the cookie is
/// renewed or refreshed, so daily use cannot keep a stolen cookie alive for ever. Past it, the cookie is refused and
/// removed, and the next page asks to sign in again. Identity's security-stamp check still runs after this one.
/// The moment also travels as a claim (<see cref="EndsClaim"/>), so an open interactive page, which sees the person
/// as the circuit began, ends too (<see cref="HasEnded(ClaimsPrincipal, DateTimeOffset)"/>, checked on revalidation).
/// </summary>
public static class SessionLifetime
{
    public const string EndsClaim = "eventhub:session_ends";
    private const string EndsAtKey = "eventhub.session_ends";

    public static void AddAbsoluteSessionLifetime(this IServiceCollection services)
    {
        // The security-stamp check builds a new principal now and then; the moment goes over to it.
        services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = context =>
        {
            if (context.CurrentPrincipal?.FindFirst(EndsClaim) is { } ends && context.NewPrincipal?.Identity is ClaimsIdentity identity
                && !identity.HasClaim(c => c.Type == EndsClaim))
            {
                identity.AddClaim(new Claim(EndsClaim, ends.Value));
            }

            return Task.CompletedTask;
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<IOptions<SecurityOptions>>((cookie, security) =>
            {
                var lifetime = security.Value.AbsoluteSessionLifetime;
                var signingIn = cookie.Events.OnSigningIn;
                var validate = cookie.Events.OnValidatePrincipal;
                cookie.Events.OnSigningIn = async context =>
                {
                    if (!context.Properties.Items.ContainsKey(EndsAtKey))
                    {
                        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                        context.Properties.Items[EndsAtKey] = (now + lifetime).ToString("O", CultureInfo.InvariantCulture);
                    }

                    if (context.Principal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == EndsClaim))
                    {
                        identity.AddClaim(new Claim(EndsClaim, context.Properties.Items[EndsAtKey]!));
                    }

                    await signingIn(context);
                };
                cookie.Events.OnValidatePrincipal = async context =>
                {
                    if (HasEnded(context.Properties, context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                        return;
                    }

                    await validate(context);
                };
            });
    }

    /// <summary>Whether the sign-in a principal (e.g. an open page's) carries has passed its end; a principal without the moment has not.</summary>
    public static bool HasEnded(ClaimsPrincipal principal, DateTimeOffset now) =>
        principal.FindFirst(EndsClaim)?.Value is { } value
        && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var endsAt)
        && now >= endsAt;

    /// <summary>A cookie without the moment (issued before this rule) ends at once: one more sign-in, then it has one.</summary>
    private static bool HasEnded(AuthenticationProperties properties, DateTimeOffset now) =>
        !properties.Items.TryGetValue(EndsAtKey, out var value)
        || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var endsAt)
        || now >= endsAt;
}
