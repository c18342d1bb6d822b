using EventHub.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Accounts;

/// <summary>
/// The admin scans the team on a desktop: each account's state ("Active", "Invited", "Actief", "Uitgenodigd") reads as a
/// whole word, not broken over two lines by the row's buttons taking the room.
/// </summary>
[Collection(AccountsBrowserCollection.Name)]
public class UsersPageLayoutTests(AccountsBrowserFixture browser) : BrowserStory(browser)
{
    [Theory]
    [InlineData("en-GB")]
    [InlineData("nl-NL")]
    public async Task Admin_OnADesktop_ReadsEachAccountsStateOnOneLine(string locale)
    {
        var admin = await browser.NewPageAsync(locale);
        await admin.SignInAsync("admin@eventhub.example", at: "/admin/users");
        await Expect(admin.Locator("#users-table .eh-user-state").First).ToBeVisibleAsync();
        await admin.ScreenshotAsync($"users-desktop-{locale}", fullPage: false);

        var broken = await admin.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('#users-table .eh-user-state')]
                .filter(state => state.getClientRects().length > 1)
                .map(state => `"${state.textContent.trim()}" takes ${state.getClientRects().length} lines`)
            """);
        Assert.True(broken.Length == 0, string.Join("\n", broken));
    }
}
