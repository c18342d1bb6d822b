using System.Text.RegularExpressions;
using EventHub.Core;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace RsvpStormBenchmark;

/// <summary>One seeded event: its id, capacity and the partners' personal link tokens (in invitation order).</summary>
public sealed record SeededEvent(int EventId, int Capacity, IReadOnlyList<string> Tokens);

/// <summary>
/// Fills a fresh database (a SQLite file, or a new PostgreSQL database) through the app's own Core services, as an
/// organiser would: contacts, a published event with a capacity, invitations added and sent. The tokens are read back
/// from the outbox the way the partner's email shows them, with the Data Protection keys the app will use (on SQLite its
/// content root's App_Data/keys; on PostgreSQL the database's key table, encrypted with the benchmark's certificate), so
/// the app can still send them.
/// </summary>
public static partial class Seeder
{
    private static readonly TeamMember Organiser = TeamMember.InRoles("benchmark", "Benchmark Organiser", Roles.Organiser);

    public static async Task<(SeededEvent Storm, SeededEvent WarmUp)> SeedAsync(StormDatabase database, string keysFolder, int invitees, int capacity)
    {
        await using var services = CoreServices(database, keysFolder);
        var factory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await EventHubDatabase.MigrateAsync(factory);
        // The roles, as the app's own migration adds them: the app is healthy (and the benchmark starts) at once,
        // not after its deferred start-up work has found them missing.
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAsync();
        }

        // The warm-up event comes first so the storm's outbox rows and waitlist are its own.
        var warmUp = await SeedEventAsync(services, "Warm-up", "warm", 10, 5);
        var storm = await SeedEventAsync(services, "Alliantiedag", "partner", invitees, capacity);
        database.Settle();
        return (storm, warmUp);
    }

    /// <summary>The app's Core services on the database, with the Data Protection keys the app will use.</summary>
    public static ServiceProvider CoreServices(StormDatabase database, string keysFolder)
    {
        var collection = new ServiceCollection().AddLogging();
        database.KeepKeys(collection.AddDataProtection().SetApplicationName("EventHub"), keysFolder);
        collection.AddEventHubDatabase(database.ConnectionString, database.Options).AddEventHubCore();
        collection.AddIdentityCore<AppUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<EventHubDbContext>();
        return collection.BuildServiceProvider();
    }

    private static async Task<SeededEvent> SeedEventAsync(IServiceProvider services, string title, string prefix, int invitees, int capacity)
    {
        var factory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime; // the clock the Core services read
        var start = now.Date.AddDays(60).AddHours(13);
        int eventId;
        List<int> contactIds;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var @event = new Event(title, start, start.AddHours(4));
            @event.HoldAt(null, "https://meet.example.org/alliantie");
            @event.Limit(capacity, start.AddDays(-7));
            @event.AddSession("Opening", SessionKind.Plenary, start, start.AddHours(1), capacity: null);
            @event.AddSession("Workshop", SessionKind.Workshop, start.AddHours(1), start.AddHours(2), capacity: null);
            var published = @event.Publish(now, $"{prefix}-{start:yyyy-MM-dd}");
            if (!published.Succeeded)
            {
                throw new InvalidOperationException($"Seeding failed: {published.ErrorCode}");
            }

            db.Events.Add(@event);
            var contacts = Enumerable.Range(0, invitees).Select(i => new Contact("Partner", $"{prefix}{i:00000}", Email(prefix, i), Language.Nl, now)).ToList();
            db.Contacts.AddRange(contacts);
            await db.SaveChangesAsync();
            eventId = @event.Id;
            contactIds = contacts.Select(c => c.Id).ToList();
        }

        var invitations = services.GetRequiredService<InvitationService>();
        Check(await invitations.AddAsync(eventId, contactIds, Organiser));
        Check(await invitations.SendAsync(eventId, Organiser));
        var linkTokens = services.GetRequiredService<OutboxLinkTokens>();
        await using var read = await factory.CreateDbContextAsync();
        var byAddress = new Dictionary<string, string>();
        var messages = await read.OutboxMessages.AsNoTracking().Where(m => m.InvitationId != null && m.ToAddress.StartsWith(prefix)).ToListAsync();
        foreach (var message in messages)
        {
            byAddress[message.ToAddress] = RsvpLink().Match(OutboxLinkTokens.Filled(message.TextBody, linkTokens.TokensOf(message))).Groups[1].Value;
        }

        var tokens = Enumerable.Range(0, invitees).Select(i => byAddress[Email(prefix, i)]).ToList();
        if (tokens.Any(string.IsNullOrEmpty))
        {
            throw new InvalidOperationException("An invitation email carried no personal link.");
        }

        return new SeededEvent(eventId, capacity, tokens);
    }

    private static string Email(string prefix, int index) => $"{prefix}{index:00000}@example.org";

    private static void Check<T>(Result<T> result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding failed: {result.ErrorCode}");
        }
    }

    [GeneratedRegex(@"/rsvp/([A-Za-z0-9_\-]+)")]
    private static partial Regex RsvpLink();
}
