using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>The lock's number: the same for every instance and every start, different per job.</summary>
    public static long Key(string job) => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"eventhub-job:{job}")));
}
