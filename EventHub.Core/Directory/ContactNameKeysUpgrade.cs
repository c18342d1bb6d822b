using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Directory;

/// <summary>
/// Contacts stored before they kept their name keys (migration ContactNameKeys) get them at start-up: the keys fold
/// accents and Dutch prefixes, which neither SQLite nor PostgreSQL can do in plain SQL. Filled rows no longer match, so
/// running it again changes nothing. The keys are left out of the audit log, so this writes no entries there.
/// </summary>
public static class ContactNameKeysUpgrade
{
    private const int BatchSize = 500;

    /// <summary>Fills the keys of every contact still without them; returns how many.</summary>
    public static async Task<int> RunAsync(IDbContextFactory<EventHubDbContext> dbFactory, CancellationToken ct = default)
    {
        var filled = 0;
        var afterId = 0;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var batch = await db.Contacts.Where(c => c.SortName == "" && c.Id > afterId).OrderBy(c => c.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return filled;
            }

            foreach (var contact in batch)
            {
                contact.KeepNameKeys();
            }

            await db.SaveChangesAsync(ct);
            filled += batch.Count;
            afterId = batch[^1].Id;
        }
    }
}
