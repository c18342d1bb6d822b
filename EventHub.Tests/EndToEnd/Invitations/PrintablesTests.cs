using System.Text;
using System.Text.RegularExpressions;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Invitations;

/// <summary>
/// The paper fallback for the door (issue 15, section 6): name badges eight to an A4 sheet and a sign-in list per
/// organisation, opened from the event page, checked as chromium lays them out for print and as it prints them to PDF.
/// </summary>
[Collection(DoorBrowserCollection.Name)]
public partial class PrintablesTests(DoorBrowserFixture browser) : BrowserStory(browser)
{
    /// <summary>A4 in PDF points (1/72 inch).</summary>
    private const double A4Width = 595.3, A4Height = 841.9;

    [Fact]
    public async Task Organiser_PrintsNameBadges_EightToASheet_EveryBadgeWhole()
    {
        var world = await PrintWorld.CreateAsync(browser.App.Services, "Badges voor de deur");
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{world.EventId}");

        // A page outside the interactive app: the app's router hands it to the browser, which loads it afresh.
        await ClickAndWaitForPageLoadAsync(page.Locator("#print-badges"));

        await Expect(page).ToHaveURLAsync(new Regex($"/events/{world.EventId}/badges$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Name badges");
        await Expect(page.Locator("#print-summary")).ToHaveTextAsync("12 guests who accepted, by last name. 2 sheets of 8 badges.");
        await Expect(page.Locator(".eh-badge-sheet")).ToHaveCountAsync(2);
        await Expect(page.Locator(".eh-badge")).ToHaveCountAsync(12);
        // By last name, the Dutch way ("de Boer" under B), with the sector named on the band.
        await Expect(page.Locator(".eh-badge-name").First).ToHaveTextAsync(world.Accepted[0]);
        await Expect(page.Locator(".eh-badge-name").Nth(2)).ToHaveTextAsync(world.Accepted[2]);
        var first = page.Locator(".eh-badge").First;
        await Expect(first.Locator(".eh-badge-band")).ToHaveTextAsync("Government");
        await Expect(first.Locator(".eh-badge-organisation")).ToHaveTextAsync(world.Organisations[0]);
        await Expect(first.Locator("svg[role='img']")).ToHaveAttributeAsync("aria-label", new Regex("^Check-in code [2-9A-Z]{5}-[2-9A-Z]{5}$"));
        await Expect(page.Locator(".eh-badge", new() { HasText = world.Accepted[11] }).Locator(".eh-badge-band")).ToHaveTextAsync("Guest");
        await Expect(page.Locator(".eh-badge", new() { HasText = world.Maybe })).ToHaveCountAsync(0);
        await Expect(page.Locator(".eh-badge", new() { HasText = world.Declined })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("print-badges-en");

        // The Print button opens the browser's print dialog (stood in for here: a headless browser has none).
        await page.EvaluateAsync("() => window.print = () => document.body.dataset.printed = 'yes'");
        await page.Locator("#print-now").ClickAsync();
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-printed", "yes");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".eh-print-toolbar")).ToBeHiddenAsync();
        var sheets = await page.Locator(".eh-badge-sheet").AllAsync();
        Assert.Equal(["page", "auto"], await BreaksAfterAsync(sheets)); // the last one feeds out no empty page
        foreach (var sheet in sheets)
        {
            var box = (await sheet.BoundingBoxAsync())!;
            foreach (var badge in await sheet.Locator(".eh-badge").AllAsync())
            {
                var inner = (await badge.BoundingBoxAsync())!;
                Assert.True(Inside(inner, box), $"A badge ({inner.X}, {inner.Y}, {inner.Width} x {inner.Height}) sticks out of its sheet ({box.X}, {box.Y}, {box.Width} x {box.Height}).");
                foreach (var part in await badge.Locator(".eh-badge-band, .eh-badge-name, .eh-badge-organisation, svg").AllAsync())
                {
                    Assert.True(Inside((await part.BoundingBoxAsync())!, inner), $"Part of the badge of {await badge.GetAttributeAsync("aria-label")} sticks out of it.");
                }
            }
        }

        var pdf = await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true, Path = PdfPath("print-badges") });
        using var document = PdfDocument.Open(pdf);
        Assert.Equal(2, document.NumberOfPages); // ceil(12 / 8)
        var pages = document.GetPages().ToList();
        // A4 portrait, to the point (chromium rounds the page to whole CSS pixels).
        Assert.All(pages, p => Assert.True(Math.Abs(p.Width - A4Width) < 1 && Math.Abs(p.Height - A4Height) < 1, $"{p.Width} x {p.Height} pt is not A4"));
        var text = string.Concat(pages.Select(p => Squeezed(p.Text)));
        Assert.All(world.Accepted, name => Assert.Contains(Squeezed(name), text));
        Assert.DoesNotContain(Squeezed(world.Maybe), text);
        // The first sheet holds the first eight by last name, the second the other four.
        Assert.Contains(Squeezed(world.Accepted[7]), Squeezed(pages[0].Text));
        Assert.Contains(Squeezed(world.Accepted[8]), Squeezed(pages[1].Text));

        var dutch = await browser.NewPageAsync("nl-NL");
        await dutch.SignInAsync("organiser@eventhub.example", at: $"/events/{world.EventId}/badges?maybe=true");
        await Expect(dutch.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Naambadges");
        await Expect(dutch.Locator(".eh-badge")).ToHaveCountAsync(13);
        await Expect(dutch.Locator(".eh-badge").First.Locator(".eh-badge-band")).ToHaveTextAsync("Overheid");
        await Expect(dutch.Locator("#print-toggle-tentative")).ToHaveTextAsync("Alleen de gasten afdrukken die toezegden");
        await dutch.AssertAccessibleAsync();
        await dutch.ScreenshotAsync("print-badges-nl");
    }

    [Fact]
    public async Task Organiser_PrintsSignInLists_OnePerOrganisation_WithTheEventOnEveryPage()
    {
        // 20 more people without an organisation: their list runs onto a second page.
        var world = await PrintWorld.CreateAsync(browser.App.Services, "Presentielijst voor de deur", moreWithoutOrganisation: 20);
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{world.EventId}");

        await ClickAndWaitForPageLoadAsync(page.Locator("#print-sign-in-lists"));

        await Expect(page).ToHaveURLAsync(new Regex($"/events/{world.EventId}/sign-in-lists$"));
        var lists = page.Locator(".eh-signin-list");
        await Expect(lists).ToHaveCountAsync(4);
        // By organisation name (bakery, municipality, university), people without an organisation last.
        await Expect(lists.Locator("h2")).ToHaveTextAsync([
            $"Sign-in list: {world.Organisations[2]}", $"Sign-in list: {world.Organisations[0]}",
            $"Sign-in list: {world.Organisations[1]}", "Sign-in list: Without an organisation"]);
        await Expect(lists.Nth(1).Locator("tbody tr")).ToHaveCountAsync(4);
        await Expect(lists.Nth(1).Locator("tbody tr").First.Locator("td").First).ToHaveTextAsync(world.Accepted[0]);
        await Expect(lists.Nth(3).Locator("tbody td").First).ToHaveTextAsync(world.Accepted[11]);
        await Expect(lists.Nth(3).Locator("tbody tr")).ToHaveCountAsync(21);
        await Expect(lists.First.Locator("thead")).ToContainTextAsync(world.Title);
        await Expect(lists.First.Locator("thead th[scope='col']")).ToHaveTextAsync(["Name", "Organisation", "Signature"]);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("print-sign-in-lists-en");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal(["page", "page", "page", "auto"], await BreaksAfterAsync(await lists.AllAsync()));
        foreach (var list in await lists.AllAsync())
        {
            Assert.Equal("table-header-group", await list.Locator("thead").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        }

        var pdf = await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true, Path = PdfPath("print-sign-in-lists") });
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        // A page per organisation, and two for the 21 people without one; every page starts with the list's head.
        Assert.Equal(5, pages.Count);
        Assert.All(pages, p => Assert.StartsWith(Squeezed("Sign-in list:"), Squeezed(p.Text)));
        Assert.All(pages, p => Assert.Contains(Squeezed(world.Title), Squeezed(p.Text)));
        Assert.All(pages, p => Assert.Contains("NameOrganisationSignature", Squeezed(p.Text)));
        Assert.StartsWith(Squeezed($"Sign-in list: {world.Organisations[2]}"), Squeezed(pages[0].Text));
        Assert.All(pages[3..], p => Assert.StartsWith(Squeezed("Sign-in list: Without an organisation"), Squeezed(p.Text)));
        Assert.Contains(Squeezed(world.Accepted[^1]), Squeezed(pages[4].Text));
        var text = string.Concat(pages.Select(p => Squeezed(p.Text)));
        Assert.All(world.Accepted, name => Assert.Contains(Squeezed(name), text));

        // Back to the interactive event page.
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.Locator("#print-back").OpenPageAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(world.Title);

        var dutch = await browser.NewPageAsync("nl-NL");
        await dutch.SignInAsync("organiser@eventhub.example", at: $"/events/{world.EventId}/sign-in-lists");
        await Expect(dutch.Locator(".eh-signin-list").Last.Locator("h2")).ToHaveTextAsync("Presentielijst: Zonder organisatie");
        await dutch.AssertAccessibleAsync();
        await dutch.ScreenshotAsync("print-sign-in-lists-nl");
    }

    [Fact]
    public async Task WhenNobodyAccepted_ThePrintPagesSaySo()
    {
        var (eventId, _) = await EmptyEventAsync();
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example");

        foreach (var path in new[] { "badges", "sign-in-lists" })
        {
            await page.GotoAsync($"/events/{eventId}/{path}");
            await Expect(page.Locator("#print-empty")).ToHaveTextAsync("Nobody has accepted yet, so there is nothing to print.");
            await Expect(page.Locator("#print-now, #print-summary")).ToHaveCountAsync(0);
            await page.AssertAccessibleAsync();
        }

        await page.ScreenshotAsync("print-empty-en");
    }

    private async Task<(int EventId, string Title)> EmptyEventAsync()
    {
        var dbFactory = browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = browser.App.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var @event = new Event($"Nog niemand {Guid.NewGuid():N}", now.AddDays(30), now.AddDays(30).AddHours(2));
        await using var db = await dbFactory.CreateDbContextAsync();
        db.Events.Add(@event);
        await db.SaveChangesAsync();
        return (@event.Id, @event.Title);
    }

    /// <summary>
    /// Clicks a link to a page outside the interactive app and waits until the browser has loaded it: the app's router
    /// changes the address first, then hands the page to the browser, which loads it afresh.
    /// </summary>
    private static async Task ClickAndWaitForPageLoadAsync(ILocator link)
    {
        var loaded = new TaskCompletionSource();
        void OnLoad(object? sender, IPage page) => loaded.TrySetResult();
        link.Page.Load += OnLoad;
        try
        {
            await link.ClickAsync();
            await loaded.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }
        finally
        {
            link.Page.Load -= OnLoad;
        }
    }

    private static async Task<string[]> BreaksAfterAsync(IEnumerable<ILocator> boxes) =>
        await Task.WhenAll(boxes.Select(b => b.EvaluateAsync<string>("e => getComputedStyle(e).breakAfter")));

    /// <summary>Next to the screenshots, for people to look at.</summary>
    private static string PdfPath(string name) => Path.Combine(RepositoryPaths.Screenshots, $"{name}.pdf");

    private static bool Inside(LocatorBoundingBoxResult inner, LocatorBoundingBoxResult outer) =>
        inner.X >= outer.X - 0.5 && inner.Y >= outer.Y - 0.5
        && inner.X + inner.Width <= outer.X + outer.Width + 0.5 && inner.Y + inner.Height <= outer.Y + outer.Height + 0.5;

    /// <summary>Text without white space: a PDF's text comes without the spaces and line breaks the layout put in.</summary>
    /// <summary>
    /// The PDF's text without white space, and with the ligatures chromium sets ("ﬀ" in a title ending "84ff2a") read as
    /// their letters again (NFKC), so random test data never decides the outcome.
    /// </summary>
    private static string Squeezed(string text) => WhiteSpace().Replace(text.Normalize(NormalizationForm.FormKC), "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
