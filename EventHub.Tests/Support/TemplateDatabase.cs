using System.Collections.Concurrent;
using EventHub.Core.Accounts;
using EventHub.Core.Data;
using EventHub.Core.Demo;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Support;

/// <summary>
/// Every migration is applied once per test run, to a template held in memory; each test gets a copy of it through
/// SQLite's online backup (well under a millisecond) instead of migrating a database of its own. Tests of migrating
/// itself (<c>DatabaseTests</c>) still migrate from scratch.
/// The apps of the integration and end-to-end tests start over a second template: the demo, seeded once per run by the
/// app itself (<see cref="CopyDemoToFile"/>), instead of each of them seeding it again. Core tests of the demo start over
/// a third (<see cref="CopyCoreDemoToAsync"/>): the demo as <see cref="DemoSeeder"/> seeds it over the Core services on
/// the test clock (<see cref="TestDatabase.CreateWithDemoAsync"/>).
/// </summary>
public static class TemplateDatabase
{
    private static readonly Lazy<SqliteConnection> Template = new(Create);
    private static readonly Lazy<SqliteConnection> Demo = new(CreateDemo);
    private static readonly ConcurrentDictionary<DateTimeOffset, Lazy<SqliteConnection>> DemosOnAClock = new();

    // Seeded on the thread pool, outside xunit's synchronization context: a test waiting for it blocks no test thread.
    private static readonly Lazy<Task<SqliteConnection>> CoreDemo = new(() => Task.Run(CreateCoreDemoAsync));

    // One SQLite connection must not be used by two threads at once, and test classes run in parallel.
    private static readonly Lock Gate = new();
    private static readonly Lock DemoGate = new();
    private static readonly Lock CoreDemoGate = new();

    /// <summary>
    /// The Data Protection keys the Core demo was seeded with (its queued emails keep their links encrypted with them), given
    /// to every copy's services so those links open there as they did in the seeding services.
    /// </summary>
    public static IDataProtectionProvider CoreDemoKeys { get; } = new EphemeralDataProtectionProvider();

    /// <summary>Fills <paramref name="target"/> (open, empty) with a copy of the migrated template.</summary>
    public static void CopyTo(SqliteConnection target)
    {
        lock (Gate)
        {
            Template.Value.BackupDatabase(target);
        }
    }

    /// <summary>Writes a migrated database to <paramref name="path"/> (its folder is created), for tests over a real file.</summary>
    public static void CopyToFile(string path) => WriteFile(path, CopyTo);

    /// <summary>
    /// Writes the demo database to <paramref name="path"/>: migrated, and seeded as the app seeds it at start-up
    /// (<c>EventHub:SeedDemoData</c>). An app started over it finds the demo there and seeds nothing.
    /// </summary>
    public static void CopyDemoToFile(string path) => WriteFile(path, file => CopyDemo(Demo.Value, file));

    /// <summary>
    /// Writes to <paramref name="path"/> the demo as the app seeds it at start-up on a clock standing at
    /// <paramref name="now"/> (a test's <c>FakeTimeProvider</c> of another day than today), seeded once per run for each
    /// such clock: for apps whose clock is not today's, which would otherwise each seed it as they start.
    /// </summary>
    public static void CopyDemoSeededAtToFile(DateTimeOffset now, string path) =>
        WriteFile(path, file => CopyDemo(DemosOnAClock.GetOrAdd(now, at => new Lazy<SqliteConnection>(() => CreateDemo(at))).Value, file));

    /// <summary>A new SQLite file at <paramref name="path"/> (its folder created), filled by <paramref name="fill"/>.</summary>
    private static void WriteFile(string path, Action<SqliteConnection> fill)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = new SqliteConnection($"Data Source={path};Pooling=False");
        file.Open();
        fill(file);
    }

    private static void CopyDemo(SqliteConnection demo, SqliteConnection target)
    {
        lock (DemoGate)
        {
            demo.BackupDatabase(target);
        }
    }

    private static SqliteConnection CreateDemo() => CreateDemo(clock: null);

    /// <summary>
    /// The test app started once over a migrated database: its start-up seeds the demo (today's, on the real clock, or on
    /// <paramref name="clock"/>'s), as every app of the suite did before. Its background workers are off, so the copy holds
    /// the seed and nothing else.
    /// </summary>
    private static SqliteConnection CreateDemo(DateTimeOffset? clock)
    {
        using var app = new DemoSeedingApp(clock);
        _ = app.Services; // starts the app, which seeds
        var demo = new SqliteConnection("Data Source=:memory:");
        demo.Open();
        using var file = new SqliteConnection($"{app.ConnectionString};Pooling=False");
        file.Open();
        file.BackupDatabase(demo);
        return demo;
    }

    /// <summary>
    /// Fills <paramref name="target"/> (open, empty) with the migrated database after <c>AccountService.EnsureRolesAsync</c>
    /// and <see cref="DemoSeeder.SeedIfEmptyAsync"/> ran over the Core services (<see cref="TestDatabase"/>) at
    /// <see cref="TestDatabase.DefaultNow"/>: what each demo test seeded for itself before, seeded once per run.
    /// </summary>
    public static async Task CopyCoreDemoToAsync(SqliteConnection target)
    {
        var demo = await CoreDemo.Value;
        lock (CoreDemoGate)
        {
            demo.BackupDatabase(target);
        }
    }

    private static async Task<SqliteConnection> CreateCoreDemoAsync()
    {
        await using var database = await TestDatabase.CreateAsync(services => services.AddSingleton(CoreDemoKeys));
        await using (var scope = database.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAsync();
            if (!await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync())
            {
                throw new InvalidOperationException("The demo seeder found the migrated template not empty and seeded nothing.");
            }
        }

        var demo = new SqliteConnection("Data Source=:memory:");
        await demo.OpenAsync();
        await using var db = await database.NewContextAsync();
        var seeded = (SqliteConnection)db.Database.GetDbConnection();
        seeded.BackupDatabase(demo);
        return demo;
    }

    /// <param name="clock">Null: the real clock (today's demo).</param>
    private sealed class DemoSeedingApp(DateTimeOffset? clock) : EventHubAppFactory(seedAtStart: true)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("EventHub:Reminders:WorkerEnabled", "false");
            builder.UseSetting("EventHub:Smtp:WorkerEnabled", "false");
            if (clock is { } now)
            {
                builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(now)));
            }
        }
    }

    private static SqliteConnection Create()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new EventHubDbContext(new DbContextOptionsBuilder<EventHubDbContext>().UseSqlite(connection).Options);
        db.Database.Migrate();
        return connection;
    }
}
