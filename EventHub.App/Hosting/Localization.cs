using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace EventHub.App.Hosting;

public static class Localization
{
    public static readonly CultureInfo[] SupportedCultures = [new("en"), new("nl")];

    public static void AddEventHubLocalization(this IServiceCollection services)
    {
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // The cookie set by the language switch wins, then (on a personal RSVP or action-owner link) the
            // person's preferred language, then the browser's Accept-Language, then English.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new PersonalLinkCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
    }

    /// <summary><c>GET /culture/{culture}?returnUrl=/path</c>: remember the language in a cookie and go back.</summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture/{culture}", (string culture, string? returnUrl, HttpContext context) =>
            {
                if (SupportedCultures.Any(c => c.Name == culture))
                {
                    context.Response.Cookies.Append(
                        CookieRequestCultureProvider.DefaultCookieName,
                        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                        new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
                }

                return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
            })
            .AllowAnonymous();

    /// <summary>
    /// A path on this site, as <see cref="Results.LocalRedirect"/> accepts it: anything else (another site, <c>//host</c>,
    /// <c>/\host</c>, control characters) goes home rather than failing the request.
    /// </summary>
    internal static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.StartsWith("/\\", StringComparison.Ordinal) && !url.Any(char.IsControl);
}
