using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Data;

public static class DbContextFactoryExtensions
{
    private static readonly SqliteBusyRetry DefaultRetry = new();

    /// <summary>
    /// Runs <paramref name="work"/> in a fresh context inside one short write transaction
    /// (on SQLite <c>BEGIN IMMEDIATE</c>: the write lock is taken up front), saves, commits,
    /// and retries the whole unit when SQLite reports busy. Nothing is half-written on failure.
    /// </summary>
    public static Task<T> WriteAsync<T>(
        this IDbContextFactory<EventHubDbContext> factory,
        Func<EventHubDbContext, CancellationToken, Task<T>> work,
        CancellationToken ct = default) =>
        DefaultRetry.ExecuteAsync(async token =>
        {
            await using var db = await factory.CreateDbContextAsync(token);
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var result = await work(db, token);
            await db.SaveChangesAsync(token);
            await transaction.CommitAsync(token);
            return result;
        }, ct);
}
