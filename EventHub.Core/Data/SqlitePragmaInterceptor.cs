using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EventHub.Core.Data;

/// <summary>
/// Sets per-connection SQLite pragmas each time EF opens a connection: wait for a competing writer
/// for a while instead of failing at once, and read the file through memory mapping. (WAL is a property of the
/// database file, set once at start-up.)
/// </summary>
/// <remarks>
/// Without memory mapping every page a query reads is copied from the operating system's cache into SQLite's own
/// 2 MB cache, which a report over a few hundred thousand rows overflows again and again: on the insight benchmark's
/// database the five-year tally took 1.7 s with a third of it in the kernel, 0.5 s mapped (docs/performance.md).
/// The mapping is address space shared with the operating system's file cache, not memory the process owns.
/// </remarks>
internal sealed class SqlitePragmaInterceptor(int busyTimeoutMilliseconds) : DbConnectionInterceptor
{
    public const long MemoryMapBytes = 256L * 1024 * 1024;

    private readonly string _pragmas = $"PRAGMA busy_timeout = {busyTimeoutMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA mmap_size = {MemoryMapBytes};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
