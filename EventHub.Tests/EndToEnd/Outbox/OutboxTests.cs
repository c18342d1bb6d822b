using System.Globalization;
using EventHub.App.Components.Shared;
using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Outbox;

/// <summary>An organiser reads a queued invitation on the Outbox page as the partner would receive it.</summary>
[Collection(InvitationsBrowserCollection.Name)]
public class OutboxTests(InvitationsBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_OpensQueuedMessage_SeesItRenderedWithAClickableLink()
    {
        var published = await DemoEvents.FindAsync(browser.App, DemoEvents.PublishedTitle);
        var rsvpUrl = $"{browser.BaseUrl}/e/{published.Slug}";
        var message = await TestOutbox.QueueInvitationAsync(browser.App, "fatima@noorderpoort.example", rsvpUrl);
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: "/outbox");
        await Expect(page.Locator("#outbox-smtp")).ToContainTextAsync("Messages are not sent: no SMTP server is configured.");
        // The demo event's invitations are in the outbox too: find this message by its recipient.
        await page.SearchOutboxAsync("fatima@noorderpoort.example");
        // The time it was written, where the alliance meets, in the house format other screens use: "6 Dec 2026 04:35".
        var created = EventDates.ShortMoment(message.CreatedAtUtc, culture: CultureInfo.GetCultureInfo("en-GB"));
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "fatima@noorderpoort.example" })).ToContainTextAsync(created);
        await page.GetByRole(AriaRole.Row, new() { Name = "fatima@noorderpoort.example" }).GetByRole(AriaRole.Button, new() { Name = message.Subject }).ClickAsync();

        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByRole(AriaRole.Heading, new() { Name = message.Subject, Level = 2 })).ToBeVisibleAsync();
        var link = page.FrameLocator("#outbox-message-html").GetByRole(AriaRole.Link, new() { Name = "Geef je antwoord" });
        await Expect(link).ToBeVisibleAsync();
        await Expect(dialog.GetByRole(AriaRole.Link, new() { Name = "alliantiedag.ics" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("outbox-en");
        // The email itself is the sender's HTML in a script-less sandbox; axe checks the page and the frame's title.
        await page.AssertAccessibleAsync(scanFrames: false);

        var popup = await page.RunAndWaitForPopupAsync(() => link.ClickAsync());
        await popup.WaitUntilLoadedAsync();
        Assert.Equal(rsvpUrl, popup.Url);
        await Expect(popup.GetByRole(AriaRole.Heading, new() { Name = DemoEvents.PublishedTitle, Level = 1 })).ToBeVisibleAsync();
    }
}
