using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EventHub.Core.Data;

/// <summary>
/// Background jobs that decide from what is already stored (the reminder jobs: "no reminder with this key yet"; needs
/// retention: "no totals kept yet") must not run on two instances at once, or both would see "not yet" and both act.
/// A job takes its lock at the start of its write transaction; it is held until that transaction ends. A second
/// instance waits, and then reads what the first one committed.
/// </summary>
public static class JobLock
{
    /// <summary>
    /// On PostgreSQL a transaction-scoped advisory lock named after <paramref name="job"/>; on SQLite nothing is needed,
    /// because the write transaction (BEGIN IMMEDIATE) already holds the whole database.
    /// </summary>
    public static Task TakeAsync(EventHubDbContext db, string job, CancellationToken ct) => TakeAsync(db, Key(job), ct);

    /// <summary>The same for a lock known by its number, e.g. one that database triggers take too.</summary>
    public static async Task TakeAsync(EventHubDbContext db, long key, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);
        }
    }

    /// <summary>
    /// Work of several transactions that instances starting at once must not do side by side (the migrations; the data
    /// start-up prepares after them: "no such role yet" read by two would make it twice). On PostgreSQL a session
    /// advisory lock named after <paramref name="job"/>, taken on a connection of its own and held until
    /// <paramref name="work"/> is done; a second instance waits and then finds the work done. A crashed instance's lock
    /// goes with its connection. On SQLite the work runs as it is (one app on one file). Do not nest two of them.
    /// </summary>
    public static async Task<T> HoldAsync<T>(IDbContextFactory<EventHubDbContext> factory, string job, Func<Task<T>> work, CancellationToken ct = default)
    {
        string? connectionString;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (!db.Database.IsNpgsql())
            {
                return await work();
            }

            connectionString = db.Database.GetConnectionString();
        }

        var gate = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(gate);
        await connection.OpenAsync(ct);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            take.Parameters.AddWithValue("key", Key(job));
            await take.ExecuteNonQueryAsync(ct);
        }

        return await work(); // closing the connection releases the lock
    }

    /// <summary>The same for work without a result.</summary>
    public static Task HoldAsync(IDbContextFactory<EventHubDbContext> factory, string job, Func<Task> work, CancellationToken ct = default) =>
        HoldAsync(factory, job, async () =>
        {
            await work();
            return true;
        }, ct);

    /// <summary>The lock's number: the same for every instance and every start, different per job.</summary>
    public static long Key(string job) => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"eventhub-job:{job}")));
}
