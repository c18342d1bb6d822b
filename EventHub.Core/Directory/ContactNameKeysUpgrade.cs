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
    /// <summary>Fills the keys of every contact still without them; returns how many.</summary>
    public static Task<int> RunAsync(IDbContextFactory<EventHubDbContext> dbFactory, CancellationToken ct = default) =>
        KeyFill.RunAsync(dbFactory, db => db.Contacts.Where(c => c.SortName == ""), c => c.Id, c => c.KeepNameKeys(), ct);
}
