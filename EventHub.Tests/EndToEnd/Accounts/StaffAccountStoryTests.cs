using System.Text.RegularExpressions;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Accounts;

/// <summary>
/// An admin brings a new facilitator in, later takes their access away again, reads what happened to the account and
/// removes it at the end of its life. In the collection of the outbox
/// (the invitation is opened from there), not the directory's, whose stories read the demo's four accounts.
/// </summary>
[Collection(AccountsBrowserCollection.Name)]
public partial class StaffAccountStoryTests(AccountsBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Admin_InvitesAFacilitator_WhoSetsAPassword_TurnsOnTwoFactor_ReachesMySessions_IsSignedOutWhenDeactivated_AndIsRemovedLater()
    {
        var email = $"fenna.{Guid.NewGuid():N}@groningen.example";
        var admin = await browser.NewPageAsync();
        await admin.SignInAsync("admin@eventhub.example", at: "/admin/users");

        await admin.Locator("#users-invite").OpenDialogAsync();
        var dialog = admin.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Name").FillAsync("Fenna Facilitator");
        await dialog.GetByLabel("Email address").FillAsync(email);
        await dialog.GetByRole(AriaRole.Radio, new() { Name = "English" }).CheckAsync();
        await dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Facilitator" }).CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = email });
        await Expect(row).ToContainTextAsync("Invited");

        // The invitation waits in the Outbox; its link is what the facilitator would click in their email.
        await admin.OpenAsync("/outbox", interactive: false);
        await admin.SearchOutboxAsync(email);
        await admin.GetByRole(AriaRole.Row, new() { Name = email }).GetByRole(AriaRole.Button, new() { Name = "Your EventHub account" }).ClickAsync();
        // The email masks the link, and an account's own link is never offered to open as the recipient (whatever
        // EventHub:Outbox:ShowLinks says): only the person it was sent to can use it.
        await Expect(admin.FrameLocator("#outbox-message-html").GetByRole(AriaRole.Link, new() { Name = "Choose your password" })).ToBeVisibleAsync();
        await Expect(admin.Locator("#outbox-message-open-link")).ToHaveCountAsync(0);

        var facilitator = await browser.NewPageAsync();
        await facilitator.GotoAsync($"/account/set-password/{await StaffLinks.NewestTokenAsync(browser.App.Services, email)}");
        await Expect(facilitator.GetByRole(AriaRole.Heading, new() { Name = "Welcome to EventHub", Level = 1 })).ToBeVisibleAsync();
        await facilitator.GetByLabel("New password", new() { Exact = true }).FillAsync("Zonnige-dinsdag-2026");
        await facilitator.GetByLabel("New password again").FillAsync("Zonnige-dinsdag-2026");
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Save password and sign in" }).OpenPageAsync();

        // Two-factor is not required of facilitators, but Fenna turns it on from the user menu before she starts.
        await facilitator.GetByRole(AriaRole.Button, new() { Name = "Account menu" }).ClickAsync();
        await facilitator.Locator("#two-factor-menu").OpenPageAsync();
        await Expect(facilitator.GetByRole(AriaRole.Heading, new() { Name = "Two-factor sign-in", Level = 1 })).ToBeVisibleAsync();
        var key = await facilitator.Locator("#authenticator-key").GetAttributeAsync("data-key");
        await facilitator.Locator("#code").FillAsync(TwoFactorSignIn.CodeFor(key!));
        await facilitator.Locator("#turn-on").OpenPageAsync();
        await Expect(facilitator.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        // Continuing leads where a facilitator's work starts, My sessions (a click on its link there would load nothing).
        await facilitator.Locator("#continue").OpenPageAsync();
        await Expect(facilitator.GetByRole(AriaRole.Heading, new() { Name = "My sessions", Level = 1 })).ToBeVisibleAsync();

        await admin.OpenAsync("/admin/users", interactive: false);
        // Her row's "More actions" menu, by keyboard: Enter opens it on its first item, the arrows go round, Enter chooses.
        await admin.GetByRole(AriaRole.Button, new() { Name = "More actions for Fenna Facilitator", Exact = true }).FocusAsync();
        await admin.Keyboard.PressAsync("Enter");
        await Expect(admin.GetByRole(AriaRole.Menuitem, new() { Name = "History" })).ToBeFocusedAsync();
        await admin.Keyboard.PressAsync("ArrowUp"); // round to the last: Remove…
        await admin.Keyboard.PressAsync("ArrowUp");
        await Expect(admin.GetByRole(AriaRole.Menuitem, new() { Name = "Deactivate" })).ToBeFocusedAsync();
        await admin.Keyboard.PressAsync("Enter");
        await Expect(admin.Locator("[role='dialog'] :focus")).ToBeFocusedAsync();
        await Expect(admin.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Deactivate Fenna Facilitator?");
        await admin.Locator("#confirm-ok").ClickAsync();
        await Expect(row).ToContainTextAsync("Deactivated");

        // The open page checks the account again every two seconds (the test app's interval) and goes to sign-in.
        await Expect(facilitator).ToHaveURLAsync(LoginUrl());
        await Expect(facilitator.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();

        // The account's history says what happened to it, newest first, and who did it.
        await (await admin.MoreActionAsync("Fenna Facilitator", "History")).OpenDialogAsync();
        var lines = admin.GetByRole(AriaRole.Dialog).Locator("#account-history li");
        await Expect(lines).ToHaveCountAsync(4);
        await Expect(lines.Nth(0)).ToContainTextAsync("Account deactivated");
        await Expect(lines.Nth(0)).ToContainTextAsync("By you");
        await Expect(lines.Nth(1)).ToContainTextAsync("Two-factor sign-in turned on");
        await Expect(lines.Nth(2)).ToContainTextAsync("Password chosen through the invitation link");
        await Expect(lines.Nth(3)).ToContainTextAsync("Invited as Facilitator");
        await admin.Locator("#account-history-close").ClickAsync();

        // At the end of its life the account is removed; the dialog wants the name typed before it does anything.
        await (await admin.MoreActionAsync("Fenna Facilitator", "Remove…")).OpenDialogAsync();
        await Expect(admin.Locator("#remove-confirm")).ToBeDisabledAsync();
        await admin.Locator("#remove-name").FillAsync("Fenna Facilitator");
        await admin.Locator("#remove-confirm").ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("en-GB", "Users and roles", "Invite a colleague", "Welcome to EventHub", "Forgot your password?", "Change password", "My account")]
    [InlineData("nl-NL", "Gebruikers en rollen", "Collega uitnodigen", "Welkom bij EventHub", "Wachtwoord vergeten?", "Wachtwoord wijzigen", "Mijn account")]
    public async Task NewAccountPages_InEnglishAndDutch_AreAccessible(string locale, string users, string invite, string welcome, string forgot, string change, string mine)
    {
        var language = locale.StartsWith("nl", StringComparison.Ordinal) ? "nl" : "en";
        var admin = await browser.NewPageAsync(locale);
        await admin.SignInAsync("admin@eventhub.example", at: "/admin/users");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = users, Level = 1 })).ToBeVisibleAsync();
        await admin.AssertAccessibleAsync();
        await admin.ScreenshotAsync($"staff-users-{language}");
        await admin.SetViewportSizeAsync(390, 844); // a phone: the table stacks each person's cells
        await admin.AssertAccessibleAsync();
        await admin.ScreenshotAsync($"staff-users-phone-{language}");
        await admin.SetViewportSizeAsync(1280, 800);
        // A row's other actions wait in its menu, named after the person.
        var menu = admin.GetByRole(AriaRole.Button, new() { Name = (language == "nl" ? "Meer acties voor " : "More actions for ") + "Anna de Vries", Exact = true });
        await menu.ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Menuitem, new() { Name = language == "nl" ? "Geschiedenis" : "History" })).ToBeVisibleAsync();
        await admin.AssertAccessibleAsync();
        await admin.ScreenshotAsync($"staff-users-menu-{language}");
        await menu.ClickAsync(); // closes it
        await Expect(admin.GetByRole(AriaRole.Menu)).ToHaveCountAsync(0);

        await admin.GetByRole(AriaRole.Button, new() { Name = invite }).OpenDialogAsync();
        await admin.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = language == "nl" ? "Uitnodiging versturen" : "Send invitation" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Dialog).Locator(".mud-input-error").First).ToBeVisibleAsync();
        await admin.AssertAccessibleAsync();
        await admin.ScreenshotAsync($"staff-users-invite-{language}");
        await admin.Keyboard.PressAsync("Escape");

        await admin.GotoAsync("/account/change-password");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = change, Level = 1 })).ToBeVisibleAsync();
        await admin.AssertAccessibleAsync();

        await admin.GotoAsync("/account");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = mine, Level = 1 })).ToBeVisibleAsync();
        await Expect(admin.Locator("#my-account-details")).ToBeVisibleAsync();
        await admin.AssertAccessibleAsync();
        await admin.ScreenshotAsync($"staff-my-account-{language}");

        var visitor = await browser.NewPageAsync(locale);
        await visitor.GotoAsync("/Account/Login");
        await visitor.GetByRole(AriaRole.Link, new() { Name = forgot }).OpenPageAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = forgot, Level = 1 })).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();
        await visitor.Locator("#email").FillAsync($"niemand.{Guid.NewGuid():N}@groningen.example");
        await visitor.Locator("#forgot-submit").OpenPageAsync();
        await Expect(visitor.Locator("#forgot-sent")).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();

        // The page speaks the language the colleague was invited in (that of their email), whatever the browser says.
        await visitor.GotoAsync($"/account/set-password/{await InviteAsync(language == "nl" ? Language.Nl : Language.En)}");
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = welcome, Level = 1 })).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();
        await visitor.ScreenshotAsync($"staff-set-password-{language}");
        await visitor.GotoAsync("/account/set-password/no-such-link");
        await Expect(visitor.Locator("#set-password-invalid")).ToBeVisibleAsync();
        await visitor.AssertAccessibleAsync();
    }

    private async Task<string> InviteAsync(Language language)
    {
        var email = $"nieuw.{Guid.NewGuid():N}@groningen.example";
        var services = browser.App.Services;
        await using (var scope = services.CreateAsyncScope())
        {
            var admin = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("admin@eventhub.example");
            var actor = TeamMember.InRoles(admin!.Id, admin.DisplayName, Roles.Admin);
            Assert.True((await services.GetRequiredService<StaffAccountService>().InviteAsync(actor, email, "Nieuwe Collega", language, [Roles.DoorStaff])).Succeeded);
        }

        return await StaffLinks.NewestTokenAsync(services, email);
    }

    [GeneratedRegex("/Account/Login")]
    private static partial Regex LoginUrl();
}
