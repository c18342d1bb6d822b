using EventHub.Core.Data;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Data;

/// <summary>Several instances starting at once on one new PostgreSQL database: the migrations run once (EF Core's migration lock).</summary>
public class MigrationsOnPostgresTests
{
    [Fact]
    public async Task MigrateAsync_TwoInstancesAtOnceOnAnEmptyDatabase_BothSucceedAndEveryMigrationIsAppliedOnce()
    {
        var database = await PostgresServer.CreateEmptyDatabaseAsync();
        await using var first = Instance(database);
        await using var second = Instance(database);

        await Task.WhenAll(
            Task.Run(() => EventHubDatabase.MigrateAsync(first.GetRequiredService<IDbContextFactory<EventHubDbContext>>())),
            Task.Run(() => EventHubDatabase.MigrateAsync(second.GetRequiredService<IDbContextFactory<EventHubDbContext>>())));

        await using var db = await first.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        // The schema is whole: the data the first migration writes is there once, and every table answers.
        Assert.Equal(1, await db.PrivacyNotices.CountAsync());
        Assert.Equal(0, await db.OutboxMessages.CountAsync());
        Assert.Equal(0, await db.Invitations.CountAsync());
    }

    private static ServiceProvider Instance(string connectionString) =>
        new ServiceCollection()
            .AddEventHubDatabase(connectionString, new DatabaseOptions { Provider = DatabaseProvider.Postgres })
            .BuildServiceProvider();
}
