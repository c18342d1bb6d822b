using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Privacy;

/// <summary>An admin edits the privacy notice in both languages, previews it, publishes a new version, and reads the old one.</summary>
[Collection(DirectoryBrowserCollection.Name)]
public class PrivacyNoticePageTests(DirectoryBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task AnAdminPublishesANewVersion_TheOldOneStaysReadable()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var page = await browser.NewPageAsync();
        await page.SignInAsync("admin@eventhub.example");
        await page.GetByRole(AriaRole.Link, new() { Name = "Privacy notice" }).OpenPageAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Privacy notice", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#notice-retention")).ToContainTextAsync("deleted 30 days after the event ends");
        await Expect(page.Locator("#notice-text-en")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^- We store your answer"));

        await page.Locator("#notice-controller-name").FillAsync("Gemeente Groningen");
        await page.Locator("#notice-controller-email").FillAsync("privacy@groningen.example");
        await page.Locator("#notice-text-en").FillAsync($"- We keep your answer **{suffix}**.");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Nederlands" }).ClickAsync();
        await page.Locator("#notice-text-nl").FillAsync($"- We bewaren uw antwoord **{suffix}**.");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.Locator("#notice-preview-en strong")).ToHaveTextAsync(suffix);
        await Expect(page.Locator("#notice-preview-nl")).ToContainTextAsync("We bewaren uw antwoord");
        await page.Locator("#notice-publish").OpenDialogAsync();
        await page.Locator("#confirm-ok").ClickAsync();

        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Published as version");
        var panels = page.Locator("#notice-versions .mud-expand-panel");
        await Expect(panels.First).ToContainTextAsync("in force");
        await Expect(panels.Last).ToContainTextAsync("Version 2026-11");
        await panels.Last.Locator(".mud-expand-panel-header").ClickAsync();
        await Expect(panels.Last).ToContainTextAsync("We store your answer, the sessions you choose");
        await page.ScreenshotAsync("privacy-notice-admin-en");
        await page.AssertAccessibleAsync();
    }
}
