namespace EventHub.Core.Data;

/// <summary>
/// SQLite lets one writer at a time. The writers of this process take turns here, waiting asynchronously, before they
/// open their write transaction — instead of each opening one and blocking a thread-pool thread inside SQLite's busy
/// handler (Microsoft.Data.Sqlite is synchronous underneath). Under a crowd those blocked threads starve the pool, and
/// answers already committed then wait for a thread to send their reply. One gate per context factory (a singleton),
/// so every write through <see cref="DbContextFactoryExtensions.WriteAsync"/> goes through the same one. SQLite's busy
/// handler and <see cref="SqliteBusyRetry"/> remain for writers outside the gate (another process, Identity's stores).
/// </summary>
/// <remarks>
/// Re-entrant within one asynchronous flow: a unit of work that calls another write while holding its turn runs it in
/// the same turn rather than waiting for itself.
/// </remarks>
/// <remarks>
/// On PostgreSQL the same gate lets <c>turns</c> writers in at once (EventHub:Database:ConcurrentWriters): there many
/// may write, but a writer waiting for a row lock (the event's seats, under a crowd) holds a pooled connection while it
/// waits; past the pool's size the rest would time out in the pool instead of queueing here.
/// </remarks>
public sealed class SqliteWriteGate(int turns = 1)
{
    private readonly SemaphoreSlim _turn = new(turns, turns);
    private readonly AsyncLocal<bool> _holding = new();

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        if (_holding.Value)
        {
            return await work(ct);
        }

        await _turn.WaitAsync(ct);
        try
        {
            _holding.Value = true;
            return await work(ct);
        }
        finally
        {
            _holding.Value = false;
            _turn.Release();
        }
    }
}
