using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Data;

/// <summary>
/// On PostgreSQL (READ COMMITTED, many writers at once), holds a row until the caller's transaction ends, so a second
/// writer of the same row waits here and then reads what the first committed: a check made on what was read (a form
/// opened before another organiser's save, a count of seats) then holds when the save is made. SQLite's one writer at a
/// time (BEGIN IMMEDIATE) does this by itself.
/// </summary>
public static class RowLocks
{
    public static async Task LockAsync<TEntity>(EventHubDbContext db, int id, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            // The table's name is the model's own, never input. Not FOR UPDATE: others can still add rows pointing at this one.
            var sql = "SELECT 1 FROM \"" + db.Model.FindEntityType(typeof(TEntity))!.GetTableName() + "\" WHERE \"Id\" = {0} FOR NO KEY UPDATE";
            await db.Database.ExecuteSqlRawAsync(sql, [id], ct);
        }
    }
}
