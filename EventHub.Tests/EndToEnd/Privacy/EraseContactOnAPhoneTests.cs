using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Privacy;

/// <summary>
/// An erasure request answered on a 320 px phone, in Dutch: the dialog asks for the contact's name, and the whole
/// instruction, with the whole (long) name to type, is on the screen; cancelling erases nothing.
/// </summary>
[Collection(DirectoryBrowserCollection.Name)]
public class EraseContactOnAPhoneTests(DirectoryBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Admin_OnAPhone_ReadsTheWholeNameToType_BeforeErasingAContact()
    {
        int contactId;
        await using (var db = await browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync())
        {
            var contact = new Contact("Bartholomeus", "van Oosterhout-Wijnbergen", $"b.{Guid.NewGuid():N}@lippensluis.example", Language.Nl, DateTime.UtcNow);
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
            contactId = contact.Id;
        }

        var admin = await browser.NewPageAsync("nl-NL");
        await admin.SetViewportSizeAsync(320, 780);
        await admin.SignInAsync("admin@eventhub.example", at: $"/contacts/{contactId}");
        await admin.Locator("#contact-erase").OpenDialogAsync();
        var instruction = admin.Locator("label[for='erase-name']");
        await Expect(instruction).ToHaveTextAsync("Typ ‘Bartholomeus van Oosterhout-Wijnbergen’ om te bevestigen");
        await admin.ScreenshotAsync("privacy-erase-contact-dialog-320-nl", fullPage: false);

        var cutOff = await admin.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.mud-dialog label')]
                .filter(label => label.scrollWidth > label.clientWidth + 1)
                .map(label => `"${label.textContent.trim()}": ${label.scrollWidth} px of text in ${label.clientWidth} px`)
            """);
        Assert.True(cutOff.Length == 0, string.Join("\n", cutOff));

        await admin.Locator("#erase-cancel").ClickAsync();
        await Expect(admin.Locator(".mud-dialog")).ToHaveCountAsync(0);
        await Expect(admin.Locator("h1")).ToHaveTextAsync("Bartholomeus van Oosterhout-Wijnbergen");
    }
}
