using System.Text.RegularExpressions;
using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd;

/// <summary>
/// Partners open their links on a phone, door staff and facilitators work on one: at 320 and 390 px no page scrolls
/// sideways, even when titles and names are the longest Dutch words, and the staff pages' field labels are read whole;
/// the app's own words break only where they must, on a phone and on a tablet beside the menu.
/// Every partner page is photographed at 320 px.
/// </summary>
[Collection(InsightBrowserCollection.Name)]
public class PhoneWidthTests(InsightBrowserFixture browser) : BrowserStory(browser)
{
    private static readonly int[] Widths = [320, 390];

    [Fact]
    public async Task EveryPhonePage_WithLongDutchWords_FitsTheScreenWidth()
    {
        var world = await LongWordWorld.CreateAsync(browser.App.Services);
        // Door staff work only the events taking place today.
        var (todayId, _, _) = await TodaysEvents.CreateAsync(browser.App.Services, $"Netwerkbijeenkomst Kansengelijkheidsalliantie {Guid.NewGuid():N}"[..52]);
        var partnerPages = new (string Name, string Path)[]
        {
            ("rsvp-open", $"/rsvp/{world.RsvpTokens["open"]}"),
            ("rsvp-accepted-qr", $"/rsvp/{world.RsvpTokens["accepted"]}"),
            ("rsvp-accepted-saved", $"/rsvp/{world.RsvpTokens["accepted"]}?saved=1"),
            ("rsvp-waitlisted", $"/rsvp/{world.RsvpTokens["waitlisted"]}"),
            ("rsvp-declined", $"/rsvp/{world.RsvpTokens["declined"]}"),
            ("rsvp-closed", $"/rsvp/{world.RsvpTokens["closed"]}"),
            ("rsvp-expired", "/rsvp/Dezeuitnodigingslinkisverlopenofbestaatniet"),
            ("public-event", $"/e/{world.OpenEventSlug}"),
            ("public-report", $"/e/{world.ReportSlug}/report"),
            ("action-owner", $"/a/{world.OwnerToken}"),
            ("stop-inviting", $"/stop/{world.StopToken}"),
        };
        var staffPages = new (string Name, string Account, string Path)[]
        {
            ("check-in", "door@eventhub.example", $"/check-in/{todayId}"),
            ("my-sessions", "facilitator@eventhub.example", "/my-sessions"),
            ("outcome-capture", "facilitator@eventhub.example", $"/sessions/{world.FacilitatedSessionId}/outcome"),
        };
        var tooWide = new List<string>();
        var cutOff = new List<string>();

        var partner = await browser.NewPageAsync("nl-NL");
        foreach (var (name, path) in partnerPages)
        {
            await partner.GotoAsync(path);
            await Expect(partner.Locator("html")).ToHaveAttributeAsync("lang", "nl");
            await Expect(partner.Locator("h1")).ToBeVisibleAsync();
            foreach (var width in Widths)
            {
                await partner.SetViewportSizeAsync(width, 780);
                tooWide.AddRange(await OverflowAsync(partner, name, width));
            }

            await partner.SetViewportSizeAsync(320, 780);
            await partner.ScreenshotAsync($"phone-320-nl-{name}");
        }

        var staff = new Dictionary<string, IPage>(); // one browser per account: its second page is reached in the app
        foreach (var (name, account, path) in staffPages)
        {
            if (!staff.TryGetValue(account, out var page))
            {
                page = staff[account] = await browser.NewPageAsync("nl-NL");
                await page.SetViewportSizeAsync(390, 780);
                await page.SignInAsync(account, at: path);
            }
            else
            {
                await page.SetViewportSizeAsync(390, 780);
                await page.OpenAsync(path, interactive: true);
            }

            await Expect(page.Locator("main")).ToContainTextAsync(name == "check-in" ? "Netwerkbijeenkomst" : LongWordWorld.Session);
            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, 780);
                tooWide.AddRange(await OverflowAsync(page, name, width));
            }

            await page.SetViewportSizeAsync(320, 780);
            await page.ScreenshotAsync($"phone-320-nl-{name}");
            cutOff.AddRange((await page.CutOffLabelsAsync()).Select(label => $"{name}: {label}"));
            if (name == "outcome-capture")
            {
                // The action item's fields, in a dialog on the phone: "Organisatie of persoon die eige…" once.
                await page.Locator("#add-action").OpenDialogAsync();
                cutOff.AddRange((await page.CutOffLabelsAsync()).Select(label => $"{name}, action item: {label}"));
                await page.Keyboard.PressAsync("Escape");
            }
        }

        Assert.True(tooWide.Count == 0, "Pages scroll sideways on a phone:\n" + string.Join("\n", tooWide));
        Assert.True(cutOff.Count == 0, "Field labels are cut short on a phone:\n" + string.Join("\n", cutOff));
    }

    [Fact]
    public async Task Organiser_OnAPhone_ReadsTheTablesAndLists_AsLabelledLines_ThatNeedNoScrollingInABox()
    {
        var eventId = (await DemoRouteValues.ReadAsync(browser.App.Services)).For("events", "Id");
        var organiser = await browser.NewPageAsync("nl-NL");
        var paths = new[]
        {
            ($"/events/{eventId}", ".eh-programme", Interactive: true), // its buttons' column once took the page 107 px past the screen
            ($"/events/{eventId}/invitations", "#sector-balance", Interactive: true), // and the counts of needs: 301 px in 262 px at 320
            ($"/events/{eventId}/synthesis", ".eh-synthesis-actions", Interactive: true),
            ("/organisations", ".eh-grid", Interactive: true), // a name and its tags: the grid's lines 359 px wide at 320
            ("/themes", "#theme-list", Interactive: true),
            ("/insight/annual-report", "#annual-years", Interactive: false), // printable
        };
        await organiser.SignInAsync("organiser@eventhub.example", at: paths[0].Item1);

        var problems = new List<string>();
        foreach (var (path, table, interactive) in paths)
        {
            await organiser.SetViewportSizeAsync(390, 844);
            await organiser.OpenAsync(path, interactive);
            await Expect(organiser.Locator(table).First).ToBeVisibleAsync();
            await organiser.AssertAccessibleAsync();
            await organiser.Locator(table).First.ScreenshotAsync($"phone-390-nl-table-{table.Trim('#', '.')}");
            foreach (var width in Widths)
            {
                await organiser.SetViewportSizeAsync(width, 844);
                // A box that scrolls sideways with nothing focusable in it cannot be read with the keyboard (axe
                // scrollable-region-focusable): below 45rem each table row becomes a block of labelled lines instead.
                var boxes = await organiser.EvaluateAsync<string[]>("""
                    () => [...document.querySelectorAll('#main-content *')]
                        .filter(el => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
                        .map(el => `${el.tagName.toLowerCase()}.${el.className} (${el.scrollWidth} px in ${el.clientWidth} px)`)
                    """);
                problems.AddRange(boxes.Select(box => $"{path} at {width} px scrolls sideways inside: {box}"));
                problems.AddRange(await OverflowAsync(organiser, path, width));
                // A heading beside its button once read "Samenvat|ting" on the synthesis page.
                problems.AddRange((await organiser.SqueezedWordsAsync()).Select(word => $"{path} at {width} px breaks a word that fits: {word}"));
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Organiser_OnAPhone_BeforeThePageIsLive_IsNotToldTheFoldedMenuIsOpen()
    {
        // The server lays the page out before it knows the screen: the menu is open on a wide screen and folded away on a
        // phone. Its button said "expanded" on a phone until the page was live, while the menu was nowhere to be seen.
        var organiser = await browser.NewPageAsync();
        await organiser.SetViewportSizeAsync(390, 844);
        await organiser.SignInAsync("organiser@eventhub.example");
        var goLive = await organiser.OpenBeforeItIsLiveAsync("/events");

        var menuButton = organiser.GetByRole(AriaRole.Button, new() { Name = "Show or hide the menu" });
        await Expect(menuButton).ToBeVisibleAsync();
        await Expect(organiser.Locator(".mud-drawer")).ToBeHiddenAsync();
        Assert.Null(await menuButton.GetAttributeAsync("aria-expanded")); // the page stands still until it goes live

        goLive();
        await organiser.WaitForInteractiveAsync();
        await Expect(menuButton).ToHaveAttributeAsync("aria-expanded", "false");
        await menuButton.ClickAsync();
        await Expect(menuButton).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(organiser.GetByRole(AriaRole.Link, new() { Name = "Action items" })).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Organiser_OnATablet_HasTheMenuFolded_AndReadsWholeWords()
    {
        // At 1024 px the menu once stayed open and left 784 px: the event's details shared that with its links, and its
        // theme chips read "Kwaliteit|sonderwi|js"; the Outbox's five columns split its subjects' words (it stacked its
        // rows below 1280 px for that); the synthesis squeezed an owner's name ("Ondernemersverenigin|g"). Below 1280 px
        // the menu now folds behind its button.
        var eventId = (await DemoRouteValues.ReadAsync(browser.App.Services)).For("events", "Id");
        var organiser = await browser.NewPageAsync("nl-NL");
        await organiser.SetViewportSizeAsync(1024, 768);
        await organiser.SignInAsync("organiser@eventhub.example", at: $"/events/{eventId}");
        await Expect(organiser.Locator(".mud-drawer")).ToHaveClassAsync(MenuDrawer.Closed());
        var menuButton = organiser.GetByRole(AriaRole.Button, new() { Name = "Menu tonen of verbergen" });
        await Expect(menuButton).ToHaveAttributeAsync("aria-expanded", "false");
        await menuButton.ClickAsync();
        await Expect(menuButton).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(organiser.GetByRole(AriaRole.Link, new() { Name = "Actiepunten" })).ToBeInViewportAsync();

        var problems = new List<string>();
        foreach (var (path, shown) in new[] { ($"/events/{eventId}", ".eh-details .mud-chip"), ("/outbox", ".eh-outbox-open"), ($"/events/{eventId}/synthesis", ".eh-synthesis-summary") })
        {
            await organiser.OpenAsync(path, interactive: true);
            await Expect(organiser.Locator(shown).First).ToBeVisibleAsync();
            if (path == "/outbox")
            {
                // With the menu folded its five columns have the room they have beside the menu at 1280 px: no stacked rows.
                await Expect(organiser.GetByRole(AriaRole.Columnheader, new() { Name = "Onderwerp" })).ToBeVisibleAsync();
            }

            problems.AddRange((await organiser.SqueezedWordsAsync()).Select(word => $"{path}: {word}"));
            problems.AddRange((await organiser.BrokenWordsAsync(".eh-synthesis-actions td.eh-col-name")).Select(word => $"{path}: an owner breaks: {word}"));
        }

        Assert.True(problems.Count == 0, "Words break although they fit:\n" + string.Join("\n", problems));
    }

    private static async Task<IReadOnlyList<string>> OverflowAsync(IPage page, string name, int width) =>
        await page.SidewaysScrollAsync() is { } sideways ? [$"{name} at {width} px ({page.Url}): {sideways}"] : [];
}
