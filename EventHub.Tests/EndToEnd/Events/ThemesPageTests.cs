using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Events;

/// <summary>An organiser keeps the shared list of themes: adds one, gives it a better name, archives it.</summary>
[Collection(PlanningBrowserCollection.Name)]
public class ThemesPageTests(PlanningBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_AddsRenamesAndArchivesATheme_ItIsNoLongerOfferedForEvents()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Themes" }).OpenPageAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Themes", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#theme-list")).ToContainTextAsync("Language and literacy");

        await page.Locator("#new-theme").OpenDialogAsync();
        await page.Locator("#theme-name").FillAsync("Digital inclusoin");
        await page.Locator("#theme-dutch-name").FillAsync("Digitale inclusie");
        await page.Locator("#theme-save").ClickAsync();
        var row = page.Locator("#theme-list tbody tr", new() { HasText = "Digital inclusoin" });
        await Expect(row).ToContainTextAsync("Digitale inclusie");
        await Expect(row).ToContainTextAsync("0 events");

        // A typo is fixed in place; a name another theme has is refused with a clear message.
        await row.GetByRole(AriaRole.Button, new() { Name = "Rename Digital inclusoin" }).OpenDialogAsync();
        await page.Locator("#theme-name").FillAsync("Language and literacy");
        await page.Locator("#theme-save").ClickAsync();
        await Expect(page.Locator("#theme-error")).ToHaveTextAsync("There is already a theme called \u201cLanguage and literacy\u201d.");
        await page.Locator("#theme-name").FillAsync("Digital inclusion");
        await page.Locator("#theme-name").PressAsync("Tab");
        await Expect(page.Locator("#theme-error")).ToHaveCountAsync(0); // the new name has reached the dialog
        await page.Locator("#theme-save").ClickAsync();
        row = page.Locator("#theme-list tbody tr", new() { HasText = "Digital inclusion" });
        await Expect(row).ToBeVisibleAsync();
        await page.ScreenshotAsync("themes-en");
        await page.AssertAccessibleAsync();

        await row.GetByRole(AriaRole.Button, new() { Name = "Archive Digital inclusion" }).OpenDialogAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("The 0 events tagged with it keep it.");
        await page.Locator("#confirm-ok").ClickAsync();
        await Expect(row).ToContainTextAsync("Archived");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Restore Digital inclusion" })).ToBeVisibleAsync();

        await page.OpenAsync("/events/new", interactive: false);
        var themes = page.GetByRole(AriaRole.Group, new() { Name = "Themes" });
        await Expect(themes.GetByRole(AriaRole.Checkbox, new() { Name = "Language and literacy" })).ToBeVisibleAsync();
        await Expect(themes.GetByRole(AriaRole.Checkbox, new() { Name = "Digital inclusion" })).ToHaveCountAsync(0);

        // Ticked by keyboard as any checkbox is: Space.
        await themes.GetByRole(AriaRole.Checkbox, new() { Name = "Language and literacy" }).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(themes.GetByRole(AriaRole.Checkbox, new() { Name = "Language and literacy" })).ToBeCheckedAsync();
        // With the house's 3 px ring round the box (MudBlazor shows only a faint halo).
        await Expect(themes.Locator(".mud-icon-button:has(input:focus)")).ToHaveCSSAsync("outline-width", "3px");
    }

    [Fact]
    public async Task DutchOrganiser_ReadsThePageInDutch()
    {
        var page = await browser.NewPageAsync("nl-NL");
        await page.SignInAsync("organiser@eventhub.example", at: "/themes");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thema's", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#theme-list")).ToContainTextAsync("Taal en geletterdheid");
        await page.ScreenshotAsync("themes-nl");
        await page.AssertAccessibleAsync();
    }
}
