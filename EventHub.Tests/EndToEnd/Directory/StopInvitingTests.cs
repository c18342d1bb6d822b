using System.Text.RegularExpressions;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Directory;

/// <summary>
/// The right to object, end to end: a partner opens "stop inviting me" from their invitation in the Outbox page and
/// confirms; the organiser's add-people dialog for the next event leaves them out and says so, and their contact page
/// shows the mark.
/// </summary>
[Collection(InvitationsBrowserCollection.Name)]
public class StopInvitingTests(InvitationsBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task APartnerStopsInvitationsFromTheirEmail_TheAddPeopleDialogLeavesThemOut()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (nextEventId, miraEmail, miraId) = await PlanAsync(suffix);

        var outbox = await browser.NewPageAsync();
        await outbox.SignInAsync("organiser@eventhub.example", at: "/outbox");
        await outbox.SearchOutboxAsync(miraEmail);
        await Expect(outbox.Locator(".mud-table-body tr")).ToHaveCountAsync(1);
        await outbox.GetByRole(AriaRole.Row, new() { Name = miraEmail }).GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Invitation: ") }).ClickAsync();
        var stopLink = outbox.FrameLocator("#outbox-message-html").GetByRole(AriaRole.Link, new() { Name = "Stop inviting me" });
        await Expect(stopLink).ToBeVisibleAsync();
        await outbox.ScreenshotAsync("privacy-outbox-stop-link-en");
        // The Outbox shows the link masked (a copy of the database opens nothing); Mira opens it from her own inbox.
        var stop = await browser.NewPageAsync();
        await stop.GotoAsync(await StopLinkAsSentAsync(miraEmail));

        await Expect(stop.Locator("#stop-question")).ToContainTextAsync("Mira, would you rather not be invited");
        await stop.ScreenshotAsync("privacy-stop-inviting-question-en");
        await stop.Locator("#stop-confirm").OpenPageAsync();
        await Expect(stop.Locator("#stop-done")).ToContainTextAsync("Done, Mira: you will not be invited any more.");
        await stop.ScreenshotAsync("privacy-stop-inviting-done-en");
        await stop.AssertAccessibleAsync();

        var organiser = await browser.NewPageAsync();
        await organiser.SignInAsync("organiser@eventhub.example", at: $"/events/{nextEventId}/invitations");
        await organiser.Locator("#add-people").OpenDialogAsync();
        await organiser.Locator("#add-search").FillAsync($"Bezwaar {suffix}");
        await Expect(organiser.Locator("#add-left-out")).ToHaveTextAsync("1 left out: asked not to be invited");
        await Expect(organiser.Locator("#add-count")).ToHaveTextAsync("1 of 1 selected");
        await organiser.ScreenshotAsync("privacy-add-people-left-out-en");
        await organiser.AssertAccessibleAsync();
        await organiser.Locator("#add-confirm").ClickAsync();
        await Expect(organiser.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Expect(organiser.Locator("#guest-list tbody tr", new() { HasText = $"Olaf Bezwaar {suffix}" })).ToHaveCountAsync(1);
        await Expect(organiser.Locator("#guest-list tbody tr", new() { HasText = $"Mira Bezwaar {suffix}" })).ToHaveCountAsync(0);

        await organiser.OpenAsync($"/contacts/{miraId}", interactive: false);
        await Expect(organiser.Locator("#contact-do-not-invite")).ToContainTextAsync("Asked not to be invited any more");
    }

    /// <summary>An organisation with Mira (invited to a published event, so her invitation is in the outbox) and Olaf, and a draft next event.</summary>
    private async Task<(int NextEventId, string MiraEmail, int MiraId)> PlanAsync(string suffix)
    {
        var services = browser.App.Services;
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var first = await ReportEvents.CreateAsync(dbFactory, $"Bezwaardag {suffix}", now.Date.AddDays(40).AddHours(12));
        var next = await ReportEvents.CreateAsync(dbFactory, $"Vervolgdag {suffix}", now.Date.AddDays(80).AddHours(12), publish: false);
        var miraEmail = $"mira.{suffix}@bezwaar.example";
        int miraId;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            var organisation = new Organisation($"Stichting Bezwaar {suffix}", Sector.CivilSociety, null, now);
            db.Organisations.Add(organisation);
            var mira = new Contact("Mira", $"Bezwaar {suffix}", miraEmail, EventHub.Core.Common.Language.En, now);
            var olaf = new Contact("Olaf", $"Bezwaar {suffix}", $"olaf.{suffix}@bezwaar.example", EventHub.Core.Common.Language.En, now);
            mira.MoveTo(organisation, now);
            olaf.MoveTo(organisation, now);
            db.Contacts.AddRange(mira, olaf);
            await db.SaveChangesAsync();
            miraId = mira.Id;
        }

        using var scope = services.CreateScope();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        Assert.Equal(1, (await invitations.AddAsync(first.Id, [miraId], Staff.Organiser)).Value);
        Assert.Equal(1, (await invitations.SendAsync(first.Id, Staff.Organiser)).Value);
        return (next.Id, miraEmail, miraId);
    }

    private async Task<string> StopLinkAsSentAsync(string email)
    {
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var message = await db.OutboxMessages.Where(m => m.ToAddress == email).OrderByDescending(m => m.Id).FirstAsync();
        return "/stop/" + InvitationScenario.StopTokenIn(OutboxLinks.TextAsSent(browser.App.Services, message));
    }
}
