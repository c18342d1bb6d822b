using EventHub.Core.Actions;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Data;

/// <summary>
/// Fills the folded search keys of events, sessions and action items stored before them (migration SearchKeys), as
/// <see cref="Directory.ContactNameKeysUpgrade"/> does for contacts: folding accents is C#, not SQL. Run with the
/// start-up's deferred data work and by <c>migrate</c>; idempotent, in batches, so a large database does not hold one
/// long write.
/// </summary>
public static class SearchKeysUpgrade
{
    private const int BatchSize = 500;

    /// <summary>Fills every key still empty; returns how many records were filled.</summary>
    public static async Task<int> RunAsync(IDbContextFactory<EventHubDbContext> dbFactory, CancellationToken ct = default) =>
        await FillAsync(dbFactory, db => db.Events.Where(e => e.SearchTitle == "" && e.Title != ""), e => e.Id, e => e.KeepSearchKey(), ct)
        + await FillAsync(dbFactory, db => db.Sessions.Where(s => s.SearchTitle == "" && s.Title != ""), s => s.Id, s => s.KeepSearchKey(), ct)
        + await FillAsync(dbFactory, db => db.ActionItems.Where(a => a.SearchWhat == "" && a.What != ""), a => a.Id, a => a.KeepSearchKey(), ct);

    private static async Task<int> FillAsync<T>(IDbContextFactory<EventHubDbContext> dbFactory, Func<EventHubDbContext, IQueryable<T>> unfilled,
        System.Linq.Expressions.Expression<Func<T, int>> id, Action<T> fill, CancellationToken ct) where T : class
    {
        var filled = 0;
        var idOf = id.Compile();
        while (true)
        {
            // The filled ones drop out of the query, so each batch starts from the top.
            var batch = await dbFactory.WriteAsync(async (db, token) =>
            {
                var records = await unfilled(db).OrderBy(id).Take(BatchSize).ToListAsync(token);
                records.ForEach(fill);
                await db.SaveChangesAsync(token);
                return records.Count;
            }, ct);
            if (batch == 0)
            {
                return filled;
            }

            filled += batch;
        }
    }
}
