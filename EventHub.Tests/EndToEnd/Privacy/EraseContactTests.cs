using System.IO.Compression;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Privacy;

/// <summary>
/// An erasure request, end to end: a contact with a distinctive name was invited, answered, came, and owns an action item
/// in a session's final record of an event with a public report. Before the erasure their name is on the staff pages and
/// in the exports; the admin exports their data, then erases them after typing their name; afterwards the name is on no
/// page (directory, organisation, guest list, check-in, action tracker and item, session record, synthesis, public
/// report, outbox) and in no file (guest list CSV, directory CSV, contact export ZIP, calendar files and feed, Markdown).
/// </summary>
[Collection(DirectoryBrowserCollection.Name)]
public class EraseContactTests(DirectoryBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task AnAdminErasesAContact_TheirNameIsOnNoPageAndInNoFile()
    {
        var world = await SeedAsync(Guid.NewGuid().ToString("N")[..6]);
        var admin = await browser.NewPageAsync();
        await admin.SignInAsync("admin@eventhub.example");

        // Before: the name is where a person would look for it (so the checks after the erasure can fail).
        foreach (var check in world.Pages)
        {
            await ShowsAsync(admin, check, check.Before ?? world.FullName);
        }

        foreach (var file in world.Files.Where(f => f.NamesThemBefore))
        {
            Assert.Contains(world.LastName, await DownloadAsync(admin, file.Url));
        }

        await admin.OpenAsync($"/contacts/{world.ContactId}", interactive: false);
        await admin.Locator("#contact-erase").OpenDialogAsync();
        await Expect(admin.Locator("#erase-consequences li")).ToHaveCountAsync(5);
        await Expect(admin.Locator("#erase-confirm")).ToBeDisabledAsync();
        await admin.Locator("#erase-name").FillAsync("Zebulon Someone");
        await Expect(admin.Locator("#erase-confirm")).ToBeDisabledAsync();
        await admin.Locator("#erase-name").FillAsync(world.FullName.ToLowerInvariant());
        await Expect(admin.Locator("#erase-confirm")).ToBeEnabledAsync();
        await admin.ScreenshotAsync("privacy-erase-contact-dialog-en");
        await admin.AssertAccessibleAsync();
        await admin.Locator("#erase-confirm").ClickAsync();
        await Expect(admin.Locator("#contact-erased")).ToContainTextAsync("This contact was erased on");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(world.AnonymousName);
        await Expect(admin.Locator("#contact-erase")).ToHaveCountAsync(0);

        // After: the pages show the stand-in (or the rest of their content) and never the name or the address.
        foreach (var check in world.Pages)
        {
            await ShowsAsync(admin, check with { Search = check.SearchAfter ?? check.Search }, check.After ?? world.AnonymousName);
            await Expect(admin.Locator("body")).Not.ToContainTextAsync(world.LastName);
            await Expect(admin.Locator("body")).Not.ToContainTextAsync(world.Email);
        }

        await admin.OpenAsync("/outbox", interactive: false);
        await admin.SearchOutboxAsync(world.AnonymousEmail);
        await Expect(admin.Locator(".mud-table-body tr")).ToHaveCountAsync(1);
        await Expect(admin.Locator("body")).Not.ToContainTextAsync(world.LastName);

        foreach (var file in world.Files)
        {
            var text = await DownloadAsync(admin, file.Url);
            Assert.DoesNotContain(world.LastName, text);
            Assert.DoesNotContain(world.Email, text);
        }
    }

    /// <summary>
    /// A page, what to type into its search first, and what it shows before the erasure (default: the name) and after it
    /// (default: the stand-in name). Pages that never name a person (the synthesis, the public report) are checked after all.
    /// <paramref name="Interactive"/> false: a page of its own (the door desk, the public report), loaded.
    /// </summary>
    private sealed record PageCheck(
        string Url, (string Input, string Text)? Search = null, string? Before = null, string? After = null, (string Input, string Text)? SearchAfter = null,
        bool Interactive = true);

    private sealed record FileCheck(string Url, bool NamesThemBefore = true);

    private sealed record World(int ContactId, string FullName, string LastName, string Email, IReadOnlyList<PageCheck> Pages, IReadOnlyList<FileCheck> Files)
    {
        public string AnonymousName => $"Anonymised #{ContactId}";

        public string AnonymousEmail => $"contact-{ContactId}@anonymised.invalid";
    }

    /// <summary>Opens the page as a person clicking through the app would (Blazor's navigation to an interactive page), and finds the text.</summary>
    private static async Task ShowsAsync(IPage page, PageCheck check, string text)
    {
        await page.OpenAsync(check.Url, check.Interactive);

        if (check.Search is { } search)
        {
            await page.Locator($"#{search.Input}").FillAsync(search.Text);
        }

        await Expect(page.Locator("main")).ToContainTextAsync(text);
    }

    /// <summary>A file as the signed-in person downloads it; a ZIP's entries read as one text.</summary>
    private static async Task<string> DownloadAsync(IPage page, string url)
    {
        var response = await page.APIRequest.GetAsync(url);
        Assert.True(response.Ok, $"{url} answered {response.Status}");
        var body = await response.BodyAsync();
        if (url.Contains(".zip", StringComparison.Ordinal))
        {
            using var archive = new ZipArchive(new MemoryStream(body));
            return string.Concat(archive.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
        }

        return System.Text.Encoding.UTF8.GetString(body);
    }

    private async Task<World> SeedAsync(string suffix)
    {
        var services = browser.App.Services;
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var start = now.Date.AddDays(-3).AddHours(17);
        var @event = await ReportEvents.CreateAsync(dbFactory, $"Wisavond {suffix}", start);
        var roundTable = ReportEvents.SessionId(@event, ReportEvents.RoundTable);
        var lastName = $"Quixwright{suffix}";
        var email = $"zebulon.{suffix}@leesclub.example";
        var organisationName = $"Leesclub Noord {suffix}";
        var what = $"Map the reading clubs {suffix}";
        await new RecordedSession()
            .Notes("The table agreed on next steps.", "Femke Jansen")
            .Insight("Reading clubs reach families the schools do not")
            .Action(what, organisationName, DateOnly.FromDateTime(start).AddDays(30),
                contact: RecordedSession.Contact("Zebulon", lastName, email, now))
            .Final()
            .SaveAsync(dbFactory, roundTable, start.AddHours(3));

        int contactId, organisationId, actionItemId;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            var contact = await db.Contacts.Include(c => c.Affiliations).SingleAsync(c => c.Email == email);
            var organisation = await db.Organisations.SingleAsync(o => o.Name == organisationName);
            contact.MoveTo(organisation, now);
            await db.SaveChangesAsync();
            (contactId, organisationId) = (contact.Id, organisation.Id);
            actionItemId = await db.ActionItems.Where(a => a.What == what).Select(a => a.Id).SingleAsync();
        }

        using (var scope = services.CreateScope())
        {
            Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<InvitationService>().AddAsync(@event.Id, [contactId], Staff.Organiser)).Value);
        }

        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            // The event has passed (nothing is sent for it any more): the invitation email, the answer, the session and the
            // check-in are written as they were before and on the day.
            var invitation = await db.Invitations.Include(i => i.Contact).Include(i => i.Event).ThenInclude(e => e.Sessions)
                .SingleAsync(i => i.ContactId == contactId);
            var link = EventHub.Core.Common.PersonalLinkTokens.NewToken();
            invitation.Issue(EventHub.Core.Common.PersonalLinkTokens.Hash(link), start.AddDays(-14));
            var links = services.GetRequiredService<EventHub.Core.Outbox.SiteLinks>();
            db.OutboxMessages.Add(InvitationEmails.Invitation(links, invitation, invitation.Event, links.Rsvp(link), start.AddDays(-14)));
            invitation.Answer(InvitationStatus.Accepted, start.AddDays(-7));
            invitation.Choose(await db.Sessions.SingleAsync(s => s.Id == roundTable), SessionChoiceStatus.Registered, start.AddDays(-7));
            invitation.StateNeeds(AccessNeeds.QuietRoom, null, null, "Vegan");
            invitation.CheckIn(start);
            await db.SaveChangesAsync();
        }

        string feedToken;
        using (var scope = services.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<EventReportService>().PublishAsync(@event.Id)).Succeeded);
            await using var db = await dbFactory.CreateDbContextAsync();
            var adminId = await db.Users.Where(u => u.Email == "admin@eventhub.example").Select(u => u.Id).SingleAsync();
            feedToken = (await scope.ServiceProvider.GetRequiredService<CalendarFeedService>().CreateAsync(adminId)).Value;
        }

        var fullName = $"Zebulon {lastName}";
        var anonymous = $"Anonymised #{contactId}";
        return new World(contactId, fullName, lastName, email,
            [
                new($"/contacts", Search: ("contact-search", lastName), After: "No contacts match this search or filter."),
                new($"/contacts/{contactId}"),
                new($"/organisations/{organisationId}", After: organisationName),
                new($"/events/{@event.Id}/invitations"),
                new($"/check-in/{@event.Id}", Search: ("door-find", "Zebulon"), SearchAfter: ("door-find", "Anonymised"), Interactive: false),
                new("/actions", Search: ("action-search", what)),
                new($"/actions/{actionItemId}"),
                new($"/sessions/{roundTable}/outcome"),
                new($"/events/{@event.Id}/synthesis", Before: what, After: what),
                new($"/e/{@event.Slug}/report", Before: "Reading clubs reach families", After: "Reading clubs reach families", Interactive: false),
            ],
            [
                new($"/events/{@event.Id}/guests.csv"),
                new($"/directory/contacts.csv?search={lastName}"),
                new($"/contacts/{contactId}/export.zip?lang=en"),
                new($"/events/{@event.Id}/synthesis.md?lang=en", NamesThemBefore: false),
                new($"/events/{@event.Id}/calendar.ics?sessions=true", NamesThemBefore: false),
                new($"/e/{@event.Slug}/calendar.ics?sessions=true", NamesThemBefore: false),
                new($"/calendar/feed/{feedToken}.ics", NamesThemBefore: false),
            ]);
    }
}
