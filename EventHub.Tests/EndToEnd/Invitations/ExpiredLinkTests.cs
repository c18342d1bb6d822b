using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Invitations;

/// <summary>
/// A partner opens their invitation link long after the event: a friendly page in their language says the link has
/// expired and whom to contact, answers 410 Gone, and shows nothing of the invitation.
/// </summary>
[Collection(InvitationsBrowserCollection.Name)]
public class ExpiredLinkTests(InvitationsBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Partner_OpensTheirLinkTwoMonthsAfterTheEvent_SeesItExpiredAndWhomToContact_InEnglishAndDutch()
    {
        var (title, english, dutch) = await PastInvitationsAsync();

        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync($"{browser.BaseUrl}/rsvp/{english}");
        Assert.Equal(410, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This link has expired", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#link-expired-contact")).ToContainTextAsync("Please contact Olga Bakker: organiser@eventhub.example");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "organiser@eventhub.example" })).ToHaveAttributeAsync("href", "mailto:organiser@eventhub.example");
        await Expect(page.Locator("main")).Not.ToContainTextAsync(title);
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Lotte");
        await page.ScreenshotAsync("link-expired-en");
        await page.AssertAccessibleAsync();

        var dutchPage = await browser.NewPageAsync();
        var dutchResponse = await dutchPage.GotoAsync($"{browser.BaseUrl}/rsvp/{dutch}");
        Assert.Equal(410, dutchResponse!.Status);
        await Expect(dutchPage.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Expect(dutchPage.GetByRole(AriaRole.Heading, new() { Name = "Deze link is verlopen", Level = 1 })).ToBeVisibleAsync();
        await Expect(dutchPage.Locator("#link-expired")).ToContainTextAsync("Om uw gegevens te beschermen");
        await Expect(dutchPage.Locator("#link-expired-contact")).ToContainTextAsync("Neem dan contact op met Olga Bakker: organiser@eventhub.example");
        await Expect(dutchPage.Locator("main")).Not.ToContainTextAsync(title);
        // On the smallest phone nothing scrolls sideways.
        await dutchPage.SetViewportSizeAsync(320, 780);
        Assert.True(await dutchPage.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The expired-link page scrolls sideways at 320 px.");
        await dutchPage.ScreenshotAsync("link-expired-nl");
        await dutchPage.AssertAccessibleAsync();
    }

    /// <summary>An event that ended two months ago, with an open invitation for an English and a Dutch partner; their tokens.</summary>
    private async Task<(string Title, string English, string Dutch)> PastInvitationsAsync()
    {
        var now = browser.App.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var start = now.Date.AddDays(-60).AddHours(13);
        var title = $"Terugblik {Guid.NewGuid():N}"[..24];
        var @event = new Event(title, start, start.AddHours(3));
        @event.HoldAt(null, "https://meet.example.org/terugblik");
        @event.SetOrganiser("Olga Bakker", "organiser@eventhub.example");
        var tokens = new List<string>();
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        db.Events.Add(@event);
        foreach (var (name, language) in new[] { ("Lotte", Language.En), ("Lieke", Language.Nl) })
        {
            var contact = new Contact(name, "Verlopen", $"{name.ToLowerInvariant()}.{Guid.NewGuid():N}@partner.example", language, now);
            db.Contacts.Add(contact);
            var invitation = new Invitation(@event, contact, now);
            var token = PersonalLinkTokens.NewToken();
            invitation.Issue(PersonalLinkTokens.Hash(token), start.AddDays(-20));
            db.Invitations.Add(invitation);
            tokens.Add(token);
        }

        await db.SaveChangesAsync();
        return (title, tokens[0], tokens[1]);
    }
}
