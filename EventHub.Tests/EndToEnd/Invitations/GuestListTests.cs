using EventHub.App.Hosting;
using EventHub.Core.Data;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Invitations;

/// <summary>
/// An organiser narrows the guest list to who has not answered, records an answer given by phone, and checks that person in
/// (and undoes it) from the keyboard; on a phone the row buttons carry their labels and the filters fold behind one button.
/// </summary>
[Collection(InvitationsBrowserCollection.Name)]
public class GuestListTests(InvitationsBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_FiltersByStatus_AnswersForSomeoneByPhone_AndChecksThemInFromTheKeyboard()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{await PublishedEventIdAsync()}/invitations");

        await page.Locator("#status-chip-Invited").ClickAsync();
        var rows = page.Locator("#guest-list tbody tr");
        await Expect(rows.First).ToContainTextAsync("Invited");
        await Expect(page.Locator("#guest-list tbody tr", new() { HasText = "Coming" })).ToHaveCountAsync(0);
        var person = (await rows.First.Locator("td").First.InnerTextAsync()).Trim();
        // The row of this contact (by the link to their record): other stories' contacts may share the name.
        var contactLink = await rows.First.Locator("td a").First.GetAttributeAsync("href");
        ILocator RowOfPerson() => page.Locator("#guest-list tbody tr", new() { Has = page.Locator($"a[href='{contactLink}']") });

        await rows.First.Locator(".eh-answer-for").OpenDialogAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync($"Answer for {person}");
        await page.Locator("#answer-accept").ClickAsync();
        await page.Locator("#answer-privacy").ClickAsync();
        await page.Locator("#answer-save").ClickAsync();

        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync($"Answer saved for {person}");
        await Expect(RowOfPerson()).ToHaveCountAsync(0);
        await page.Locator("#status-chip-Accepted").ClickAsync();
        await Expect(RowOfPerson()).ToContainTextAsync("Coming");
        await Expect(page.Locator("#planning-counts")).ToContainTextAsync("Sign language interpreter");

        // The row's buttons work from the keyboard: check them in, and undo it.
        await RowOfPerson().Locator(".eh-check-in").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".mud-snackbar", new() { HasText = $"{person} is checked in." })).ToBeVisibleAsync();
        await Expect(RowOfPerson().Locator(".eh-arrived")).ToHaveTextAsync("Checked in");
        await RowOfPerson().Locator(".eh-undo-check-in").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Expect(page.Locator(".mud-snackbar", new() { HasText = $"{person} is no longer checked in." })).ToBeVisibleAsync();
        await Expect(RowOfPerson().Locator(".eh-check-in")).ToBeVisibleAsync();
        // Wide, with a mouse: the row buttons are icons whose label shows as a tooltip on hover (and keyboard focus).
        var checkInLabel = RowOfPerson().Locator(".eh-check-in .eh-row-action-label");
        await page.Mouse.MoveAsync(0, 0);
        await page.Locator("#guest-search").FocusAsync();
        await Expect(checkInLabel).ToBeHiddenAsync();
        await RowOfPerson().Locator(".eh-check-in").HoverAsync();
        await Expect(checkInLabel).ToBeVisibleAsync();
        await Expect(checkInLabel).ToHaveTextAsync("Check in");
        await page.Keyboard.PressAsync("Escape"); // dismissed without moving the pointer (WCAG 1.4.13)
        await Expect(checkInLabel).ToBeHiddenAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("guest-list-en");
        await page.SetViewportSizeAsync(320, 800);
        await Expect(rows.First).ToBeVisibleAsync();
        // On a phone: the label beside the icon, the search in view, and the other filters behind one button that counts them.
        await Expect(checkInLabel).ToBeVisibleAsync();
        await Expect(page.Locator("#guest-search")).ToBeVisibleAsync();
        await Expect(page.Locator("#guest-filter-needs")).ToBeHiddenAsync();
        await page.Locator("#guest-filters-toggle").ClickAsync();
        await page.Locator("#guest-filter-needs").SelectOptionAsync("true");
        await Expect(page.Locator("#guest-filters-toggle")).ToHaveTextAsync("Filters (1)");
        await page.Locator("#guest-filters-toggle").ClickAsync();
        await Expect(page.Locator("#guest-filter-needs")).ToBeHiddenAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("guest-list-en-320-filters");
        await page.Locator("#guest-filters-clear").ClickAsync();
        await Expect(page.Locator("#guest-filters-toggle")).ToHaveTextAsync("Filters");
        await Expect(page.Locator("#guest-filters-toggle")).ToBeFocusedAsync(); // the pressed button is gone; the focus is not lost
        await Expect(RowOfPerson()).ToBeVisibleAsync();
        await page.ScreenshotAsync("guest-list-en-320");

        // Dark, at desktop and phone width: the plain table, the filters and the pager keep their contrast.
        await page.Context.AddCookiesAsync([new Cookie { Name = ThemePreference.CookieName, Value = "dark", Url = browser.BaseUrl }]);
        await page.SetViewportSizeAsync(1280, 800);
        await page.ReloadAsync();
        await page.WaitUntilShownAsync();
        await Expect(rows.First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("guest-list-en-dark");
        await page.SetViewportSizeAsync(320, 800);
        await Expect(rows.First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("guest-list-en-320-dark");
    }

    /// <summary>The demo's published meeting (by its title: other stories in the collection publish events of their own).</summary>
    private async Task<int> PublishedEventIdAsync()
    {
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        return await db.Events.Where(e => e.Title == DemoEvents.PublishedTitle).Select(e => e.Id).SingleAsync();
    }
}
