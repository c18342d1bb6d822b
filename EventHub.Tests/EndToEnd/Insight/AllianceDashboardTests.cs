using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Tests.Core.Engagement;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Insight;

/// <summary>
/// The organiser opens the alliance dashboard, changes the range, finds an organisation that came thirteen months ago and
/// not since, puts it on an upcoming event's invite list in one click, and finds its person there.
/// </summary>
[Collection(InsightBrowserCollection.Name)]
public class AllianceDashboardTests(InsightBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_ChangesTheRange_AndInvitesAnOrganisationNotSeenForAYear()
    {
        var (organisationId, person) = await LapsedOrganisationAsync();
        var upcoming = await DemoEvents.FindAsync(browser.App, DemoEvents.PublishedTitle);
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: "/insight");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Alliance dashboard", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#insight-range-text")).ToContainTextAsync("Showing ");
        await page.Locator("#insight-last-year").ClickAsync();
        var lastYear = DateTime.UtcNow.Year - 1;
        await Expect(page.Locator("#insight-range-text")).ToHaveTextAsync($"Showing 1 January {lastYear} to 31 December {lastYear}.");
        await page.Locator("#insight-last-12").ClickAsync();
        await Expect(page.Locator("#insight-range-text")).Not.ToContainTextAsync("1 January");

        var row = page.Locator($"#insight-not-engaged-table tr[data-organisation='{organisationId}']");
        await Expect(row).ToBeVisibleAsync();
        await page.ScreenshotAsync("insight-en-light");
        await page.AssertAccessibleAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Add to event" }).ClickAsync();
        await page.Locator(".mud-input-control.mud-select:has(#insight-add-event)").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = upcoming.Title, Exact = false }).First.ClickAsync();
        await page.Locator("#insight-add-confirm").ClickAsync();
        await Expect(page.GetByText($"1 person put on the invite list of {upcoming.Title}.")).ToBeVisibleAsync();

        await page.OpenAsync($"/events/{upcoming.Id}/invitations", interactive: false);
        await page.Locator("#guest-search").FillAsync(person);
        await Expect(page.Locator("#guest-list tbody tr", new() { HasText = person })).ToHaveCountAsync(1);
    }

    [Theory]
    [InlineData("en-GB", false, "insight-en-phone")]
    [InlineData("nl-NL", false, "insight-nl-light")]
    [InlineData("en-GB", true, "insight-en-dark")]
    [InlineData("nl-NL", true, "insight-nl-dark")]
    public async Task Dashboard_InEnglishAndDutch_LightAndDark_IsAccessible(string locale, bool dark, string screenshot)
    {
        var page = await browser.NewPageAsync(locale);
        if (screenshot.EndsWith("phone", StringComparison.Ordinal))
        {
            await page.SetViewportSizeAsync(390, 844);
        }

        await page.SignInAsync("organiser@eventhub.example");
        if (dark)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = locale == "nl-NL" ? "Donkere weergave gebruiken" : "Switch to dark mode" }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        }

        await page.OpenAsync("/insight", interactive: false);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = locale == "nl-NL" ? "Alliantiedashboard" : "Alliance dashboard", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#insight-not-engaged")).ToBeVisibleAsync();
        await page.Mouse.MoveAsync(600, 10);
        await page.ScreenshotAsync(screenshot);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Admin_SetsSectorTargets_ImpossibleOnesAreFlagged()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("admin@eventhub.example", at: "/admin/sector-targets");

        await page.Locator("#target-min-Government").FillAsync("70");
        await page.Locator("#target-min-Education").FillAsync("40");
        await page.Locator("#target-min-Education").PressAsync("Tab");

        await Expect(page.Locator("#sector-targets-unmeetable")).ToBeVisibleAsync();
        await Expect(page.Locator("#sector-targets-save")).ToBeDisabledAsync();
        await page.ScreenshotAsync("sector-targets-en");
        await page.AssertAccessibleAsync();
    }

    /// <summary>A new organisation whose person came to an event twelve months and a few days ago, and never since.</summary>
    private async Task<(int OrganisationId, string Person)> LapsedOrganisationAsync()
    {
        var factory = browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = browser.App.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var world = new AllianceWorld(factory, now);
        var unique = Guid.NewGuid().ToString("N")[..6];
        var (organisation, contact) = await world.OrganisationAsync($"Stichting Stilte {unique}", Sector.CivilSociety, SubSector.Foundation);
        var past = await world.EventAsync($"Buurtgesprek {unique}", now.AddMonths(-12).AddDays(-1));
        await world.InviteAsync(past, contact, Took.Came);
        return (organisation.Id, $"{contact.FirstName} {contact.LastName}");
    }
}
