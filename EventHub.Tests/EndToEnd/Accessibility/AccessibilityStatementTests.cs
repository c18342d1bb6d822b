using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Accessibility;

/// <summary>The accessibility statement: reachable from every public page's footer and from the staff menu, in both languages and themes.</summary>
[Collection(AccessibilityBrowserCollection.Name)]
public class AccessibilityStatementTests(AccessibilityBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Partner_FollowsTheFooterLink_ReadsTheStatementWithItsContactAddress_InEnglishAndDutch()
    {
        var published = await DemoEvents.FindAsync(browser.App, DemoEvents.PublishedTitle);
        foreach (var (locale, link, title, status) in new[]
        {
            ("en-GB", "Accessibility", "Accessibility statement", "EventHub partially meets the requirements"),
            ("nl-NL", "Toegankelijkheid", "Toegankelijkheidsverklaring", "EventHub voldoet gedeeltelijk aan de eisen"),
        })
        {
            var page = await browser.NewPageAsync(locale);
            await page.GotoAsync($"/e/{published.Slug}");
            await page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = link }).OpenPageAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
            await Expect(page.Locator("#statement-status")).ToContainTextAsync(status);
            // The address comes from EventHub:Accessibility:ContactEmail (set by the test app).
            await Expect(page.Locator("#statement-contact a")).ToHaveAttributeAsync("href", "mailto:accessibility@eventhub.example");
            foreach (var dark in new[] { false, true })
            {
                await page.Context.AddCookiesAsync([new Cookie { Name = "EventHub.Theme", Value = dark ? "dark" : "light", Url = browser.BaseUrl }]);
                await page.ReloadAsync();
                await page.ScreenshotAsync($"accessibility-statement-{locale[..2]}-{(dark ? "dark" : "light")}");
                await page.AssertAccessibleAsync();
            }
        }
    }

    [Theory]
    [InlineData("en-GB", "Accessibility statement")]
    [InlineData("nl-NL", "Toegankelijkheidsverklaring")]
    public async Task Staff_FindTheStatementInTheMenu_ItsNameWhole(string locale, string title)
    {
        var page = await browser.NewPageAsync(locale);
        await page.SignInAsync("facilitator@eventhub.example");
        var link = page.Locator("#nav-accessibility");

        // Dutch's one long word breaks at its soft hyphen instead of being cut off at the menu's edge.
        Assert.True(await link.Locator(".mud-nav-link-text").EvaluateAsync<bool>(
            "text => text.getBoundingClientRect().right <= text.closest('.mud-drawer-content').getBoundingClientRect().right"),
            $"The menu cuts off \"{await link.InnerTextAsync()}\"");
        await link.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(browser.BaseUrl + "/accessibility");
    }
}
