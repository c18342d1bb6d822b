using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Data;

public static class DbContextFactoryExtensions
{
    private static readonly SqliteBusyRetry DefaultRetry = new();
    private static readonly SqliteWriteGate DefaultGate = new();

    /// <summary>
    /// Runs <paramref name="work"/> in a fresh context inside one short write transaction
    /// (on SQLite <c>BEGIN IMMEDIATE</c>: the write lock is taken up front), saves, commits,
    /// and retries the whole unit when SQLite reports busy. Nothing is half-written on failure; when the database
    /// stays busy through every attempt, <see cref="DatabaseBusyException"/> says so. Writers of this process wait for
    /// their turn in the factory's <see cref="SqliteWriteGate"/> first, without holding a thread.
    /// </summary>
    public static Task<T> WriteAsync<T>(
        this IDbContextFactory<EventHubDbContext> factory,
        Func<EventHubDbContext, CancellationToken, Task<T>> work,
        CancellationToken ct = default) =>
        factory.RetryWhenBusyAsync(async token =>
        {
            // The context (and its connection) is made inside the turn: waiting writers hold no connection either.
            await using var db = await factory.CreateDbContextAsync(token);
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var result = await work(db, token);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return result;
        }, ct);

    /// <summary>
    /// Runs a whole unit of database work (which opens and commits its own transaction) again when SQLite reports busy,
    /// with the factory's retry settings; for work that cannot go through <see cref="WriteAsync"/>, such as Identity's
    /// UserManager on a scoped context.
    /// </summary>
    public static Task<T> RetryWhenBusyAsync<T>(
        this IDbContextFactory<EventHubDbContext> factory, Func<CancellationToken, Task<T>> work, CancellationToken ct = default) =>
        RetryOf(factory).ExecuteAsync(token => GateOf(factory).RunAsync(work, token), ct);

    private static SqliteWriteGate GateOf(IDbContextFactory<EventHubDbContext> factory) =>
        factory is EventHubDbContextFactory configured ? configured.WriteGate : DefaultGate;

    private static SqliteBusyRetry RetryOf(IDbContextFactory<EventHubDbContext> factory) =>
        factory is EventHubDbContextFactory configured ? configured.Retry : DefaultRetry;
}
