using System.Net;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Door;

/// <summary>
/// A desk opened from a session's door link kept from before — a plenary's (whose arrivals are the event door's) or a
/// session since deleted — opens the event's door and says why, rather than "not found".
/// </summary>
public class DoorSessionLinkTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Fact]
    public async Task APlenarysDoorLink_OpensTheEventsDoor_SayingPlenaryArrivalsAreCheckedInThere()
    {
        var (eventId, _) = await TodaysEvents.CreateAsync(app.Factory.Services, "Deur plenair", [InvitationStatus.Accepted]);
        var plenary = await SessionIdAsync(eventId, SessionKind.Plenary);
        var client = await SignIn.AsAsync(app.Factory, "door@eventhub.example");

        var page = await FollowAsync(client, $"/check-in/{eventId}?session={plenary}");

        Assert.Contains("Plenary arrivals are checked in at the event door: everyone coming is in the plenary. This is the event door.", page);
        Assert.DoesNotMatch("data-session-id=\"\\d+\"", page); // the event's door, not a session's
    }

    [Fact]
    public async Task ADeletedSessionsDoorLink_OpensTheEventsDoor_SayingItIsNoLongerInTheProgramme()
    {
        var (eventId, _) = await TodaysEvents.CreateAsync(app.Factory.Services, "Deur verwijderd", [InvitationStatus.Accepted], workshopPlaces: 5);
        var gone = await SessionIdAsync(eventId, SessionKind.Workshop, title: "Workshop Hout");
        await using (var db = await DbFactoryAsync())
        {
            await db.Sessions.Where(s => s.Id == gone).ExecuteDeleteAsync();
        }

        var client = await SignIn.AsAsync(app.Factory, "door@eventhub.example");

        var page = await FollowAsync(client, $"/check-in/{eventId}?session={gone}");

        Assert.Contains("That session is no longer in the programme, so it has no door. This is the event door.", page);
    }

    /// <summary>The desk's answer after its redirect (the client does not follow them itself), asserting there was one.</summary>
    private static async Task<string> FollowAsync(HttpClient client, string path)
    {
        var first = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var to = first.Headers.Location!;
        Assert.Matches(@"/check-in/\d+\?no-session-door=", to.ToString());
        var page = await client.GetAsync(to);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
    }

    private async Task<int> SessionIdAsync(int eventId, SessionKind kind, string? title = null)
    {
        await using var db = await DbFactoryAsync();
        return await db.Sessions.Where(s => s.EventId == eventId && s.Kind == kind && (title == null || s.Title == title)).Select(s => s.Id).SingleAsync();
    }

    private Task<EventHubDbContext> DbFactoryAsync() =>
        app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
}
