using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace EventHub.Core.Data;

public static class DbContextFactoryExtensions
{
    private static readonly SqliteBusyRetry DefaultRetry = new();
    private static readonly SqliteWriteGate DefaultGate = new();

    /// <summary>
    /// Runs <paramref name="work"/> in a fresh context inside one short write transaction
    /// (on SQLite <c>BEGIN IMMEDIATE</c>: the write lock is taken up front), saves, commits,
    /// and retries the whole unit when SQLite reports busy — or, on PostgreSQL, when Npgsql calls the failure transient
    /// (serialization failure, deadlock, lost connection). Nothing is half-written on failure; when the database
    /// stays busy through every attempt, <see cref="DatabaseBusyException"/> says so. On SQLite, writers of this process
    /// wait for their turn in the factory's <see cref="SqliteWriteGate"/> first, without holding a thread (on PostgreSQL
    /// several at a time).
    /// </summary>
    public static Task<T> WriteAsync<T>(
        this IDbContextFactory<EventHubDbContext> factory,
        Func<EventHubDbContext, CancellationToken, Task<T>> work,
        CancellationToken ct = default) =>
        factory.RetryWhenBusyAsync(async token =>
        {
            // The context (and its connection) is made inside the turn: waiting writers hold no connection either.
            // A fresh one per attempt: nothing a failed attempt tracked is saved by the next.
            await using var db = await factory.CreateDbContextAsync(token);
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var result = await work(db, token);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return result;
        }, ct);

    /// <summary>
    /// Runs a whole unit of database work (which opens and commits its own transaction) again when the database reports
    /// busy (SQLite) or a transient failure (PostgreSQL, through Npgsql's retrying execution strategy), with the
    /// factory's retry settings; for work that cannot go through <see cref="WriteAsync"/>, such as Identity's
    /// UserManager on a scoped context.
    /// </summary>
    public static Task<T> RetryWhenBusyAsync<T>(
        this IDbContextFactory<EventHubDbContext> factory, Func<CancellationToken, Task<T>> work, CancellationToken ct = default) =>
        factory is EventHubDbContextFactory { IsPostgres: true } postgres
            ? postgres.WriteGate.RunAsync(token => RetryTransientAsync(postgres, work, token), ct)
            : RetryOf(factory).ExecuteAsync(token => GateOf(factory).RunAsync(work, token), ct);

    /// <summary>
    /// PostgreSQL lets many writers in at once (row locks, READ COMMITTED; the gate only keeps their number below the
    /// connection pool's); a transaction that fails transiently is run again whole by Npgsql's own strategy, which
    /// knows which failures are transient.
    /// </summary>
    private static async Task<T> RetryTransientAsync<T>(EventHubDbContextFactory factory, Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        // The strategy needs a context for its logging only; the work makes its own per attempt. Made without a connection.
        await using var probe = factory.CreateDbContext();
        var strategy = new NpgsqlRetryingExecutionStrategy(probe, Math.Max(0, factory.WriteAttempts - 1), TimeSpan.FromSeconds(2), errorCodesToAdd: null);
        try
        {
            return await strategy.ExecuteAsync(work, ct);
        }
        catch (RetryLimitExceededException ex)
        {
            throw new DatabaseBusyException(factory.WriteAttempts, ex.InnerException ?? ex);
        }
    }

    private static SqliteWriteGate GateOf(IDbContextFactory<EventHubDbContext> factory) =>
        factory is EventHubDbContextFactory configured ? configured.WriteGate : DefaultGate;

    private static SqliteBusyRetry RetryOf(IDbContextFactory<EventHubDbContext> factory) =>
        factory is EventHubDbContextFactory configured ? configured.Retry : DefaultRetry;
}
