using System.Text.RegularExpressions;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Directory;

/// <summary>An organiser keeping the partner directory: find, open, edit, add, and clean up duplicates.</summary>
[Collection(DirectoryBrowserCollection.Name)]
public class DirectoryTests(DirectoryBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_SearchesOrganisationsAndOpensOne()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example");

        var total = $"of {await AppData.ReadAsync(browser.App, db => db.Organisations.CountAsync(o => !o.IsArchived && o.MergedIntoId == null))}";
        await page.GetByRole(AriaRole.Link, new() { Name = "Organisations" }).OpenPageAsync();
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(25);
        await Expect(page.Locator(".mud-table-pagination")).ToContainTextAsync(total);
        await page.ScreenshotAsync("organisations-en");
        await page.AssertAccessibleAsync();

        await page.Locator("#organisation-search").FillAsync("bibliotheek");
        var caption = page.Locator(".mud-table-pagination");
        await Expect(caption).Not.ToContainTextAsync(total);
        // MudBlazor draws the pager's new caption before the grid's new rows: wait for as many rows as it says, then
        // every one of them is a library (a list of the rows taken at once could still hold the unfiltered ones).
        var found = int.Parse(Regex.Match(await caption.InnerTextAsync(), @"of (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var rows = page.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(found);
        await Expect(rows.Filter(new() { HasNotText = "Bibliotheek" })).ToHaveCountAsync(0);

        // Other stories add "Bibliotheek" partners of their own without a sub-sector; open one of the demo's libraries.
        await page.Locator("tbody tr", new() { HasText = "Education · Library" }).First.GetByRole(AriaRole.Link).First.OpenPageAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bibliotheek");
        await Expect(page.Locator("dl.eh-details")).ToContainTextAsync("Education · Library");
        // Every partner was invited to last month's meeting: the timeline says so on top.
        await Expect(page.Locator("#timeline-summary")).ToContainTextAsync("Invited to 1 event");
        await page.ScreenshotAsync("organisation-page-en");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Organiser_SortingByKeyboard_HearsWhichColumnEachSortButtonSorts_AndWhichWayItIsSorted()
    {
        var page = await browser.NewPageAsync("nl-NL");
        await page.SignInAsync("organiser@eventhub.example", at: "/organisations");
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(25);
        var name = page.GetByRole(AriaRole.Columnheader).Filter(new() { HasText = "Naam" });

        // MudBlazor names each of them "Sorteren".
        var byName = page.GetByRole(AriaRole.Button, new() { Name = "Sorteren op Naam", Exact = true });
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sorteren op Sector", Exact = true })).ToHaveCountAsync(1);
        await Expect(name).ToHaveAttributeAsync("aria-sort", "none");

        await byName.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(name).ToHaveAttributeAsync("aria-sort", "ascending");
        await page.Keyboard.PressAsync("Enter");
        await Expect(name).ToHaveAttributeAsync("aria-sort", "descending");
        await Expect(byName).ToBeFocusedAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Organiser_AddsAContactWithATakenEmail_IsPointedToTheExistingContact()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: "/contacts");
        var takenEmail = await page.Locator("tbody tr").First.Locator("td").Nth(1).InnerTextAsync();

        await page.Locator("#new-contact").OpenDialogAsync();
        await page.Locator("#contact-first-name").FillAsync("Sanne");
        await page.Locator("#contact-last-name").FillAsync("Bos");
        await page.Locator("#contact-email").FillAsync(takenEmail.ToUpperInvariant());
        await page.Locator("#contact-save").ClickAsync();

        await Expect(page.Locator("#contact-error")).ToContainTextAsync("already in the directory");
        await page.ScreenshotAsync("contact-duplicate-email");
        await page.Locator("#existing-contact").OpenPageAsync();
        await Expect(page.Locator("dl.eh-details")).ToContainTextAsync(takenEmail);
    }

    [Fact]
    public async Task Organiser_CreatesAnOrganisationAndMergesItsDuplicate()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: "/organisations");
        var existing = await page.Locator("tbody tr").First.GetByRole(AriaRole.Link).First.InnerTextAsync();

        await page.Locator("#new-organisation").OpenDialogAsync();
        await page.Locator("#organisation-name").FillAsync(existing.Replace(" ", "-") + ".");
        await page.Locator("#organisation-sector").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Business" }).ClickAsync();
        await page.Locator("#organisation-tags").FillAsync("stagepact, Oosterpark");
        await page.Locator("#organisation-save").OpenPageAsync(); // added, the new organisation's own page opens
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(existing.Replace(" ", "-") + ".");

        await page.OpenAsync("/directory/duplicates", interactive: false);
        await Expect(page.Locator(".mud-paper").Filter(new() { HasText = existing })).ToHaveCountAsync(1);
        await page.ScreenshotAsync("duplicates-en");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Merge into {existing}" }).OpenDialogAsync();
        await page.Locator("#confirm-ok").ClickAsync();

        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("was merged into");
        await Expect(page.GetByText("No possible duplicates")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Facilitator_ReadsTheDirectoryButCannotChangeIt()
    {
        var page = await browser.NewPageAsync("nl-NL");
        await page.SignInAsync("facilitator@eventhub.example");

        await page.GetByRole(AriaRole.Link, new() { Name = "Contactpersonen" }).OpenPageAsync();

        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(25);
        await Expect(page.Locator("#new-contact")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("contacts-nl-facilitator");
        await page.AssertAccessibleAsync();
        await page.GotoAsync("/directory/duplicates");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Geen toegang" })).ToBeVisibleAsync();
    }
}
