using EventHub.Core.Data;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd;

/// <summary>An organiser builds the invite list by sector, sends it, and watches an answer arrive without reloading.</summary>
[Collection(BrowserCollection.Name)]
public class InvitationTests(BrowserFixture browser)
{
    [Fact]
    public async Task Organiser_InvitesASector_SendsAndSeesAnAnswerArriveLive()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example");
        var eventId = await PublishedEventIdAsync();
        await page.GotoAsync($"/events/{eventId}/invitations");
        await page.WaitForInteractiveAsync();

        await page.Locator("#add-people").ClickAsync();
        await page.Locator(".mud-input-control.mud-select:has(#add-sector)").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Government" }).ClickAsync();
        await Expect(page.Locator("#add-count")).ToContainTextAsync("contacts match");
        await page.Locator("#add-confirm").ClickAsync();
        await Expect(page.Locator("#guest-list tbody tr", new() { HasText = "On the list (not sent)" }).First).ToBeVisibleAsync();
        await Expect(page.Locator("#sector-warning")).ToContainTextAsync("No one from");
        await page.ScreenshotAsync("invitations-listed-en");

        await page.Locator("#send-invitations").ClickAsync();
        await Expect(page.Locator("#confirm-ok")).ToBeVisibleAsync();
        await page.Locator("#confirm-ok").ClickAsync();
        await Expect(page.Locator("#guest-list tbody tr", new() { HasText = "On the list (not sent)" })).ToHaveCountAsync(0);
        var coming = page.Locator("#response-summary .eh-stat-value").First;
        var before = int.Parse(await coming.InnerTextAsync());

        await AnswerOneInvitationAsync(eventId);

        await Expect(coming).ToHaveTextAsync((before + 1).ToString());
        await page.ScreenshotAsync("invitations-live-en");
        await page.AssertAccessibleAsync();
    }

    private async Task<int> PublishedEventIdAsync()
    {
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        return await db.Events.Where(e => e.Status == EventHub.Core.Events.EventStatus.Published).Select(e => e.Id).FirstAsync();
    }

    /// <summary>A partner answers through the link in their email, as the RSVP page would submit it.</summary>
    private async Task AnswerOneInvitationAsync(int eventId)
    {
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var email = await db.OutboxMessages.Where(m => m.Kind == EventHub.Core.Email.InvitationEmails.InvitationKind).OrderByDescending(m => m.Id).FirstAsync();
        await using var scope = browser.App.Services.CreateAsyncScope();
        var rsvp = scope.ServiceProvider.GetRequiredService<RsvpService>();
        var result = await rsvp.RespondAsync(InvitationScenario.TokenIn(email.TextBody), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        Assert.True(result.Succeeded, result.ErrorCode);
    }
}
