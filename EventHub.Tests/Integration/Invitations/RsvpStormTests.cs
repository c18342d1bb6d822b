using System.Net;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Invitations;

/// <summary>
/// The smoke run of the RSVP storm (benchmarks/rsvp-storm.sh, exactness only): two hundred partners open their link and
/// post "accept" through the real form at the same instant, for fifty seats. On SQLite.
/// </summary>
public class RsvpStormTests(EventHubAppFixture app) : RsvpStorm(app.Factory), IClassFixture<EventHubAppFixture>;

/// <summary>The same storm on PostgreSQL: many writers at once under READ COMMITTED, row locks instead of one writer.</summary>
public class RsvpStormOnPostgresTests(PostgresAppFixture app) : RsvpStorm(app.Factory), IClassFixture<PostgresAppFixture>;

public abstract class RsvpStorm(EventHubAppFactory factory)
{
    private const int Partners = 200;
    private const int Seats = 50;

    [Fact]
    public async Task TwoHundredPartnersAcceptThroughTheFormAtOnce_ForFiftySeats_SeatFiftyAndWaitlistTheRestInCommitOrder_OneConfirmationEach()
    {
        var (eventId, tokens) = await SendInvitationsAsync();
        var partners = new List<(HttpClient Client, string Token, FormUrlEncodedContent Form)>();
        foreach (var token in tokens)
        {
            var client = SignIn.NewClient(factory);
            var page = await client.GetStringAsync($"/rsvp/{token}");
            partners.Add((client, token, PartnerLinks.AcceptForm(page)));
        }

        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var posts = partners.Select(async p =>
        {
            await go.Task;
            return await p.Client.PostAsync($"/rsvp/{p.Token}", p.Form);
        }).ToList();
        go.SetResult();
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.All(responses, r => Assert.EndsWith("?saved=1", r.Headers.Location!.OriginalString));
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var invitations = await db.Invitations.AsNoTracking().Where(i => i.EventId == eventId).ToListAsync();
        var ids = invitations.Select(i => i.Id).ToList();
        var confirmations = await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == InvitationEmails.AnswerKind && ids.Contains(m.InvitationId!.Value))
            .Select(m => new { m.Id, InvitationId = m.InvitationId!.Value }).ToListAsync();
        Assert.Equal(Seats, (await db.Events.SingleAsync(e => e.Id == eventId)).SeatsTaken);
        Assert.Equal(Seats, invitations.Count(i => i.Status == InvitationStatus.Accepted));
        var waitlist = invitations.Where(i => i.Status == InvitationStatus.Waitlisted).OrderBy(i => i.WaitlistNumber).ToList();
        Assert.Equal(Enumerable.Range(1, Partners - Seats).Select(n => (long?)n), waitlist.Select(i => i.WaitlistNumber));
        Assert.All(invitations, i => Assert.Single(confirmations, c => c.InvitationId == i.Id));
        // The confirmations are numbered in commit order (one writer at a time on SQLite; on PostgreSQL each is written
        // under the event row's lock): the seats went first, the waitlist in its order.
        var committed = confirmations.ToDictionary(c => c.InvitationId, c => c.Id);
        var waitlistOrder = waitlist.Select(i => committed[i.Id]).ToList();
        Assert.Equal(waitlistOrder.Order(), waitlistOrder);
        Assert.True(invitations.Where(i => i.Status == InvitationStatus.Accepted).Max(i => committed[i.Id]) < waitlistOrder[0]);
    }

    /// <summary>A published event of <see cref="Seats"/> seats and <see cref="Partners"/> sent invitations; their links, from the emails.</summary>
    private async Task<(int EventId, IReadOnlyList<string> Tokens)> SendInvitationsAsync()
    {
        var services = factory.Services;
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var start = now.Date.AddDays(60).AddHours(13);
        var batch = Guid.NewGuid().ToString("N");
        var @event = new Event("Storm", start, start.AddHours(4));
        @event.HoldAt(null, "https://meet.example.org/storm");
        @event.Limit(Seats, start.AddDays(-7));
        @event.AddSession("Opening", SessionKind.Plenary, start, start.AddHours(1), capacity: null);
        Assert.True(@event.Publish(now, $"storm-{batch}").Succeeded);
        var contacts = Enumerable.Range(0, Partners).Select(i => new Contact("Partner", $"{i:000}", $"storm{i:000}.{batch}@partner.example", Language.En, now)).ToList();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.Events.Add(@event);
            db.Contacts.AddRange(contacts);
            await db.SaveChangesAsync();
        }

        using var scope = services.CreateScope();
        var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
        Assert.Equal(Partners, (await invitations.AddAsync(@event.Id, contacts.Select(c => c.Id).ToList(), Staff.Organiser)).Value);
        Assert.True((await invitations.SendAsync(@event.Id, Staff.Organiser)).Succeeded);
        await using var read = await dbFactory.CreateDbContextAsync();
        var sent = await read.OutboxMessages.AsNoTracking().Where(m => m.Kind == InvitationEmails.InvitationKind && m.ToAddress.EndsWith($".{batch}@partner.example")).ToListAsync();
        var tokens = sent.ToDictionary(m => m.ToAddress, m => InvitationScenario.TokenIn(OutboxLinks.TextAsSent(services, m)));
        return (@event.Id, contacts.Select(c => tokens[c.Email]).ToList());
    }
}
