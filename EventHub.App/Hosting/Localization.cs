using System.Globalization;
using EventHub.App.Components.Shared;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
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
            // The cookie set by the language switch (and at every sign-in, to the account's language) wins, then (on a
            // personal RSVP or action-owner link) the person's preferred language, then the browser's Accept-Language,
            // then English.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new PersonalLinkCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
    }

    /// <summary>
    /// <c>GET /culture/{culture}?returnUrl=/path</c>: remember the language in a cookie and go back. Someone signed in has
    /// one language, as on GitHub or Indico: it becomes their account's too, so their emails follow what they chose. A
    /// partner, who has no account, has the cookie alone.
    /// </summary>
    public static void MapCultureSwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture/{culture}", async (string culture, string? returnUrl, HttpContext context, StaffAccountService accounts) =>
            {
                if (SupportedCultures.Any(c => c.Name == culture))
                {
                    RememberCulture(context, culture);
                    if (context.User.Identity?.IsAuthenticated == true && FromThisSite(context.Request))
                    {
                        // Nothing to say when it fails: the account is deactivated or removed, and its sign-in ends anyway.
                        await accounts.ChangeLanguageAsync(TeamMembers.Of(context.User), Languages.FromCulture(CultureInfo.GetCultureInfo(culture)));
                    }
                }

                return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
            })
            .AllowAnonymous();

    /// <summary>
    /// The switch was followed on EventHub's own pages (or typed): a link on another site, which a signed-in person's
    /// browser also follows with their cookie (SameSite=Lax lets top-level navigations through), changes this browser's
    /// screens as for anyone, but not the account. Browsers say where a navigation came from in <c>Sec-Fetch-Site</c>;
    /// one that does not send it is believed.
    /// </summary>
    private static bool FromThisSite(HttpRequest request) =>
        request.Headers["Sec-Fetch-Site"].ToString() is "" or "same-origin" or "none";

    /// <summary>
    /// The language the screens speak to this browser from now on: the one place that sets it (the language switch, a
    /// person's own change on /account, and every sign-in through <c>AppSignInManager</c>).
    /// </summary>
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
