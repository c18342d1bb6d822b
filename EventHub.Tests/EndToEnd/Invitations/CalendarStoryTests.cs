using System.Text;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using IcalCalendar = Ical.Net.Calendar;

namespace EventHub.Tests.EndToEnd.Invitations;

/// <summary>Calendars that stay right (issue 14, part 4), as a partner and the public meet them.</summary>
[Collection(InvitationsBrowserCollection.Name)]
public class CalendarStoryTests(InvitationsBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Partner_AcceptsThenDeclines_TheOutboxHoldsACancellationOfTheSameMeeting()
    {
        var published = await DemoEvents.FindAsync(browser.App, DemoEvents.PublishedTitle);
        var token = await PartnerLinks.InviteAsync(browser.App.Services, published.Id, "Kees", Language.En);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl + "/rsvp/" + token);

        await page.GetByLabel("Accept – I am coming").CheckAsync();
        await page.GetByLabel("I have read the privacy notice and agree").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).OpenPageAsync();
        await Expect(page.Locator("#rsvp-saved")).ToContainTextAsync("You are coming.");
        await page.GetByLabel("Decline – I cannot come").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).OpenPageAsync();
        await Expect(page.Locator("#rsvp-saved")).ToContainTextAsync("You have declined.");

        var calendars = await CalendarsSentAsync(token);
        Assert.Equal(["REQUEST", "CANCEL"], calendars.Select(c => c.Method));
        var (request, cancel) = (Assert.Single(calendars[0].Events), Assert.Single(calendars[1].Events));
        var host = browser.App.Services.GetRequiredService<SiteLinks>().Root.Host;
        Assert.Equal($"event-{published.Id}@{host}", request.Uid);
        Assert.Equal(request.Uid, cancel.Uid);
        Assert.True(cancel.Sequence > request.Sequence, $"{cancel.Sequence} > {request.Sequence}");
        Assert.Equal(Ical.Net.EventStatus.Cancelled, cancel.Status);
    }

    [Fact]
    public async Task HybridEvent_TheOnlineLinkIsNotPublic_AndReachesAnInviteeOnceTheyAccept()
    {
        // A title of its own: the collection's other stories find the demo's published meeting by its title.
        var sample = SampleEvents.Alliantiedag();
        sample.Retitle("Hybride alliantiedag");
        var hybrid = await SampleEvents.SaveAsync(browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>(), sample);
        var page = await browser.NewPageAsync();

        await page.GotoAsync($"{browser.BaseUrl}/e/{hybrid.Slug}");

        var where = page.Locator("#event-where");
        await Expect(where).ToContainTextAsync("Forum Groningen");
        await Expect(where).ToContainTextAsync("Everyone coming gets the online link by email.");
        Assert.DoesNotContain("meet.example.org", await page.ContentAsync());

        var token = await PartnerLinks.InviteAsync(browser.App.Services, hybrid.Id, "Lotte", Language.En);
        await page.GotoAsync(browser.BaseUrl + "/rsvp/" + token);
        await Expect(page.Locator("#event-where a[href='https://meet.example.org/alliantiedag']")).ToHaveCountAsync(0);
        await page.GetByLabel("Accept – I am coming").CheckAsync();
        await page.GetByLabel("I have read the privacy notice and agree").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answer" }).OpenPageAsync();
        await Expect(page.Locator("#rsvp-saved")).ToContainTextAsync("You are coming.");
        await Expect(page.Locator("#event-where a[href='https://meet.example.org/alliantiedag']")).ToBeVisibleAsync();
    }

    /// <summary>The calendars in the confirmations to the invitation behind <paramref name="token"/>, oldest first.</summary>
    private async Task<List<IcalCalendar>> CalendarsSentAsync(string token)
    {
        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var invitationId = await db.Invitations.Where(i => i.TokenHash == hash).Select(i => i.Id).SingleAsync();
        var confirmations = await db.OutboxMessages.Include(m => m.Attachments)
            .Where(m => m.InvitationId == invitationId && m.Kind == InvitationEmails.AnswerKind)
            .OrderBy(m => m.Id).ToListAsync();
        return confirmations.SelectMany(m => m.Attachments).Where(a => a.ContentType.StartsWith("text/calendar"))
            .Select(a => IcalCalendar.Load(Encoding.UTF8.GetString(a.Content))!).ToList();
    }
}
