using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Data;

public static class DbContextFactoryExtensions
{
    private static readonly SqliteBusyRetry DefaultRetry = new();

    /// <summary>
    /// Runs <paramref name="work"/> in a fresh context inside one short write transaction
    /// (on SQLite <c>BEGIN IMMEDIATE</c>: the write lock is taken up front), saves, commits,
    /// and retries the whole unit when SQLite reports busy. Nothing is half-written on failure; when the database
    /// stays busy through every attempt, <see cref="DatabaseBusyException"/> says so.
    /// </summary>
    public static Task<T> WriteAsync<T>(
        this IDbContextFactory<EventHubDbContext> factory,
        Func<EventHubDbContext, CancellationToken, Task<T>> work,
        CancellationToken ct = default) =>
        factory.RetryWhenBusyAsync(async token =>
        {
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
        RetryOf(factory).ExecuteAsync(work, ct);

    private static SqliteBusyRetry RetryOf(IDbContextFactory<EventHubDbContext> factory) =>
        factory is EventHubDbContextFactory configured ? configured.Retry : DefaultRetry;
}
