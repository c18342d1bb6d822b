using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Data;

/// <summary>
/// Fills kept keys (folded names and titles) of records stored before them, in batches of one short write each, so a
/// large database never holds one long write. Paged by id: a record whose key stays empty after filling (nothing left
/// once folded) is passed, not read again forever.
/// </summary>
internal static class KeyFill
{
    private const int BatchSize = 500;

    /// <summary>Runs <paramref name="fill"/> on every record <paramref name="unfilled"/> finds; returns how many.</summary>
    public static async Task<int> RunAsync<T>(IDbContextFactory<EventHubDbContext> dbFactory, Func<EventHubDbContext, IQueryable<T>> unfilled,
        Expression<Func<T, int>> id, Action<T> fill, CancellationToken ct) where T : class
    {
        var idOf = id.Compile();
        var parameter = id.Parameters[0];
        var filled = 0;
        var afterId = 0;
        while (true)
        {
            var after = Expression.Lambda<Func<T, bool>>(Expression.GreaterThan(id.Body, Expression.Constant(afterId)), parameter);
            var batch = await dbFactory.WriteAsync(async (db, token) =>
            {
                var records = await unfilled(db).Where(after).OrderBy(id).Take(BatchSize).ToListAsync(token);
                records.ForEach(fill);
                await db.SaveChangesAsync(token);
                return records;
            }, ct);
            if (batch.Count == 0)
            {
                return filled;
            }

            filled += batch.Count;
            afterId = idOf(batch[^1]);
        }
    }
}
