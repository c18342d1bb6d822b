using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Privacy;

/// <summary>
/// An access request arrives by email and the admin answers it from their phone: in Dutch, at 320 and 390 px, the
/// look-up button is on the screen, and what is held (a colleague a partner named with a long Dutch name, a contact in
/// the directory) reads as labelled lines, not as a table that hides its last columns in a box scrolling sideways.
/// </summary>
[Collection(DirectoryBrowserCollection.Name)]
public class AddressRequestOnAPhoneTests(DirectoryBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Admin_OnAPhone_LooksUpAnAddress_AndReadsEveryColumnWithoutScrollingSideways()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var nominee = $"bartholomeus.vanoosterhout.{suffix}@gemeente-lippensluis.example";
        var contactEmail = await SeedAsync(nominee);
        var admin = await browser.NewPageAsync("nl-NL");
        await admin.SetViewportSizeAsync(320, 780);
        await admin.SignInAsync("admin@eventhub.example", at: "/admin/privacy-requests");

        var problems = new List<string>();
        foreach (var (address, table) in new[] { (nominee, "#address-nominations"), (contactEmail, "#address-contacts") })
        {
            await admin.Locator("#address-field").FillAsync(address);
            await admin.Locator("#address-look-up").ClickAsync();
            await Expect(admin.Locator(table)).ToBeVisibleAsync();
            foreach (var width in new[] { 320, 390 })
            {
                await admin.SetViewportSizeAsync(width, 780);
                problems.AddRange(await OutsideTheScreenAsync(admin, width));
                if (await admin.SidewaysScrollAsync() is { } sideways)
                {
                    problems.Add($"{width} px: {sideways}");
                }
            }

            await admin.SetViewportSizeAsync(320, 780);
            await admin.ScreenshotAsync($"privacy-address-request-320-nl-{table.TrimStart('#')}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // Each value has its column's heading beside it.
        await Expect(admin.Locator("#address-contacts td[data-label='E-mailadres']")).ToHaveTextAsync(contactEmail);
    }

    /// <summary>The look-up button past the screen's right edge or too narrow for its text, and boxes in the page that scroll sideways.</summary>
    private static async Task<IReadOnlyList<string>> OutsideTheScreenAsync(IPage page, int width) =>
        await page.EvaluateAsync<string[]>("""
            width => [
              ...[...document.querySelectorAll('#address-look-up .mud-button-label')]
                  .filter(label => label.scrollWidth > label.clientWidth + 1 || label.getBoundingClientRect().right > window.innerWidth + 0.5)
                  .map(label => `${width} px: the look-up button's text is cut off (${label.scrollWidth} px in ${label.clientWidth} px)`),
              ...[...document.querySelectorAll('#main-content *')]
                  .filter(el => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
                  .map(el => `${width} px: ${el.tagName.toLowerCase()}.${el.className} scrolls sideways inside (${el.scrollWidth} px in ${el.clientWidth} px)`)
            ]
            """, width);

    /// <summary>A colleague a partner named (never a contact) under <paramref name="nominee"/>; returns a contact's address.</summary>
    private async Task<string> SeedAsync(string nominee)
    {
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var by = await db.Invitations.OrderBy(i => i.Id).FirstAsync();
        db.Nominations.Add(new Nomination(by, NominationKind.Colleague,
            new ContactInput("Bartholomeus", "van Oosterhout-Wijnbergen", nominee), atOwnDomain: false, DateTime.UtcNow));
        await db.SaveChangesAsync();
        return await db.Contacts.Where(c => c.Email.Contains("@")).OrderBy(c => c.Id).Select(c => c.Email).FirstAsync();
    }
}
