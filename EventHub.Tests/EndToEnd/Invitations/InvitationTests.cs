using System.Text.RegularExpressions;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Invitations;

/// <summary>
/// The whole invitation loop on one machine: an organiser invites two sectors, writes a personal message, previews the
/// email as an English and a Dutch guest, sends a test to themselves and sends; a partner opens their email on the Outbox
/// page, reads the message and accepts with a session and an access need through its link; the organiser's dashboard,
/// open in another page, counts the answer without a reload.
/// </summary>
[Collection(InvitationsBrowserCollection.Name)]
public class InvitationTests(InvitationsBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_InvitesTwoSectors_ComposesPreviewsAndTests_APartnerAnswersFromTheOutbox_TheDashboardUpdatesLive()
    {
        var eventId = (await DemoEvents.FindAsync(browser.App, DemoEvents.PublishedTitle)).Id;
        var dashboard = await browser.NewPageAsync();
        await dashboard.SignInAsync("organiser@eventhub.example", at: $"/events/{eventId}/invitations");

        await AddSectorAsync(dashboard, "Government");
        await Expect(dashboard.Locator("#guest-list tbody tr", new() { HasText = "On the list (not sent)" }).First).ToBeVisibleAsync();
        await AddSectorAsync(dashboard, "Business");
        await dashboard.ScreenshotAsync("invitations-listed-en");
        await ComposeAsync(dashboard);
        await Expect(dashboard.Locator("#guest-list tbody tr", new() { HasText = "On the list (not sent)" })).ToHaveCountAsync(0);
        var coming = dashboard.Locator("#response-summary .eh-stat-value").First;
        var before = int.Parse(await coming.InnerTextAsync());

        var invitee = await JustInvitedAsync(eventId, Sector.Business);
        var outbox = await browser.NewPageAsync();
        await outbox.SignInAsync("organiser@eventhub.example", at: "/outbox");
        await outbox.SearchOutboxAsync(invitee.Email);
        // Their only invitation to this event (a partner who came last month also has last month's survey email).
        await outbox.GetByRole(AriaRole.Row, new() { Name = invitee.Email })
            .GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^(Invitation|Uitnodiging): {Regex.Escape(DemoEvents.PublishedTitle)}, ") }).ClickAsync();
        // The email shows the partner's link masked; the demo setting EventHub:Outbox:ShowLinks offers to open it as them.
        var masked = outbox.FrameLocator("#outbox-message-html").GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^(Answer the invitation|Beantwoord de uitnodiging)$") });
        await Expect(masked).ToBeVisibleAsync();
        await Expect(outbox.Locator("#outbox-message-text")).ToContainTextAsync($"/rsvp/{OutboxLinkTokens.Mask}");
        await Expect(outbox.FrameLocator("#outbox-message-html").Locator(".eh-message")).ToContainTextAsync(invitee.PreferredLanguage == Language.Nl ? DutchMessage : EnglishMessage);
        var link = outbox.Locator("#outbox-message-open-link");
        await outbox.ScreenshotAsync("journey-outbox");
        var rsvp = await outbox.RunAndWaitForPopupAsync(() => link.ClickAsync());
        await rsvp.WaitUntilLoadedAsync();

        // The plenaries are in the programme as for everyone, and not among the sessions to tick.
        await Expect(rsvp.Locator("#event-programme .eh-programme-meta", new() { HasTextRegex = new Regex("(for everyone|voor iedereen)") })).ToHaveCountAsync(2);
        await Expect(rsvp.Locator("#rsvp-sessions input[type=checkbox]")).ToHaveCountAsync(2);
        await rsvp.Locator("#answer-accepted").CheckAsync();
        await rsvp.Locator("#rsvp-sessions input[type=checkbox]").Nth(0).CheckAsync(); // the workshop: the plenaries are for everyone, not ticked
        await rsvp.Locator("#need-hearingloop").CheckAsync();
        await rsvp.Locator("#privacy-accepted").CheckAsync();
        await rsvp.Locator("#rsvp-submit").OpenPageAsync();

        await Expect(rsvp.Locator("#rsvp-saved")).ToBeVisibleAsync();
        await Expect(rsvp.Locator("#rsvp-checkin-code")).ToBeVisibleAsync();
        await rsvp.AssertAccessibleAsync();
        await Expect(coming).ToHaveTextAsync((before + 1).ToString());
        await Expect(dashboard.Locator("#planning-counts")).ToContainTextAsync("Hearing loop");
        await dashboard.ScreenshotAsync("invitations-live-en");
        await dashboard.AssertAccessibleAsync();
    }

    private const string EnglishMessage = "Parking is free behind the Forum.";
    private const string DutchMessage = "U kunt gratis parkeren achter het Forum.";

    /// <summary>The organiser writes the message in both languages, previews it as each guest, tests it on themselves and sends.</summary>
    private static async Task ComposeAsync(IPage page)
    {
        await page.Locator("#send-invitations").OpenDialogAsync();
        await page.Locator("#compose-message-en").FillAsync(EnglishMessage);
        await page.Locator("#compose-message-nl").FillAsync(DutchMessage);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
        var preview = page.FrameLocator("#compose-preview-html");
        await Expect(preview.Locator(".eh-message")).ToHaveTextAsync(EnglishMessage);
        await Expect(page.Locator("#compose-preview-subject")).ToHaveTextAsync(new Regex($"^Invitation: {Regex.Escape(DemoEvents.PublishedTitle)}, \\d+ [A-Z][a-z]+$"));
        await Expect(page.GetByRole(AriaRole.Radiogroup, new() { Name = "See the email" })
            .GetByRole(AriaRole.Radio, new() { Name = "As an English-speaking guest" })).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Radio, new() { Name = "As a Dutch-speaking guest" }).ClickAsync();
        await Expect(preview.Locator(".eh-message")).ToHaveTextAsync(DutchMessage);
        await Expect(page.Locator("#compose-preview-subject")).ToHaveTextAsync(new Regex($"^Uitnodiging: {Regex.Escape(DemoEvents.PublishedTitle)}, \\d+ [a-z]+$"));
        await Expect(preview.Locator(".eh-button a")).ToHaveTextAsync("Beantwoord de uitnodiging");
        await page.ScreenshotAsync("invitations-compose-preview-nl");
        // axe cannot run inside the sandboxed email frame; EmailAccessibilityTests checks the emails themselves.
        await page.AssertAccessibleAsync(scanFrames: false);
        await page.Locator("#compose-send-test").ClickAsync();
        await Expect(page.Locator(".mud-snackbar", new() { HasText = "Test sent to organiser@eventhub.example" })).ToBeVisibleAsync();
        await page.Locator("#compose-send").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
    }

    private static async Task AddSectorAsync(IPage page, string sector)
    {
        await page.Locator("#add-people").OpenDialogAsync();
        await page.Locator(".mud-input-control.mud-select:has(#add-sector)").ClickAsync();
        // The dialog's list of sectors (the guest list's own sector filter has options of the same names).
        await page.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option, new() { Name = sector }).ClickAsync();
        await Expect(page.Locator("#add-count")).ToContainTextAsync("selected");
        await page.Locator("#add-confirm").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
    }

    private async Task<Contact> JustInvitedAsync(int eventId, Sector sector)
    {
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        return await db.Invitations
            .Where(i => i.EventId == eventId && i.Status == InvitationStatus.Invited && i.Contact.Organisation!.Sector == sector)
            .OrderByDescending(i => i.SentAtUtc).Select(i => i.Contact).FirstAsync();
    }
}
