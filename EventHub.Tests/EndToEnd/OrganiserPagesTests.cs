using System.Text.RegularExpressions;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd;

[Collection(DirectoryBrowserCollection.Name)]
public class OrganiserPagesTests(DirectoryBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_OpensEvents_SeesAllEventsAndCanFilterThem()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example");

        await page.GetByRole(AriaRole.Link, new() { Name = "Events" }).OpenPageAsync();

        var rows = page.Locator("tbody tr");
        var events = await AppData.ReadAsync(browser.App, db => db.Events.CountAsync());
        await Expect(rows).ToHaveCountAsync(Math.Min(events, 25)); // other stories add events: the first page holds 25
        await Expect(page.Locator(".mud-table-pagination")).ToContainTextAsync($"of {events}");
        // The demo's own title: other stories add events called "Alliantiedag …" of their own.
        await page.Locator("#event-search").FillAsync("gelijke kansen");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Alliantiedag Gelijke Kansen");
        await page.ScreenshotAsync("events-en");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Organiser_TypesASearchBeforeThePageIsLive_KeepsTheTextAndTheKeyboard_AndTheListFilters()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example");
        // A slow network: the page shows, and its live connection waits until the organiser has typed their search.
        var goLive = await page.OpenBeforeItIsLiveAsync("/events");
        var search = page.Locator("#event-search");
        await search.PressSequentiallyAsync("gelijke kansen");
        // Meanwhile a bar along the top says the page is still coming (its buttons do nothing yet).
        const string GoingLive = "() => getComputedStyle(document.querySelector('.eh-shell'), '::before').animationName";
        Assert.Equal("eh-going-live", await page.EvaluateAsync<string>(GoingLive));
        goLive();

        await page.WaitForInteractiveAsync();
        Assert.Equal("none", await page.EvaluateAsync<string>(GoingLive));
        await Expect(search).ToHaveValueAsync("gelijke kansen");
        await Expect(search).ToBeFocusedAsync();
        var rows = page.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Alliantiedag Gelijke Kansen");

        // What they type next goes on in the same field, to the live page.
        await page.Keyboard.PressAsync("ControlOrMeta+A");
        await page.Keyboard.TypeAsync("geen zulke bijeenkomst");
        await Expect(rows.First).ToContainTextAsync("No events match this search or filter.");
    }

    [Fact]
    public async Task Admin_OpensUsers_SeesEveryAccountWithItsRole()
    {
        var page = await browser.NewPageAsync("nl-NL");
        await page.SignInAsync("admin@eventhub.example");

        await page.GetByRole(AriaRole.Link, new() { Name = "Gebruikers en rollen" }).OpenPageAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gebruikers en rollen", Level = 1 })).ToBeVisibleAsync();
        // The demo's four accounts, each with its role (other stories in this collection add people of their own).
        foreach (var (email, role) in new[]
        {
            ("admin@eventhub.example", "Beheerder"), ("organiser@eventhub.example", "Organisator"),
            ("facilitator@eventhub.example", "Gespreksleider"), ("door@eventhub.example", "Deurmedewerker"),
        })
        {
            await Expect(page.Locator("tbody tr", new() { HasText = email })).ToContainTextAsync(role);
        }
        await page.ScreenshotAsync("users-nl");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task NarrowScreen_MenuOpensFromTheAppBar()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync("organiser@eventhub.example");

        await page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the menu" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Events" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("home-phone-menu");
    }
}
