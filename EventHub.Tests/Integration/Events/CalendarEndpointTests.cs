using System.Net;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using IcalCalendar = Ical.Net.Calendar;

namespace EventHub.Tests.Integration.Events;

public class CalendarEndpointTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Fact]
    public async Task PublicIcs_PublishedEvent_IsACalendarFileThatParses()
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        var client = SignIn.NewClient(app.Factory);

        var response = await client.GetAsync($"/e/{published.Slug}/calendar.ics?sessions=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal($"{published.Slug}.ics", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var calendar = IcalCalendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(5, calendar.Events.Count); // the event and its four sessions
        var entry = calendar.Events.Single(e => e.Uid == $"event-{published.Id}@{app.Factory.Services.GetRequiredService<SiteLinks>().Root.Host}");
        Assert.Equal(published.StartUtc, entry.DtStart!.AsUtc);
        Assert.StartsWith("Forum Groningen", entry.Location);
        Assert.EndsWith($"/e/{published.Slug}", entry.Url!.ToString());
    }

    [Fact]
    public async Task PublicIcs_Draft_IsNotFound()
    {
        var draft = await DemoEvents.FindAsync(app.Factory, DemoEvents.DraftTitle);

        var response = await SignIn.NewClient(app.Factory).GetAsync($"/e/{Slugs.For(draft)}/calendar.ics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task StaffIcs_Anonymous_MustSignIn()
    {
        var draft = await DemoEvents.FindAsync(app.Factory, DemoEvents.DraftTitle);

        var response = await SignIn.NewClient(app.Factory).GetAsync($"/events/{draft.Id}/calendar.ics");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task StaffIcs_DoorStaff_IsDenied()
    {
        var draft = await DemoEvents.FindAsync(app.Factory, DemoEvents.DraftTitle);
        var client = await SignIn.AsAsync(app.Factory, "door@eventhub.example");

        var response = await client.GetAsync($"/events/{draft.Id}/calendar.ics");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task StaffIcs_Facilitator_GetsEvenADraft()
    {
        var draft = await DemoEvents.FindAsync(app.Factory, DemoEvents.DraftTitle);
        var client = await SignIn.AsAsync(app.Factory, "facilitator@eventhub.example");

        var response = await client.GetAsync($"/events/{draft.Id}/calendar.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(IcalCalendar.Load(await response.Content.ReadAsStringAsync())!.Events);
        Assert.Equal(DemoEvents.DraftTitle, entry.Summary);
    }

    [Fact]
    public async Task Feed_WorksWithoutSignInAndStopsAfterRevoking()
    {
        var facilitator = await DemoEvents.UserAsync(app.Factory, "facilitator@eventhub.example");
        using var scope = app.Factory.Services.CreateScope();
        var feeds = scope.ServiceProvider.GetRequiredService<CalendarFeedService>();
        var token = (await feeds.CreateAsync(facilitator.Id)).Value;
        var client = SignIn.NewClient(app.Factory);

        var before = await client.GetAsync($"/calendar/feed/{token}.ics");
        await feeds.RevokeAsync(facilitator.Id);
        var after = await client.GetAsync($"/calendar/feed/{token}.ics");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var summaries = IcalCalendar.Load(await before.Content.ReadAsStringAsync())!.Events.Select(e => e.Summary);
        Assert.Contains(DemoEvents.PublishedTitle, summaries);
        Assert.DoesNotContain(DemoEvents.DraftTitle, summaries);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task Feed_UnknownToken_IsNotFound()
    {
        var response = await SignIn.NewClient(app.Factory).GetAsync("/calendar/feed/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
