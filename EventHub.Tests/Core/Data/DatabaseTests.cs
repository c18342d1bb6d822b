using EventHub.Core.Common;
using Microsoft.AspNetCore.Identity;
using EventHub.Core.Data;
using EventHub.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace EventHub.Tests.Core.Data;

public class DatabaseTests
{
    [Fact]
    public async Task Migrate_EmptyDatabaseFile_CreatesEverySchemaObjectInAWalDatabase()
    {
        var folder = Path.Combine(Path.GetTempPath(), "eventhub-tests", Guid.NewGuid().ToString("N"), "nested");
        var connectionString = $"Data Source={Path.Combine(folder, "eventhub.db")};Pooling=False";
        var options = EventHubDatabase.Configure(new DbContextOptionsBuilder<EventHubDbContext>(), connectionString).Options;
        var factory = new PooledDbContextFactory<EventHubDbContext>((DbContextOptions<EventHubDbContext>)options);

        await EventHubDatabase.MigrateAsync(factory);

        await using var db = await factory.CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Organisations.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task HasRoles_FalseOnAMigratedDatabaseUntilARoleExists_AndTheContextCanQueryAfterwards()
    {
        var connectionString = $"Data Source={Path.Combine(Path.GetTempPath(), "eventhub-tests", $"{Guid.NewGuid():N}.db")};Pooling=False";
        var options = EventHubDatabase.Configure(new DbContextOptionsBuilder<EventHubDbContext>(), connectionString).Options;
        var factory = new PooledDbContextFactory<EventHubDbContext>((DbContextOptions<EventHubDbContext>)options);
        await EventHubDatabase.MigrateAsync(factory);
        await using var db = await factory.CreateDbContextAsync();

        Assert.False(await EventHubDatabase.HasRolesAsync(db));
        db.Roles.Add(new IdentityRole(Roles.Organiser) { NormalizedName = Roles.Organiser.ToUpperInvariant() });
        await db.SaveChangesAsync();

        Assert.True(await EventHubDatabase.HasRolesAsync(db));
        Assert.Equal(1, await db.Roles.CountAsync());
    }

    [Fact]
    public async Task EveryConnection_WaitsForAWriter_KeepsForeignKeys_AndReadsTheFileMapped()
    {
        var file = Path.Combine(Path.GetTempPath(), "eventhub-tests", $"pragmas-{Guid.NewGuid():N}.db");
        var options = EventHubDatabase.Configure(new DbContextOptionsBuilder<EventHubDbContext>(), $"Data Source={file};Pooling=False",
            new DatabaseOptions { BusyTimeoutMilliseconds = 1234 }).Options;
        await using var db = new EventHubDbContext((DbContextOptions<EventHubDbContext>)options);
        await db.Database.OpenConnectionAsync();

        Assert.Equal(1234L, await ScalarAsync(db, "PRAGMA busy_timeout;"));
        Assert.Equal(1L, await ScalarAsync(db, "PRAGMA foreign_keys;"));
        Assert.Equal(256L * 1024 * 1024, await ScalarAsync(db, "PRAGMA mmap_size;"));

        static async Task<long> ScalarAsync(EventHubDbContext db, string sql)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            return (long)(await command.ExecuteScalarAsync())!;
        }
    }

    [Fact]
    public async Task Migrate_DatabaseWithDataFromTheFirstVersion_BackfillsDirectoryKeysAndHistory()
    {
        var file = Path.Combine(Path.GetTempPath(), "eventhub-tests", $"upgrade-{Guid.NewGuid():N}.db");
        var options = EventHubDatabase.Configure(new DbContextOptionsBuilder<EventHubDbContext>(), $"Data Source={file};Pooling=False").Options;
        await using (var first = new EventHubDbContext((DbContextOptions<EventHubDbContext>)options))
        {
            await first.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync("InitialCreate");
            await first.Database.ExecuteSqlRawAsync("""
                INSERT INTO Organisations (Name, NormalizedName, Sector, IsArchived, CreatedAtUtc) VALUES ('Taalhuis Oost', 'taalhuis oost', 'Education', 0, '2026-01-01 00:00:00');
                INSERT INTO Contacts (FirstName, LastName, Email, NormalizedEmail, OrganisationId, PreferredLanguage, IsArchived, CreatedAtUtc)
                    VALUES ('Anna', 'de Vries', 'anna@taalhuis.nl', 'anna@taalhuis.nl', 1, 'nl', 0, '2026-01-01 00:00:00');
                """);
        }

        await using var db = new EventHubDbContext((DbContextOptions<EventHubDbContext>)options);
        await db.Database.MigrateAsync();

        var organisation = await db.Organisations.SingleAsync();
        var contact = await db.Contacts.SingleAsync();
        Assert.Equal("taalhuisoost", organisation.MatchKey);
        Assert.Equal("taalhuis.nl", contact.EmailDomain);
        Assert.Equal(1, (await db.ContactAffiliations.SingleAsync()).OrganisationId);
    }

    [Fact]
    public async Task Migrate_FileWithOnlyTheFirstMigration_FindsTheRestPending_AndAppliesThem()
    {
        var file = Path.Combine(Path.GetTempPath(), "eventhub-tests", $"older-{Guid.NewGuid():N}.db");
        var options = EventHubDatabase.Configure(new DbContextOptionsBuilder<EventHubDbContext>(), $"Data Source={file};Pooling=False").Options;
        var factory = new PooledDbContextFactory<EventHubDbContext>((DbContextOptions<EventHubDbContext>)options);
        await using (var first = await factory.CreateDbContextAsync())
        {
            await first.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync("InitialCreate");
        }

        Assert.True(await EventHubDatabase.MigrateAsync(factory));

        await using var db = await factory.CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(await EventHubDatabase.MigrateAsync(factory));
    }

    [Fact]
    public async Task Model_HasNoChangesWithoutAMigration()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.NewContextAsync();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: add a migration (see README).");
    }

    [Fact]
    public async Task DateTimes_ComeBackMarkedAsUtc()
    {
        await using var database = await TestDatabase.CreateAsync();
        var start = new DateTime(2027, 3, 28, 12, 0, 0, DateTimeKind.Utc);
        await using (var db = await database.NewContextAsync())
        {
            db.Events.Add(new EventHub.Core.Events.Event("Voorjaarsdialoog", start, start.AddHours(3)));
            await db.SaveChangesAsync();
        }

        await using var read = await database.NewContextAsync();
        var stored = await read.Events.SingleAsync();

        Assert.Equal(DateTimeKind.Utc, stored.StartUtc.Kind);
        Assert.Equal(start, stored.StartUtc);
    }

    [Theory]
    [InlineData("Data Source=app.db", 5000, 5)]
    [InlineData("Data Source=app.db", 1500, 2)]
    [InlineData("Data Source=app.db;Default Timeout=1", 5000, 1)]
    public void Configure_BusyTimeout_IsAlsoHowLongTheDriverRetriesABusyStatement(string connectionString, int busyMilliseconds, int expectedSeconds)
    {
        var options = EventHubDatabase.Configure(new DbContextOptionsBuilder<EventHubDbContext>(), connectionString,
            new DatabaseOptions { BusyTimeoutMilliseconds = busyMilliseconds }).Options;
        using var db = new EventHubDbContext((DbContextOptions<EventHubDbContext>)options);

        var connection = (Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection();

        Assert.Equal(expectedSeconds, connection.DefaultTimeout);
    }

    [Fact]
    public async Task Migrate_NewDatabase_LogsNoWarning()
    {
        var log = new RecordingLoggerProvider();
        using var loggers = LoggerFactory.Create(logging => logging.AddProvider(log).SetMinimumLevel(LogLevel.Debug));
        var file = Path.Combine(Path.GetTempPath(), "eventhub-tests", $"fresh-{Guid.NewGuid():N}.db");
        var builder = new DbContextOptionsBuilder<EventHubDbContext>().UseLoggerFactory(loggers);
        var options = EventHubDatabase.Configure(builder, $"Data Source={file};Pooling=False").Options;
        var factory = new PooledDbContextFactory<EventHubDbContext>((DbContextOptions<EventHubDbContext>)options);

        var migrated = await EventHubDatabase.MigrateAsync(factory);

        Assert.True(migrated);
        Assert.Contains(log.Entries, e => e.Category.StartsWith("Microsoft.EntityFrameworkCore.Migrations", StringComparison.Ordinal));
        Assert.Empty(log.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Category}: {e.Message}"));
        Assert.False(await EventHubDatabase.MigrateAsync(factory)); // up to date: nothing pending the second time
    }

    [Fact]
    public void Migrations_WriteNoOperationOutsideTheirTransaction()
    {
        // The warning EF gives for such an operation is logged at Debug (EventHubDatabase.Configure) because EF raises it
        // for its own PRAGMA in SQLite table rebuilds; this keeps our own migrations from needing it.
        var options = EventHubDatabase.Configure(new DbContextOptionsBuilder<EventHubDbContext>(), "Data Source=:memory:").Options;
        using var db = new EventHubDbContext((DbContextOptions<EventHubDbContext>)options);
        var migrations = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly>();

        var suppressed = migrations.Migrations
            .SelectMany(m => migrations.CreateMigration(m.Value, db.Database.ProviderName!).UpOperations.Select(o => (m.Key, Operation: o)))
            .Where(x => x.Operation is Microsoft.EntityFrameworkCore.Migrations.Operations.SqlOperation { SuppressTransaction: true })
            .Select(x => x.Key);

        Assert.NotEmpty(migrations.Migrations);
        Assert.Empty(suppressed);
    }
}
