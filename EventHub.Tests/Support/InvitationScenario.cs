using System.Text.RegularExpressions;
using EventHub.Core;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Support;

/// <summary>
/// A published event on a real SQLite file (separate pooled connections, as in production), with contacts invited
/// and their personal links read back from the outbox, as the partners would find them in their mail.
/// </summary>
public sealed partial class InvitationScenario : IAsyncDisposable
{
    public static readonly DateTime EventStart = new(2027, 3, 10, 13, 0, 0, DateTimeKind.Utc);

    private readonly string _file;

    private InvitationScenario(string file, ServiceProvider services, FakeTimeProvider time)
    {
        _file = file;
        Services = services;
        Time = time;
    }

    public ServiceProvider Services { get; }
    public FakeTimeProvider Time { get; }
    public int EventId { get; private set; }
    public IReadOnlyList<int> SessionIds { get; private set; } = [];

    /// <summary>Personal link tokens by contact email.</summary>
    public Dictionary<string, string> Tokens { get; } = [];

    public RsvpService Rsvp => Services.GetRequiredService<RsvpService>();
    public InvitationService Invitations => Services.GetRequiredService<InvitationService>();
    public InvitationNotifier Notifier => Services.GetRequiredService<InvitationNotifier>();

    /// <param name="configure">Changes to the services, e.g. an interceptor that makes the database busy.</param>
    /// <param name="onPostgres">Over a database of its own on <see cref="PostgresServer"/> instead of a SQLite file.</param>
    public static async Task<InvitationScenario> CreateAsync(
        int invitees, int? capacity, int? sessionCapacity = null, Language language = Language.En, Action<IServiceCollection>? configure = null,
        bool onPostgres = false)
    {
        var file = Path.Combine(Path.GetTempPath(), "eventhub-tests", $"rsvp-{Guid.NewGuid():N}.db");
        var database = onPostgres
            ? (ConnectionString: await PostgresServer.CreateMigratedDatabaseAsync(), Options: new DatabaseOptions { Provider = DatabaseProvider.Postgres })
            : (ConnectionString: $"Data Source={file}", Options: new DatabaseOptions());
        if (!onPostgres)
        {
            TemplateDatabase.CopyToFile(file);
        }

        var time = new FakeTimeProvider(new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));
        var collection = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time)
            .AddEventHubDatabase(database.ConnectionString, database.Options).AddEventHubCore();
        collection.AddDataProtection().UseEphemeralDataProtectionProvider();
        configure?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        var factory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await EventHubDatabase.MigrateAsync(factory);
        var scenario = new InvitationScenario(file, services, time);
        await scenario.SeedAsync(factory, invitees, capacity, sessionCapacity, language);
        return scenario;
    }

    public async Task<EventHubDbContext> NewContextAsync() =>
        await Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();

    public string TokenOf(int index) => Tokens[Email(index)];

    public static string Email(int index) => $"partner{index:000}@example.org";

    /// <summary>
    /// Puts the invitees at <paramref name="indexes"/> at a new organisation owning <paramref name="emailDomains"/>
    /// (a partner names colleagues and delegates at those domains without an organiser's approval); returns its id.
    /// </summary>
    public async Task<int> PlaceAtOrganisationAsync(string name, string? emailDomains, params int[] indexes)
    {
        await using var db = await NewContextAsync();
        var now = Time.GetUtcNow().UtcDateTime;
        var organisation = new Organisation(name, Sector.CivilSociety, null, now);
        organisation.UseEmailDomains(emailDomains);
        db.Organisations.Add(organisation);
        var emails = indexes.Select(Email).ToList();
        foreach (var contact in await db.Contacts.Include(c => c.Affiliations).Where(c => emails.Contains(c.Email)).ToListAsync())
        {
            contact.MoveTo(organisation, now);
        }

        await db.SaveChangesAsync();
        return organisation.Id;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }

    private async Task SeedAsync(IDbContextFactory<EventHubDbContext> factory, int invitees, int? capacity, int? sessionCapacity, Language language)
    {
        var now = Time.GetUtcNow().UtcDateTime;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var @event = new Event("Alliantiedag", EventStart, EventStart.AddHours(4));
            @event.HoldAt(null, "https://meet.example.org/alliantie");
            @event.Limit(capacity, EventStart.AddDays(-7));
            @event.AddSession("Workshop A", SessionKind.Workshop, EventStart.AddHours(1), EventStart.AddHours(2), capacity: sessionCapacity);
            @event.AddSession("Workshop B", SessionKind.Workshop, EventStart.AddHours(1.5), EventStart.AddHours(2.5), capacity: sessionCapacity);
            @event.AddSession("Workshop C", SessionKind.Workshop, EventStart.AddHours(3), EventStart.AddHours(4), capacity: sessionCapacity);
            @event.Publish(now, "alliantiedag-2027-03-10");
            db.Events.Add(@event);
            db.Contacts.AddRange(Enumerable.Range(0, invitees).Select(i => new Contact("Partner", $"{i:000}", Email(i), language, now)));
            await db.SaveChangesAsync();
            EventId = @event.Id;
            SessionIds = @event.Sessions.OrderBy(s => s.SortOrder).Select(s => s.Id).ToList();
        }

        await using var read = await factory.CreateDbContextAsync();
        var contactIds = await read.Contacts.Select(c => c.Id).ToListAsync();
        (await Invitations.AddAsync(EventId, contactIds, Staff.Organiser)).Value.ToString();
        await Invitations.SendAsync(EventId, Staff.Organiser);
        foreach (var message in await read.OutboxMessages.ToListAsync())
        {
            Tokens[message.ToAddress] = TokenIn(OutboxLinks.TextAsSent(Services, message));
        }
    }

    public static string TokenIn(string text) => RsvpLink().Match(text).Groups[1].Value;

    /// <summary>The "stop inviting me" token in an email's text as sent.</summary>
    public static string StopTokenIn(string text) => StopLink().Match(text).Groups[1].Value;

    [GeneratedRegex(@"/rsvp/([A-Za-z0-9_\-]+)")]
    private static partial Regex RsvpLink();

    [GeneratedRegex(@"/stop/([A-Za-z0-9_\-]+)")]
    private static partial Regex StopLink();
}
