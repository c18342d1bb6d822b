using EventHub.Core.Common;
using EventHub.Core.Demo;
using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd;

/// <summary>The organiser's first minutes: sign in, see the events, switch language, go dark, sign out.</summary>
[Collection(UntouchedDemoBrowserCollection.Name)]
public class ShellTests(UntouchedDemoBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_SignsIn_SeesTheSeededEventsOnHome()
    {
        var page = await browser.NewPageAsync();

        await page.SignInAsync("organiser@eventhub.example");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Olga", Level = 1 })).ToBeVisibleAsync();
        var events = page.Locator(".eh-event-list > li");
        await Expect(events).ToHaveCountAsync(2); // next month's and the draft; last month's is over
        await Expect(events.First).ToContainTextAsync("Alliantiedag Gelijke Kansen");
        await Expect(events.First).ToContainTextAsync("Published");
        await Expect(events.First).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Coming: \d+ · Maybe: \d+ · Not coming: \d+"));
        await Expect(events.Nth(1)).ToContainTextAsync("No invitations sent yet"); // the draft
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Events" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("home-en-light");
        await page.AssertAccessibleAsync();
    }

    /// <summary>
    /// Switching the language while signed in sets the account's too (the emails follow): an organiser of the story's
    /// own, as the demo's organiser is shared with the other stories.
    /// </summary>
    [Fact]
    public async Task Organiser_SwitchesToDutch_SeesDutchTextAndDates_AndTheirAccountTakesDutch()
    {
        var (_, email) = await Colleagues.NewAsync(browser.App.Services, Roles.Organiser, "Olga van Dijk");
        var page = await browser.NewPageAsync();
        await page.SignInAsync(email, Colleagues.Password);

        await page.GetByRole(AriaRole.Button, new() { Name = "Language" }).ClickAsync();
        await page.GetByText("Nederlands", new() { Exact = true }).OpenPageAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Komende bijeenkomsten" })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Expect(page.Locator(".eh-event-list > li").First).ToContainTextAsync("Gepubliceerd");
        await Expect(page.Locator(".eh-event-list time").First).ToHaveTextAsync(
            new System.Text.RegularExpressions.Regex("^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) "));
        await page.ScreenshotAsync("home-nl-light");
        await page.AssertAccessibleAsync();

        await page.OpenAsync("/account", interactive: false);
        await Expect(page.Locator("#my-account-language")).ToHaveTextAsync("Nederlands");
        await Expect(page.Locator("#my-account-language-differs")).ToHaveCountAsync(0); // screens and emails alike
        await page.ScreenshotAsync("my-account-after-switch-nl");
    }

    [Fact]
    public async Task Organiser_TogglesDarkMode_ItIsRememberedAfterReload()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example");

        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await page.ReloadAsync();
        await page.WaitUntilShownAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
        var background = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(15, 23, 34)", background);
        await page.ScreenshotAsync("home-en-dark");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Organiser_InDutchAndDark_StillAccessible()
    {
        var page = await browser.NewPageAsync("nl-NL");
        await page.SignInAsync("organiser@eventhub.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Donkere weergave gebruiken" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await page.Mouse.MoveAsync(600, 600); // as a person would, move away so the button's tooltip closes
        await Expect(page.Locator(".mud-tooltip.mud-popover-open")).ToHaveCountAsync(0);

        await page.ScreenshotAsync("home-nl-dark");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Organiser_SignsOut_LandsOnTheLoginPage()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example");

        await page.GetByRole(AriaRole.Button, new() { Name = "Account menu" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("You have signed out.");
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
    }

    [Fact]
    public async Task Organiser_WithJavaScriptOff_IsToldTheStaffPagesNeedIt()
    {
        // A staff page answers through its live connection: without JavaScript it showed, and nothing on it answered.
        // Signing in works without it (a plain form); the page it leads to says what is missing.
        var page = await browser.NewPhonePageWithoutScriptsAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Email address").FillAsync("organiser@eventhub.example");
        await page.Locator("#password").FillAsync(DemoSeeder.DemoPassword);
        await page.Locator("#sign-in").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welcome, Olga", Level = 1 }))
            .ToBeVisibleAsync(new() { Timeout = BrowserFixture.PageLoadTimeout });
        await Expect(page.Locator(".eh-needs-script")).ToHaveTextAsync(
            "This page works only with JavaScript. Switch JavaScript on in the browser's settings and load the page again.");
        await Expect(page.Locator(".eh-needs-script")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Facilitator_TypesAnOrganiserUrl_IsToldAccessIsDenied()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("facilitator@eventhub.example");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Events" })).ToHaveCountAsync(0);

        await page.GotoAsync("/events");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("access-denied");
    }

    [Fact]
    public async Task ConnectionPaused_ShowsTheReconnectDialogInTheAppsStyle()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example");

        await page.EvaluateAsync("Blazor.pauseCircuit()");

        var dialog = page.Locator("#components-reconnect-modal");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Resume" })).ToBeVisibleAsync();
        await dialog.EvaluateAsync("d => Promise.all(d.getAnimations().map(a => a.finished))"); // let it slide in
        await page.ScreenshotAsync("reconnect-paused");

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Upcoming events" })).ToBeVisibleAsync();
    }
}
