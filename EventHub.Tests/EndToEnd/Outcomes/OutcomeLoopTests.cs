using System.Text.RegularExpressions;
using EventHub.Core.Actions;
using EventHub.Core.Directory;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Outcomes;

/// <summary>
/// The whole outcome loop: a facilitator records notes, a decision and an action item; the organiser publishes the
/// report; an anonymous visitor reads it; the owner updates the item through their link; and the item comes back as
/// report-back when the organiser plans the next event on the same theme.
/// </summary>
[Collection(OutcomesBrowserCollection.Name)]
public partial class OutcomeLoopTests(OutcomesBrowserFixture browser) : BrowserStory(browser)
{
    private const string Decision = "Scholen en werkgevers tekenen samen één stagepact";
    private const string Notes = "Stagiairs met een migratieachtergrond krijgen minder vaak een plek.";

    [Fact]
    public async Task AFacilitatorsActionItem_IsPublished_UpdatedByItsOwner_AndReportedBackAtTheNextEvent()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var (eventId, slug, nextEventId, organisation) = await PlanAsync(suffix);
        var what = $"Stagepact opstellen {suffix}";

        // The facilitator records the round table.
        var facilitator = await browser.NewPageAsync();
        await facilitator.SignInAsync("facilitator@eventhub.example", at: "/my-sessions");
        await facilitator.Locator($".eh-my-session:has-text('Voorjaarsdialoog {suffix}') a").First.OpenPageAsync();
        await facilitator.Locator("#outcome-notes").FillAsync(Notes);
        await facilitator.Locator("#add-decisions").ClickAsync();
        await facilitator.Locator("#decisions-0").FillAsync(Decision);
        await facilitator.Locator("#decisions-0").BlurAsync();
        await Expect(facilitator.Locator("#autosave-status")).ToContainTextAsync("Saved");
        await facilitator.Locator("#add-action").OpenDialogAsync();
        await facilitator.Locator("#action-what").FillAsync(what);
        await facilitator.Locator("#action-owner").FillAsync(organisation);
        // Pick the match by name: the first item of a list still narrowing could be another partner.
        await facilitator.Locator(".mud-popover-open .mud-list-item", new() { HasText = organisation }).ClickAsync();
        // The contact list opens once the server has taken the organisation: a click on it while it is still disabled
        // opens nothing (a plain div to the browser, so Playwright does not wait for it).
        await Expect(facilitator.Locator("#action-contact")).ToBeEnabledAsync();
        await facilitator.Locator(".mud-input-control.mud-select:has(#action-contact)").ClickAsync();
        await facilitator.GetByRole(AriaRole.Option, new() { Name = "Noor Hendriks" }).ClickAsync();
        await facilitator.Locator("#action-due").FillAsync("2027-03-01");
        await facilitator.Locator("#action-save").ClickAsync();
        await Expect(facilitator.Locator(".eh-action-items tbody tr")).ToContainTextAsync(what);
        await facilitator.Locator("#mark-final").ClickAsync();
        await Expect(facilitator.Locator("#outcome-final")).ToBeVisibleAsync();

        // The organiser summarises and publishes.
        var organiser = await browser.NewPageAsync();
        await organiser.SignInAsync("organiser@eventhub.example", at: $"/events/{eventId}/synthesis");
        await Expect(organiser.Locator("main")).ToContainTextAsync(Decision);
        await organiser.Locator("#edit-summary").ClickAsync();
        await organiser.Locator("#summary-text").FillAsync("Eén stagepact voor de hele stad.");
        await organiser.Locator("#save-summary").ClickAsync();
        await organiser.Locator("#publish-report").OpenDialogAsync();
        await organiser.Locator("#confirm-ok").ClickAsync();
        await Expect(organiser.Locator("#report-state")).ToHaveTextAsync("Report is public");

        // Anyone can read it, without names of people.
        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync($"/e/{slug}/report");
        await Expect(visitor.Locator("main")).ToContainTextAsync(Decision);
        await Expect(visitor.Locator("main")).ToContainTextAsync(what);
        await Expect(visitor.Locator("main")).Not.ToContainTextAsync("Noor Hendriks");
        await Expect(visitor.Locator("main")).Not.ToContainTextAsync("Femke Jansen");
        await visitor.AssertAccessibleAsync();

        // The owner gets a personal link and reports progress without an account.
        var itemId = await AppData.ReadAsync(browser.App, db => db.ActionItems.Where(a => a.What == what).Select(a => a.Id).SingleAsync());
        await organiser.OpenAsync($"/actions/{itemId}", interactive: false);
        await organiser.Locator("#send-owner-link").OpenDialogAsync();
        await organiser.Locator("#confirm-ok").ClickAsync();
        await Expect(organiser.Locator(".mud-snackbar")).ToContainTextAsync("Noor Hendriks");
        var owner = await browser.NewPageAsync();
        await owner.GotoAsync(await OwnerLinkAsync(suffix));
        await owner.GetByLabel("In progress").CheckAsync();
        await owner.GetByLabel("Progress note").FillAsync("Drie scholen en twee werkgevers hebben getekend.");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Save my update" }).OpenPageAsync();
        await Expect(owner.Locator("#action-owner-saved")).ToBeVisibleAsync();

        // Planning the next event on the same theme, the organiser sees the item come back with its progress.
        await organiser.OpenAsync($"/events/{nextEventId}", interactive: false);
        var entry = organiser.Locator($"#report-back-{itemId}");
        await Expect(entry).ToContainTextAsync(what);
        await Expect(entry).ToContainTextAsync("In progress");
        await organiser.GotoAsync($"/actions/{itemId}");
        await Expect(organiser.Locator("#action-history")).ToContainTextAsync("Drie scholen en twee werkgevers hebben getekend.");
        await organiser.ScreenshotAsync("outcome-loop-action-en");
    }

    /// <summary>
    /// An event under way whose round table (begun half an hour ago, so its record can be final and the report public) the
    /// demo facilitator chairs, a partner organisation with a contact, and a later draft event on the same theme.
    /// </summary>
    private async Task<(int EventId, string Slug, int NextEventId, string Organisation)> PlanAsync(string suffix)
    {
        var services = browser.App.Services;
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var tomorrow = now.Date.AddDays(1).AddHours(12);
        var planned = await ReportEvents.CreateAsync(dbFactory, $"Voorjaarsdialoog {suffix}", now.AddHours(-1.5));
        var next = await ReportEvents.CreateAsync(dbFactory, $"Zomerdialoog {suffix}", tomorrow.AddDays(60), publish: false);
        var organisation = $"Stichting Leerkracht {suffix}";
        await using var db = await dbFactory.CreateDbContextAsync();
        var theme = await db.Themes.SingleAsync(t => t.Name == "SDG 4 Quality education");
        var femke = await db.Users.SingleAsync(u => u.Email == "facilitator@eventhub.example");
        foreach (var @event in await db.Events.Include(e => e.Themes).Include(e => e.Sessions).ThenInclude(s => s.Facilitators)
                     .Where(e => e.Id == planned.Id || e.Id == next.Id).ToListAsync())
        {
            @event.Tag([theme]);
            @event.Sessions.Single(s => s.Title == ReportEvents.RoundTable).AssignFacilitators(@event.Id == planned.Id ? [femke] : []);
        }

        var partner = new Organisation(organisation, Sector.Education, null, now);
        var contact = new Contact("Noor", "Hendriks", $"noor.{suffix}@leerkracht.example", EventHub.Core.Common.Language.En, now);
        db.Organisations.Add(partner);
        contact.MoveTo(partner, now);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return (planned.Id, planned.Slug!, next.Id, organisation);
    }

    private async Task<string> OwnerLinkAsync(string suffix)
    {
        var email = await AppData.ReadAsync(browser.App, db => db.OutboxMessages
            .Where(m => m.ToAddress == $"noor.{suffix}@leerkracht.example").OrderByDescending(m => m.Id).FirstAsync());
        return OwnerLink().Match(OutboxLinks.TextAsSent(browser.App.Services, email)).Value;
    }

    [GeneratedRegex(@"https?://\S+/a/[A-Za-z0-9_-]+")]
    private static partial Regex OwnerLink();
}
