using System.Net;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EventHub.Tests.Integration.Invitations;

/// <summary>
/// On PostgreSQL a crowd can take every connection of the app's pool. A partner who arrives then waits the pool's
/// timeout and gets the same 503 "busy, try again" page as on a busy SQLite, not an error page; once connections are
/// free again, their page opens and their answer is taken.
/// </summary>
public class RsvpBusyDatabaseOnPostgresTests(RsvpBusyDatabaseOnPostgresTests.SmallPoolApp app) : IClassFixture<RsvpBusyDatabaseOnPostgresTests.SmallPoolApp>
{
    [Fact]
    public async Task EveryConnectionInUse_PartnerGets503WithRetryAfter_ThenAnswersOnceConnectionsAreFree()
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        var token = await PartnerLinks.InviteAsync(app.Factory.Services, published.Id, "Sanne");
        var client = SignIn.NewClient(app.Factory);
        var form = await client.GetStringAsync($"/rsvp/{token}");
        var holders = new List<NpgsqlConnection>();
        HttpResponseMessage post, page;
        try
        {
            // The app's connection string names its pool: these take every connection of it.
            for (var i = 0; i < SmallPoolApp.PoolSize; i++)
            {
                var holder = new NpgsqlConnection(app.Factory.ConnectionString);
                await holder.OpenAsync();
                holders.Add(holder);
            }

            post = await client.PostAsync($"/rsvp/{token}", PartnerLinks.AcceptForm(form));
            page = await client.GetAsync($"/rsvp/{token}");
        }
        finally
        {
            foreach (var holder in holders)
            {
                await holder.DisposeAsync();
            }
        }

        foreach (var busy in new[] { post, page })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), busy.Headers.RetryAfter?.Delta);
            var html = WebUtility.HtmlDecode(await busy.Content.ReadAsStringAsync());
            Assert.Contains("<h1>Busy right now</h1>", html);
            Assert.DoesNotContain("Exception", html);
        }

        var again = await client.PostAsync($"/rsvp/{token}", PartnerLinks.AcceptForm(form));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        Assert.Equal(InvitationStatus.Accepted, (await db.Invitations.SingleAsync(i => i.TokenHash == hash)).Status);
    }

    /// <summary>The app on PostgreSQL with a pool of a few connections that gives up waiting for one after a second.</summary>
    public sealed class SmallPoolApp : IAsyncLifetime
    {
        public const int PoolSize = 4;

        private EventHubAppFactory? _factory;

        public EventHubAppFactory Factory => _factory ?? throw new InvalidOperationException("The fixture has not started.");

        public async Task InitializeAsync() =>
            _factory = await EventHubAppFactory.OnPostgresAsync($"Maximum Pool Size={PoolSize};Timeout=1");

        public async Task DisposeAsync()
        {
            if (_factory is not null)
            {
                await _factory.DisposeAsync();
            }
        }
    }
}
