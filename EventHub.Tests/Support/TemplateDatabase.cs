using EventHub.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Support;

/// <summary>
/// Every migration is applied once per test run, to a template held in memory; each test gets a copy of it through
/// SQLite's online backup (well under a millisecond) instead of migrating a database of its own. Tests of migrating
/// itself (<c>DatabaseTests</c>) still migrate from scratch.
/// </summary>
public static class TemplateDatabase
{
    private static readonly Lazy<SqliteConnection> Template = new(Create);

    // One SQLite connection must not be used by two threads at once, and test classes run in parallel.
    private static readonly Lock Gate = new();

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

    private static SqliteConnection Create()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new EventHubDbContext(new DbContextOptionsBuilder<EventHubDbContext>().UseSqlite(connection).Options);
        db.Database.Migrate();
        return connection;
    }
}
