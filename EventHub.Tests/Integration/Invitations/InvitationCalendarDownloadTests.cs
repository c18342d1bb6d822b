using System.Net;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using IcalCalendar = Ical.Net.Calendar;

namespace EventHub.Tests.Integration.Invitations;

/// <summary>
/// "Add to your calendar" on the invitation page: the partner's own event, its plenaries (for everyone coming) and the
/// sessions they have a place in, behind their link — not the whole programme, with sessions they did not choose or only
/// wait for.
/// </summary>
public class InvitationCalendarDownloadTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Fact]
    public async Task APartnerOnTheWaitlistOfOneSession_DownloadsTheEventAndOnlyTheSessionTheyHaveAPlaceIn()
    {
        var eventId = await PartnerLinks.PublishEventAsync(app.Factory.Services, deadlineInDays: 5, workshopCapacity: 1);
        var plenary = await SessionIdAsync(eventId, "Plenaire opening");
        var workshop = await SessionIdAsync(eventId, "Kleine werkplaats");
        var first = await PartnerLinks.InviteAsync(app.Factory.Services, eventId, "Bas");
        var second = await PartnerLinks.InviteAsync(app.Factory.Services, eventId, "Cas");
        var client = SignIn.NewClient(app.Factory);
        await AcceptAsync(client, first, workshop);
        await AcceptAsync(client, second, plenary, workshop); // the workshop's one place is taken: Cas waits for it

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/rsvp/{second}"));
        var response = await client.GetAsync($"/rsvp/{second}/calendar.ics");

        Assert.Contains($"href=\"rsvp/{second}/calendar.ics\" download id=\"rsvp-calendar\">Add to calendar, with your sessions (.ics)", page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var root = app.Factory.Services.GetRequiredService<SiteLinks>().Root.Host;
        var entries = IcalCalendar.Load(await response.Content.ReadAsStringAsync())!.Events;
        Assert.Equal([$"event-{eventId}@{root}", $"session-{plenary}@{root}"], entries.Select(e => e.Uid));
        // Coming, they get the online link the public calendar keeps to itself.
        Assert.All(entries, e => Assert.Contains("https://meet.example.org/partners", e.Location));
    }

    [Fact]
    public async Task APartnerComingWhoChoseNoSession_GetsTheEventAndThePlenary_SomeoneMaybeComingTheEventAlone()
    {
        var eventId = await PartnerLinks.PublishEventAsync(app.Factory.Services, deadlineInDays: 5, workshopCapacity: null);
        var plenary = await SessionIdAsync(eventId, "Plenaire opening");
        var coming = await PartnerLinks.InviteAsync(app.Factory.Services, eventId, "Dina");
        var maybe = await PartnerLinks.InviteAsync(app.Factory.Services, eventId, "Evert");
        var client = SignIn.NewClient(app.Factory);
        await AcceptAsync(client, coming);
        await AnswerAsync(client, maybe, "Tentative");

        var comingPage = WebUtility.HtmlDecode(await client.GetStringAsync($"/rsvp/{coming}"));
        var comingCalendar = IcalCalendar.Load(await client.GetStringAsync($"/rsvp/{coming}/calendar.ics"))!;
        var maybePage = WebUtility.HtmlDecode(await client.GetStringAsync($"/rsvp/{maybe}"));
        var maybeCalendar = IcalCalendar.Load(await client.GetStringAsync($"/rsvp/{maybe}/calendar.ics"))!;

        // A plenary is for everyone who comes: theirs without picking it.
        var root = app.Factory.Services.GetRequiredService<SiteLinks>().Root.Host;
        Assert.Contains("id=\"rsvp-calendar\">Add to calendar, with your sessions (.ics)", comingPage);
        Assert.Equal([$"event-{eventId}@{root}", $"session-{plenary}@{root}"], comingCalendar.Events.Select(e => e.Uid));
        // Maybe coming holds no seat, so no plenary either: the event alone.
        Assert.Contains("id=\"rsvp-calendar\">Add to calendar (.ics)", maybePage);
        Assert.Equal(maybeCalendar.Events.Single().Summary, (await EventAsync(eventId)).Title);
    }

    [Fact]
    public async Task ACancelledEvent_OffersNoCalendar()
    {
        var eventId = await PartnerLinks.PublishEventAsync(app.Factory.Services, deadlineInDays: 5, workshopCapacity: null);
        var token = await PartnerLinks.InviteAsync(app.Factory.Services, eventId, "Eva");
        var client = SignIn.NewClient(app.Factory);
        await AcceptAsync(client, token, await SessionIdAsync(eventId, "Kleine werkplaats"));
        await ChangeEventAsync(eventId, e => Assert.True(e.Cancel("De zaal is niet beschikbaar.").Succeeded));

        // The cancellation email took the meeting out of the partner's calendar; the page offers no new copy.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/rsvp/{token}/calendar.ics")).StatusCode);
        Assert.DoesNotContain("rsvp-calendar", await client.GetStringAsync($"/rsvp/{token}"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Declined")]
    public async Task SomeoneNotComing_GetsNoCalendar(string? answer)
    {
        var eventId = await PartnerLinks.PublishEventAsync(app.Factory.Services, deadlineInDays: 5, workshopCapacity: null);
        var token = await PartnerLinks.InviteAsync(app.Factory.Services, eventId, "Femke");
        var client = SignIn.NewClient(app.Factory);
        if (answer is not null)
        {
            await AnswerAsync(client, token, answer);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/rsvp/{token}/calendar.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/rsvp/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/calendar.ics")).StatusCode);
    }

    private static Task AcceptAsync(HttpClient client, string token, params int[] sessionIds) =>
        AnswerAsync(client, token, "Accepted", sessionIds);

    private static async Task AnswerAsync(HttpClient client, string token, string answer, params int[] sessionIds)
    {
        var page = await client.GetStringAsync($"/rsvp/{token}");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("_handler", "rsvp"),
            new("__RequestVerificationToken", SignIn.AntiforgeryToken(page)),
            new("Form.Answer", answer),
            new("Form.PrivacyAccepted", "true"),
        };
        fields.AddRange(sessionIds.Select(id => new KeyValuePair<string, string>("Form.SessionIds", $"{id}")));
        var response = await client.PostAsync($"/rsvp/{token}", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<int> SessionIdAsync(int eventId, string title)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        return await db.Sessions.Where(s => s.EventId == eventId && s.Title == title).Select(s => s.Id).SingleAsync();
    }

    private async Task<Event> EventAsync(int eventId)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        return await db.Events.AsNoTracking().SingleAsync(e => e.Id == eventId);
    }

    private async Task ChangeEventAsync(int eventId, Action<Event> change)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        change(await db.Events.SingleAsync(e => e.Id == eventId));
        await db.SaveChangesAsync();
    }

    private IDbContextFactory<EventHubDbContext> DbFactory => app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
}
