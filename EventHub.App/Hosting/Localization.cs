using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace EventHub.App.Hosting;

public static class Localization
{
    /// <summary>The languages of the texts (UI culture): English and Dutch.</summary>
    public static readonly CultureInfo[] SupportedCultures = [new("en"), new("nl")];

    /// <summary>
    /// How dates and numbers are written (culture): the reader's own country where the browser names it (en-GB writes
    /// 1/12/2026 as 01/12/2026, en-US as 12/1/2026), Dutch for the plain "nl". The plain "en" is left out on purpose:
    /// .NET writes it the American way, so a bare "en" (the language switch, a partner's preferred language, a browser
    /// saying only "en") falls to the default, British English, as the alliance is European.
    /// </summary>
    public static readonly CultureInfo[] FormattingCultures =
    [
        .. CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Where(c => c.TwoLetterISOLanguageName is "en" or "nl")
            .OrderBy(c => c.Name, StringComparer.Ordinal),
        new("nl"),
    ];

    public static void AddEventHubLocalization(this IServiceCollection services)
    {
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("en-GB", "en");
            options.SupportedCultures = FormattingCultures;
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
                    RememberCulture(context, culture);
                }

                return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
            })
            .AllowAnonymous();

    /// <summary>The language the screens speak to this browser from now on (the cookie the language switch sets).</summary>
    public static void RememberCulture(HttpContext context, string culture) =>
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });

    /// <summary>
    /// A path on this site, as <see cref="Results.LocalRedirect"/> accepts it: anything else (another site, <c>//host</c>,
    /// <c>/\host</c>, control characters) goes home rather than failing the request.
    /// </summary>
    internal static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.StartsWith("/\\", StringComparison.Ordinal) && !url.Any(char.IsControl);
}
