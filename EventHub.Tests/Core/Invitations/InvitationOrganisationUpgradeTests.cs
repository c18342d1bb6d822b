using EventHub.Core;
using EventHub.Core.Data;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// A database from before invitations kept their organisation is upgraded: each guest comes for the organisation they
/// belonged to when the event began (Fatima was at the municipality last spring, at the school since September), else
/// the one they belong to now (a membership from before the directory kept history), and every kept tally is counted
/// again. The tally triggers on invitations still work after the upgrade. The same on SQLite and on PostgreSQL
/// (<see cref="InvitationOrganisationUpgradeOnPostgresTests"/>).
/// </summary>
public abstract class InvitationOrganisationUpgradeTestsBase
{
    /// <summary>Registers the database and Core services over a new, empty database.</summary>
    protected abstract Task AddDatabaseAsync(ServiceCollection services);

    /// <summary>An instant as the provider's SQL writes it (PostgreSQL's column has a time zone, SQLite's is text).</summary>
    protected abstract string At(string utc);

    [Fact]
    public async Task Migrate_GivesEachInvitationTheOrganisationOfTheMembershipOpenAtTheEventsStart()
    {
        var services = new ServiceCollection();
        await AddDatabaseAsync(services);
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await using (var before = await factory.CreateDbContextAsync())
        {
            await before.GetService<IMigrator>().MigrateAsync("ContactNameKeys");
            var directory = $"""
                INSERT INTO "Organisations" ("Id", "Name", "NormalizedName", "MatchKey", "Sector", "IsArchived", "CreatedAtUtc", "UpdatedAtUtc")
                VALUES (1, 'Gemeente Stad', 'gemeente stad', 'gemeentestad', 'Government', FALSE, {At("2025-01-01 00:00:00")}, {At("2025-01-01 00:00:00")}),
                       (2, 'Basisschool De Es', 'basisschool de es', 'basisschooldees', 'Education', FALSE, {At("2025-01-01 00:00:00")}, {At("2025-01-01 00:00:00")});
                INSERT INTO "Contacts" ("Id", "FirstName", "LastName", "NameKey", "Email", "NormalizedEmail", "EmailDomain", "PreferredLanguage", "OrganisationId", "IsArchived", "CreatedAtUtc", "UpdatedAtUtc")
                VALUES (1, 'Fatima', 'Amrani', 'fatimaamrani', 'fatima@example.nl', 'fatima@example.nl', 'example.nl', 'nl', 2, FALSE, {At("2025-01-01 00:00:00")}, {At("2026-09-01 00:00:00")}),
                       (2, 'Piet', 'Jansen', 'pietjansen', 'piet@example.nl', 'piet@example.nl', 'example.nl', 'nl', 1, FALSE, {At("2025-01-01 00:00:00")}, {At("2025-01-01 00:00:00")}),
                       (3, 'Riek', 'Bewoner', 'riekbewoner', 'riek@example.nl', 'riek@example.nl', 'example.nl', 'nl', NULL, FALSE, {At("2025-01-01 00:00:00")}, {At("2025-01-01 00:00:00")});
                INSERT INTO "ContactAffiliations" ("ContactId", "OrganisationId", "StartedAtUtc", "EndedAtUtc")
                VALUES (1, 1, {At("2025-01-01 00:00:00")}, {At("2026-09-01 00:00:00")}),
                       (1, 2, {At("2026-09-01 00:00:00")}, NULL);
                INSERT INTO "Events" ("Id", "Title", "StartUtc", "EndUtc", "TimeZoneId", "Status", "Language", "ShowOnlineLinkPublicly", "CalendarSequence", "SeatsTaken", "SectorBalanceThreshold")
                VALUES (1, 'Voorjaarsbijeenkomst', {At("2026-04-16 15:00:00")}, {At("2026-04-16 18:00:00")}, 'Europe/Amsterdam', 'Closed', 'nl', FALSE, 0, 0, 50),
                       (2, 'Decemberbijeenkomst', {At("2026-12-17 15:00:00")}, {At("2026-12-17 18:00:00")}, 'Europe/Amsterdam', 'Published', 'nl', FALSE, 0, 0, 50);
                INSERT INTO "Invitations" ("Id", "EventId", "ContactId", "Status", "Language", "AccessNeeds", "DelegateSeats", "CreatedAtUtc", "IsWalkIn", "AdmittedAtDoor", "CalendarsSent")
                VALUES (1, 1, 1, 'Accepted', 'nl', 0, 0, {At("2026-03-01 00:00:00")}, FALSE, FALSE, 0),
                       (2, 2, 1, 'Accepted', 'nl', 0, 0, {At("2026-10-01 00:00:00")}, FALSE, FALSE, 0),
                       (3, 1, 2, 'Accepted', 'nl', 0, 0, {At("2026-03-01 00:00:00")}, FALSE, FALSE, 0),
                       (4, 1, 3, 'Accepted', 'nl', 0, 0, {At("2026-03-01 00:00:00")}, FALSE, FALSE, 0);
                INSERT INTO "ParticipationTallyStamps" ("EventId", "CountedAtUtc") VALUES (1, {At("2026-05-01 00:00:00")});
                """;
            await RunAsync(before, directory);
        }

        await EventHubDatabase.MigrateAsync(factory);

        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(
            [(1, (int?)1), (2, 2), (3, 1), (4, null)],
            (await db.Invitations.OrderBy(i => i.Id).Select(i => new { i.Id, i.OrganisationId }).ToListAsync()).Select(i => (i.Id, i.OrganisationId)));
        Assert.Empty(await db.ParticipationTallyStamps.ToListAsync()); // counted by today's organisations: counted again

        // The triggers that keep the tallies honest are all in place: a new guest, and a guest's organisation corrected.
        await RunAsync(db, $"""INSERT INTO "ParticipationTallyStamps" ("EventId", "CountedAtUtc") VALUES (1, {At("2026-11-29 00:00:00")});""");
        await RunAsync(db, $"""UPDATE "Invitations" SET "OrganisationId" = 2 WHERE "Id" = 3;""");
        Assert.Empty(await db.ParticipationTallyStamps.ToListAsync());
        await RunAsync(db, $"""INSERT INTO "ParticipationTallyStamps" ("EventId", "CountedAtUtc") VALUES (2, {At("2026-11-29 00:00:00")});""");
        await RunAsync(db, $"""
            INSERT INTO "Invitations" ("Id", "EventId", "ContactId", "Status", "Language", "AccessNeeds", "DelegateSeats", "CreatedAtUtc", "IsWalkIn", "AdmittedAtDoor", "CalendarsSent")
            VALUES (5, 2, 2, 'Listed', 'nl', 0, 0, {At("2026-11-29 00:00:00")}, FALSE, FALSE, 0);
            """);
        Assert.Empty(await db.ParticipationTallyStamps.ToListAsync());
    }

    /// <summary>The test's own data as the provider's SQL writes it (written past EF: the model is newer than the database).</summary>
    private static Task<int> RunAsync(EventHubDbContext db, string sql) => db.Database.ExecuteSqlRawAsync(sql);
}

public sealed class InvitationOrganisationUpgradeTests : InvitationOrganisationUpgradeTestsBase
{
    protected override Task AddDatabaseAsync(ServiceCollection services)
    {
        var file = Path.Combine(Path.GetTempPath(), "eventhub-tests", $"invitation-organisation-{Guid.NewGuid():N}.db");
        TestDatabase.AddTo(services, $"Data Source={file};Pooling=False", new FakeTimeProvider(TestDatabase.DefaultNow));
        return Task.CompletedTask;
    }

    protected override string At(string utc) => $"'{utc}'";
}

public sealed class InvitationOrganisationUpgradeOnPostgresTests : InvitationOrganisationUpgradeTestsBase
{
    protected override async Task AddDatabaseAsync(ServiceCollection services) =>
        TestDatabase.AddTo(services, await PostgresServer.CreateEmptyDatabaseAsync(), new DatabaseOptions { Provider = DatabaseProvider.Postgres },
            new FakeTimeProvider(TestDatabase.DefaultNow));

    protected override string At(string utc) => $"'{utc}+00'";
}
