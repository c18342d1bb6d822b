using System.Text.RegularExpressions;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Accessibility;

/// <summary>
/// Whole journeys with the keyboard only (Tab, Shift+Tab, Enter, Space, arrows, Escape; no clicks), the focus visible
/// at every stop.
/// </summary>
[Collection(AccessibilityBrowserCollection.Name)]
public partial class KeyboardOnlyTests(AccessibilityBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Partner_AnswersTheInvitation_FromTheirPersonalLink_WithTheKeyboardOnly()
    {
        var published = await DemoEvents.FindAsync(browser.App, DemoEvents.PublishedTitle);
        var token = await PartnerLinks.InviteAsync(browser.App.Services, published.Id, "Karim", Language.En);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/rsvp/" + token);

        // The page opens with the focus on its heading (for screen readers); Shift+Tab goes back through the header
        // to the skip link, the first stop of the page, and following it brings the focus back to the main content.
        var heading = page.GetByRole(AriaRole.Heading, new() { Name = DemoEvents.PublishedTitle, Level = 1 });
        await Expect(heading).ToBeFocusedAsync();
        await page.TabToAsync(page.Locator("a.eh-skip-link"), backwards: true);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#main-content")).ToBeFocusedAsync();

        await page.TabToAsync(page.GetByLabel("Accept – I am coming"));
        await page.Keyboard.PressAsync("Space");
        await Expect(page.GetByLabel("Accept – I am coming")).ToBeCheckedAsync();
        // Arrows move through the answers and back, as in any radio group.
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.GetByLabel("Accept – I am coming")).Not.ToBeCheckedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Expect(page.GetByLabel("Accept – I am coming")).ToBeCheckedAsync();

        await page.TabToAsync(page.GetByLabel("Workshop: taal en ouderbetrokkenheid"));
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync(page.GetByLabel("Hearing loop", new() { Exact = true }));
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync(page.GetByLabel("I have read the privacy notice and agree"));
        await page.Keyboard.PressAsync("Space");
        // One step back to check the need is still ticked, then on to the button.
        await page.TabToAsync(page.GetByLabel("Hearing loop", new() { Exact = true }), backwards: true);
        await Expect(page.GetByLabel("Hearing loop", new() { Exact = true })).ToBeCheckedAsync();
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(SavedUrl());
        var saved = page.Locator("#rsvp-saved");
        await Expect(saved).ToContainTextAsync("You are coming.");
        await Expect(saved).ToContainTextAsync("Workshop: taal en ouderbetrokkenheid: Registered");
        await Expect(page.GetByLabel("Hearing loop", new() { Exact = true })).ToBeCheckedAsync();
    }

    [GeneratedRegex(@"/rsvp/[A-Za-z0-9_\-]+\?saved=1$")]
    private static partial Regex SavedUrl();
}
