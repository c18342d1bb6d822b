using EventHub.Core.Data;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Invitations;

/// <summary>An organiser tells everyone coming about parking: filter, write, preview, send; the message is kept on the event.</summary>
[Collection(InvitationsBrowserCollection.Name)]
public class GuestMessageTests(InvitationsBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_MessagesEveryoneComing_PreviewsAndSends_AndFindsItOnTheEventAndInTheOutbox()
    {
        var (eventId, coming, notComing) = await GuestsAsync();
        // One mark in both subjects: each partner gets the subject in their own language.
        var mark = Guid.NewGuid().ToString("N")[..8];
        var subject = $"Parking at the venue {mark}";
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{eventId}/invitations");

        await page.Locator("#status-chip-Accepted").ClickAsync();
        await Expect(page.Locator("#guest-list tbody tr", new() { HasText = coming })).ToHaveCountAsync(1);
        await page.Locator("#message-guests").OpenDialogAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.Locator("#guest-message-filter")).ToContainTextAsync("Coming");
        await page.Locator("#guest-message-subject-en").FillAsync(subject);
        await page.Locator("#guest-message-text-en").FillAsync("Park in **garage P2**; the entrance is on the north side.");
        await page.Locator("#guest-message-subject-nl").FillAsync($"Parkeren bij de locatie {mark}");
        await page.Locator("#guest-message-text-nl").FillAsync("Parkeer in **garage P2**; de ingang is aan de noordkant.");
        await page.AssertAccessibleAsync(scanFrames: false);
        await page.ScreenshotAsync("guest-message-compose-1280", fullPage: false);
        await page.Locator("#guest-message-preview").ClickAsync();

        await Expect(page.Locator("#guest-message-recipients")).ToContainTextAsync(coming);
        await Expect(page.Locator("#guest-message-recipients")).Not.ToContainTextAsync(notComing);
        await Expect(page.Locator("#guest-message-preview-en .guest-message-preview-subject")).ToHaveTextAsync(subject);
        await Expect(page.Locator("#guest-message-preview-nl .guest-message-preview-subject")).ToHaveTextAsync($"Parkeren bij de locatie {mark}");
        await Expect(page.FrameLocator("#guest-message-preview-nl iframe").Locator("body")).ToContainTextAsync("noordkant");
        await page.AssertAccessibleAsync(scanFrames: false);
        // What a person sees of a dialog: the window, not the whole page behind it.
        await page.AtBothWidthsAsync(width => page.ScreenshotAsync($"guest-message-preview-{width}", fullPage: false));

        await page.Locator("#guest-message-send").ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Message sent to");

        await page.OpenAsync($"/events/{eventId}", interactive: false);
        var listed = page.Locator("#guest-messages-grid tbody tr", new() { HasText = subject });
        await Expect(listed).ToContainTextAsync("Coming");
        await page.AtBothWidthsAsync(width => page.Locator("#guest-messages").ScreenshotAsync($"guest-messages-panel-{width}"));

        await listed.Locator(".guest-message-open").ClickAsync();
        await Expect(page.Locator("#guest-message-subject")).ToHaveTextAsync(subject);
        await Expect(page.Locator("#guest-message-recipients-grid tbody tr", new() { HasText = coming })).ToHaveCountAsync(1);
        await Expect(page.Locator("#guest-message-recipients-grid tbody tr", new() { HasText = notComing })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        await page.AtBothWidthsAsync(width => page.ScreenshotAsync($"guest-message-page-{width}"));

        await page.OpenAsync("/outbox", interactive: false);
        // The outbox searches by recipient: the coming partner has the message, the one not coming does not.
        var rows = page.Locator(".mud-table-body tr");
        await page.Locator("#outbox-search").FillAsync(notComing);
        await Expect(rows.First).ToContainTextAsync(notComing);
        await Expect(page.Locator(".mud-table-body tr", new() { HasText = mark })).ToHaveCountAsync(0);
        await page.Locator("#outbox-search").FillAsync(coming);
        await Expect(rows.First).ToContainTextAsync(mark);
        await rows.First.GetByRole(AriaRole.Button, new() { Name = mark }).ClickAsync();
        await Expect(page.FrameLocator("#outbox-message-html").Locator("strong")).ToHaveTextAsync("garage P2");
    }

    /// <summary>The published demo event with the most people coming; one of them, and someone on its list who is not coming.</summary>
    private async Task<(int EventId, string Coming, string NotComing)> GuestsAsync()
    {
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var eventId = await db.Invitations.Where(i => i.Status == InvitationStatus.Accepted && i.Event.Status == EventHub.Core.Events.EventStatus.Published)
            .GroupBy(i => i.EventId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var guests = await db.Invitations.Where(i => i.EventId == eventId && i.Contact.AnonymisedAtUtc == null && i.Contact.DoNotInviteSinceUtc == null)
            .Select(i => new { i.Status, Name = i.Contact.FirstName + " " + i.Contact.LastName }).ToListAsync();
        return (eventId,
            guests.First(g => g.Status == InvitationStatus.Accepted).Name,
            guests.First(g => g.Status is InvitationStatus.Declined or InvitationStatus.Invited).Name);
    }
}
