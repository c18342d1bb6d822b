namespace EventHub.Core.Data;

/// <summary>
/// The database the app runs on and how a writer meets a busy one (the <c>EventHub:Database</c> section): the provider,
/// how long one SQLite statement waits for the write lock, and how many times the whole transaction is tried before the
/// person is told to try again.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "EventHub:Database";

    /// <summary>SQLite (the embedded default) or PostgreSQL (the scale-out database); the connection string is the same setting for both.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply pending migrations when the app starts (the default). Off when a deployment step runs the <c>migrate</c>
    /// command before the instances start: an instance then refuses to start on a database with pending migrations.
    /// </summary>
    public bool MigrateOnStart { get; set; } = true;

    public int BusyTimeoutMilliseconds { get; set; } = 5000;

    public int WriteAttempts { get; set; } = 5;

    /// <summary>
    /// PostgreSQL only: how many write transactions of this instance run at once; the others wait their turn without a
    /// connection. Keep it well below the connection pool's size (Npgsql's Max Pool Size, 100 by default).
    /// </summary>
    public int ConcurrentWriters { get; set; } = 16;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
