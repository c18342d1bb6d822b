using System.Text.RegularExpressions;
using EventHub.Core.Common;
using EventHub.Core.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.Support;

/// <summary>
/// One signed-in browser page per role and language, signed in once and reused for every page visited in that role
/// (the route-discovery tests visit dozens of pages; signing in for each would cost more than the checks).
/// A null role is a visitor who is not signed in (a partner).
/// </summary>
public sealed class RoleBrowsers(BrowserFixture browser)
{
    public static readonly IReadOnlyDictionary<string, string> DemoAccounts = new Dictionary<string, string>
    {
        [Roles.Admin] = "admin@eventhub.example",
        [Roles.Organiser] = "organiser@eventhub.example",
        [Roles.Facilitator] = "facilitator@eventhub.example",
        [Roles.DoorStaff] = "door@eventhub.example",
    };

    /// <summary>
    /// Not a role: someone who gave the right password and is now asked for the code of their authenticator app
    /// (the door staff account, with two-factor sign-in turned on the first time it is needed).
    /// </summary>
    public const string AwaitingSecondFactor = "awaiting second factor";

    // The organiser first: the role that sees the most of most pages (facilitators and door staff see parts of them).
    private static readonly string[] Preference = [Roles.Organiser, Roles.Facilitator, Roles.DoorStaff, Roles.Admin];

    private readonly Dictionary<(string? Role, string Locale), IPage> _pages = [];
    private bool _twoFactorOn;

    /// <summary>The role a page is visited with: no sign-in when anyone may see it, else the first allowed role in <see cref="Preference"/>.</summary>
    public static string? RoleFor(PageAccess access) =>
        !access.RequiresSignIn ? null : Preference.First(access.Allows);

    public async Task<IPage> PageAsync(string? role, string locale)
    {
        if (_pages.TryGetValue((role, locale), out var page))
        {
            return page;
        }

        page = await browser.NewPageAsync(locale);
        if (role == AwaitingSecondFactor)
        {
            await StartTwoFactorSignInAsync(page);
        }
        else if (role is not null)
        {
            await page.SignInAsync(DemoAccounts[role]);
        }

        _pages[(role, locale)] = page;
        return page;
    }

    private async Task StartTwoFactorSignInAsync(IPage page)
    {
        var email = DemoAccounts[Roles.DoorStaff];
        if (!_twoFactorOn)
        {
            await page.SignInAsync(email);
            await page.GotoAsync("/Account/TwoFactor");
            var key = await page.Locator("#authenticator-key").GetAttributeAsync("data-key");
            await page.Locator("#code").FillAsync(TwoFactorSignIn.CodeFor(key!));
            await page.Locator("#turn-on").ClickAsync();
            await Expect(page.Locator("#continue")).ToBeVisibleAsync(); // the recovery codes are shown: two-factor is on
            await page.Context.LeaveAndClearCookiesAsync(() => page.GotoAsync("about:blank"));
            _twoFactorOn = true;
        }

        await page.GotoAsync("/Account/Login");
        await page.Locator("input[type='email']").FillAsync(email);
        await page.Locator("#password").FillAsync(DemoSeeder.DemoPassword);
        await page.ExplainFailureAsync(async () => // once it ended on chromium's error page: see SignInWitness
        {
            await page.Locator("#sign-in").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/Account/LoginWith2fa"), new() { Timeout = BrowserFixture.PageLoadTimeout });
            await page.WaitUntilLoadedAsync();
        });
    }
}
