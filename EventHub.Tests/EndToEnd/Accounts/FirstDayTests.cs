using EventHub.Core.Accounts;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Accounts;

/// <summary>
/// A new alliance's first day: the admin whom create-admin made signs in to an empty install, follows Home's
/// "Getting started" steps, names who is responsible for the partners' data, sees that step done, and goes on to plan
/// the first event with no other role than Admin.
/// </summary>
[Collection(FirstDayBrowserCollection.Name)]
public class FirstDayTests(FirstDayBrowserFixture browser) : BrowserStory(browser)
{
    private const string Email = "beheer@groningen.example";
    private const string Password = "Sterk-wachtwoord-2026";

    [Fact]
    public async Task TheFirstAdmin_NamesWhoIsResponsibleForTheData_AndSeesThatStepDone()
    {
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            // What `create-admin --email … --name "Anna de Vries"` does.
            Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAdminAsync(Email, Password, "Anna de Vries")).Succeeded);
        }

        var page = await browser.NewPageAsync();
        await page.SignInAsync(Email, Password, at: "/");
        var steps = page.Locator("#getting-started");
        await Expect(steps.GetByRole(AriaRole.Heading, new() { Name = "Getting started", Level = 2 })).ToBeVisibleAsync();
        await Expect(steps).ToContainTextAsync("0 of 6 steps done");
        await Expect(steps.Locator("li.eh-checklist-todo")).ToHaveCountAsync(6);
        await page.AtBothWidthsAsync(width => page.ScreenshotAsync($"first-day-home-{width}"));
        await page.AssertAccessibleAsync();

        await steps.GetByRole(AriaRole.Link, new() { Name = "Name who is responsible for the data" }).OpenPageAsync();
        await Expect(page.Locator("#notice-no-controller")).ToContainTextAsync("does not yet say who is responsible");
        await page.Locator("#notice-controller-name").FillAsync("Gemeente Groningen");
        await page.Locator("#notice-controller-email").FillAsync("privacy@groningen.example");
        await page.Locator("#notice-publish").OpenDialogAsync();
        await page.Locator("#confirm-ok").ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Published as version");
        await Expect(page.Locator("#notice-no-controller")).ToHaveCountAsync(0);
        await page.AtBothWidthsAsync(width => page.ScreenshotAsync($"first-day-privacy-{width}"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Home" }).OpenPageAsync();
        var privacyStep = steps.Locator("li[data-step=PrivacyController]");
        await Expect(privacyStep).ToHaveClassAsync("eh-checklist-done");
        await Expect(privacyStep).ToContainTextAsync("Done");
        await Expect(steps).ToContainTextAsync("1 of 6 steps done");
        await page.AssertAccessibleAsync(); // a done step's state too

        // The admin alone may do the organiser's work too (create-admin gives only the Admin role; see README).
        await steps.GetByRole(AriaRole.Link, new() { Name = "Plan your first event" }).OpenPageAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New event", Level = 1 })).ToBeVisibleAsync();
    }
}
