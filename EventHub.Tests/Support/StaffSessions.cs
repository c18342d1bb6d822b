using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace EventHub.Tests.Support;

/// <summary>
/// The sign-in cookie of each staff account that has signed in through the form in a browser (one browser per app,
/// see <see cref="BrowserFixture"/>). A later story signing in as the same person gets that cookie, as a browser that
/// stayed signed in would have it, instead of the login form again: the form, its post and the landing page cost about
/// three page loads, which the end-to-end stories repeated some eighty times. The app still checks the cookie on every
/// request (its security stamp, its absolute end); when it refuses one, the form is used and its cookie kept instead.
/// </summary>
public static class StaffSessions
{
    public const string CookieName = "EventHub.Auth";

    private static readonly ConditionalWeakTable<IBrowser, ConcurrentDictionary<(string Email, string Password), Cookie>> ByBrowser = new();

    public static Cookie? Find(IPage page, string email, string password) =>
        Of(page)?.GetValueOrDefault((email, password));

    public static async Task RememberAsync(IPage page, string email, string password)
    {
        if (Of(page) is { } sessions && (await page.Context.CookiesAsync()).FirstOrDefault(c => c.Name == CookieName) is { } cookie)
        {
            sessions[(email, password)] = new Cookie
            {
                Name = cookie.Name, Value = cookie.Value, Domain = cookie.Domain, Path = cookie.Path,
                HttpOnly = cookie.HttpOnly, Secure = cookie.Secure, SameSite = cookie.SameSite,
            };
        }
    }

    private static ConcurrentDictionary<(string Email, string Password), Cookie>? Of(IPage page) =>
        page.Context.Browser is { } browser ? ByBrowser.GetOrCreateValue(browser) : null;
}
