using EventHub.Core.Actions;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Data;

/// <summary>
/// Fills the folded search keys of events, sessions, action items (migration SearchKeys) and outbox messages'
/// recipients (migration OutboxSearchKey) stored before them, as
/// <see cref="Directory.ContactNameKeysUpgrade"/> does for contacts: folding accents is C#, not SQL. Run with the
/// start-up's deferred data work and by <c>migrate</c>; idempotent, in batches (<see cref="KeyFill"/>).
/// </summary>
public static class SearchKeysUpgrade
{
    /// <summary>Fills every key still empty; returns how many records were filled.</summary>
    public static async Task<int> RunAsync(IDbContextFactory<EventHubDbContext> dbFactory, CancellationToken ct = default) =>
        await KeyFill.RunAsync(dbFactory, db => db.Events.Where(e => e.SearchTitle == "" && e.Title != ""), e => e.Id, e => e.KeepSearchKey(), ct)
        + await KeyFill.RunAsync(dbFactory, db => db.Sessions.Where(s => s.SearchTitle == "" && s.Title != ""), s => s.Id, s => s.KeepSearchKey(), ct)
        + await KeyFill.RunAsync(dbFactory, db => db.ActionItems.Where(a => a.SearchWhat == "" && a.What != ""), a => a.Id, a => a.KeepSearchKey(), ct)
        + await KeyFill.RunAsync(dbFactory, db => db.OutboxMessages.Where(m => m.SearchRecipient == ""), m => m.Id, m => m.KeepSearchKey(), ct);
}
