using EventHub.Core.Data;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Invitations;

/// <summary>
/// Choosing whom to invite: the organiser opens the add-people dialog by sector, unticks two people, sees the count and
/// the balance change, adds, and finds exactly those two missing from the list; the expected acceptances show.
/// </summary>
[Collection(InvitationsBrowserCollection.Name)]
public class ChoosingPeopleTests(InvitationsBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_UnticksTwoPeopleOfASector_OnlyTheOthersAreAdded()
    {
        var eventId = (await DemoEvents.FindAsync(browser.App, DemoEvents.PublishedTitle)).Id;
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{eventId}/invitations");
        await Expect(page.Locator("#expected-line")).ToContainTextAsync("Expected to accept:");

        await page.Locator("#add-people").OpenDialogAsync();
        await page.Locator(".mud-input-control.mud-select:has(#add-sector)").ClickAsync();
        // The dialog's list of sectors (the guest list's own sector filter has options of the same names).
        await page.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option, new() { Name = "Education" }).ClickAsync();
        await Expect(page.Locator("#add-count")).ToContainTextAsync("selected");
        var all = int.Parse((await page.Locator("#add-count").InnerTextAsync()).Split(' ')[0]);
        var shareAfter = page.Locator("#add-balance tr[data-sector='Education'] .eh-share-after");
        var shareBefore = await shareAfter.InnerTextAsync();
        var addable = page.Locator("#add-candidates tbody tr:has(input[type=checkbox]:not([disabled]))");
        var left = new[] { int.Parse((await addable.Nth(0).GetAttributeAsync("data-contact"))!), int.Parse((await addable.Nth(1).GetAttributeAsync("data-contact"))!) };

        await addable.Nth(0).Locator("input[type=checkbox]").UncheckAsync();
        await addable.Nth(1).Locator("input[type=checkbox]").UncheckAsync();

        await Expect(page.Locator("#add-count")).ToHaveTextAsync($"{all - 2} of {all} selected");
        await Expect(shareAfter).Not.ToHaveTextAsync(shareBefore);
        await page.ScreenshotAsync("choosing-dialog-en");
        await page.AssertAccessibleAsync();
        await page.Locator("#add-confirm").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);

        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var education = await db.Contacts.Where(c => c.Organisation != null && c.Organisation.Sector == EventHub.Core.Directory.Sector.Education
            && db.Invitations.Any(i => i.EventId == eventId && i.ContactId == c.Id)).Select(c => c.Id).ToListAsync();
        Assert.DoesNotContain(left[0], education);
        Assert.DoesNotContain(left[1], education);
        var leftName = await db.Contacts.Where(c => c.Id == left[0]).Select(c => c.FirstName + " " + c.LastName).SingleAsync();
        var added = await db.Contacts.Where(c => education.Contains(c.Id)).Select(c => c.FirstName + " " + c.LastName).FirstAsync();
        await page.Locator("#guest-search").FillAsync(added);
        await Expect(page.Locator("#guest-list tbody tr", new() { HasText = added })).ToHaveCountAsync(1);
        await page.Locator("#guest-search").FillAsync(leftName);
        await Expect(page.Locator("#guest-list tbody tr", new() { HasText = leftName })).ToHaveCountAsync(0);
        await page.ScreenshotAsync("choosing-after-en");
    }
}
