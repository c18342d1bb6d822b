using EventHub.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Support;

/// <summary>
/// Every migration is applied once per test run, to a template held in memory; each test gets a copy of it through
/// SQLite's online backup (well under a millisecond) instead of migrating a database of its own. Tests of migrating
/// itself (<c>DatabaseTests</c>) still migrate from scratch.
/// The apps of the integration and end-to-end tests start over a second template: the demo, seeded once per run by the
/// app itself (<see cref="CopyDemoToFile"/>), instead of each of them seeding it again.
/// </summary>
public static class TemplateDatabase
{
    private static readonly Lazy<SqliteConnection> Template = new(Create);
    private static readonly Lazy<SqliteConnection> Demo = new(CreateDemo);

    // One SQLite connection must not be used by two threads at once, and test classes run in parallel.
    private static readonly Lock Gate = new();
    private static readonly Lock DemoGate = new();

    /// <summary>Fills <paramref name="target"/> (open, empty) with a copy of the migrated template.</summary>
    public static void CopyTo(SqliteConnection target)
    {
        lock (Gate)
        {
            Template.Value.BackupDatabase(target);
        }
    }

    /// <summary>Writes a migrated database to <paramref name="path"/> (its folder is created), for tests over a real file.</summary>
    public static void CopyToFile(string path)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = new SqliteConnection($"Data Source={path};Pooling=False");
        file.Open();
        CopyTo(file);
    }

    /// <summary>
    /// Writes the demo database to <paramref name="path"/>: migrated, and seeded as the app seeds it at start-up
    /// (<c>EventHub:SeedDemoData</c>). An app started over it finds the demo there and seeds nothing.
    /// </summary>
    public static void CopyDemoToFile(string path)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = new SqliteConnection($"Data Source={path};Pooling=False");
        file.Open();
        lock (DemoGate)
        {
            Demo.Value.BackupDatabase(file);
        }
    }

    /// <summary>
    /// The test app started once over a migrated database: its start-up seeds the demo (today's, on the real clock),
    /// as every app of the suite did before. Its background workers are off, so the copy holds the seed and nothing else.
    /// </summary>
    private static SqliteConnection CreateDemo()
    {
        using var app = new DemoSeedingApp();
        _ = app.Services; // starts the app, which seeds
        var demo = new SqliteConnection("Data Source=:memory:");
        demo.Open();
        using var file = new SqliteConnection($"{app.ConnectionString};Pooling=False");
        file.Open();
        file.BackupDatabase(demo);
        return demo;
    }

    private sealed class DemoSeedingApp() : EventHubAppFactory(seedAtStart: true)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("EventHub:Reminders:WorkerEnabled", "false");
            builder.UseSetting("EventHub:Smtp:WorkerEnabled", "false");
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
