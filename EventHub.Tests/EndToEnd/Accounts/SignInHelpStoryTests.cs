using System.Globalization;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Demo;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Accounts;

/// <summary>
/// An organiser cannot sign in: too many wrong passwords locked her out, and her phone with the authenticator app is
/// lost. The admin sees both on Users and roles, until when the lockout lasts, and helps her back in.
/// </summary>
[Collection(AccountsBrowserCollection.Name)]
public class SignInHelpStoryTests(AccountsBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Admin_UnlocksAColleague_AndResetsTheTwoFactorSignInOfHerLostPhone_SoSheSignsInWithHerPassword()
    {
        var email = $"sanne.{Guid.NewGuid():N}@groningen.example";
        var lockedUntil = await LockedOutOrganiserWithTwoFactorAsync(email);
        var admin = await browser.NewPageAsync();
        await admin.SignInAsync("admin@eventhub.example", at: "/admin/users");
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = email });

        // Until when, on the alliance's clock, as the page writes its dates.
        var amsterdam = EventTime.ToLocal(lockedUntil, EventTime.DefaultTimeZoneId).ToString("d MMM yyyy HH:mm", CultureInfo.GetCultureInfo("en-GB"));
        await Expect(row).ToContainTextAsync($"Locked out until {amsterdam} after too many wrong passwords");
        await Expect(row.Locator(".eh-user-two-factor")).ToHaveTextAsync("On");

        await row.GetByRole(AriaRole.Button, new() { Name = "Unlock Sanne Dijkstra" }).ClickAsync();
        await Expect(admin.GetByText("Sanne Dijkstra is unlocked and can sign in again.")).ToBeVisibleAsync();
        await Expect(row).Not.ToContainTextAsync("Locked out");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Unlock Sanne Dijkstra" })).ToHaveCountAsync(0);

        await (await admin.MoreActionAsync("Sanne Dijkstra", "Reset two-factor sign-in")).OpenDialogAsync();
        var dialog = admin.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync("Reset two-factor sign-in of Sanne Dijkstra?");
        await Expect(dialog).ToContainTextAsync("Their authenticator and recovery codes are removed");
        await admin.AssertAccessibleAsync();
        await admin.ScreenshotAsync("users-reset-two-factor");
        await admin.Locator("#confirm-ok").ClickAsync();
        await Expect(row.Locator(".eh-user-two-factor")).ToHaveTextAsync("Off");
        await admin.MoreActionAsync("Sanne Dijkstra", "Deactivate"); // her menu, open: without two-factor it has nothing to reset
        await Expect(admin.GetByRole(AriaRole.Menuitem, new() { Name = "Reset two-factor sign-in" })).ToHaveCountAsync(0);
        await admin.GetByRole(AriaRole.Button, new() { Name = "More actions for Sanne Dijkstra", Exact = true }).ClickAsync(); // closes it
        await Expect(admin.GetByRole(AriaRole.Menu)).ToHaveCountAsync(0);

        // On a phone the table stacks: each person's two-factor state is still there, labelled, under their state.
        await admin.SetViewportSizeAsync(390, 844);
        await Expect(row.Locator("td[data-label='State'] .eh-user-two-factor-line")).ToHaveTextAsync("Two-factor: Off");
        await admin.AssertAccessibleAsync();
        await admin.ScreenshotAsync("users-phone-two-factor");

        // Sanne signs in with her password alone: no code is asked of the phone she lost.
        var sanne = await browser.NewPageAsync();
        await sanne.SignInAsync(email);
        await Expect(sanne.GetByRole(AriaRole.Heading, new() { Name = "Upcoming events" })).ToBeVisibleAsync();
    }

    /// <summary>An organiser with an authenticator app and recovery codes, locked out by five wrong passwords; returns when the lockout ends.</summary>
    private async Task<DateTime> LockedOutOrganiserWithTwoFactorAsync(string email)
    {
        await using var scope = browser.App.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateUserAsync(email, "Sanne Dijkstra", DemoSeeder.DemoPassword, Language.En, [Roles.Organiser]);
        Assert.True(created.Succeeded, created.ErrorCode);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var sanne = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(sanne);
        await users.SetTwoFactorEnabledAsync(sanne, true);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(sanne, 10);
        for (var i = 0; i < 5; i++)
        {
            await users.AccessFailedAsync(sanne); // as five wrong passwords on the sign-in page count
        }

        return (await users.GetLockoutEndDateAsync(sanne))!.Value.UtcDateTime;
    }
}
