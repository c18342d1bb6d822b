using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EventHub.Core.Outbox;

/// <summary>
/// Every outbox message is stored through here: before a save, the live tokens of new messages are taken out of their
/// text and kept apart, encrypted (<see cref="OutboxLinkTokens"/>). The features write their emails with the real link,
/// as the recipient will read it, and cannot forget to hide it.
/// </summary>
internal sealed class OutboxLinkInterceptor(OutboxLinkTokens tokens) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        KeepLinksApart(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        KeepLinksApart(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void KeepLinksApart(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added))
        {
            tokens.KeepApart(entry.Entity);
        }
    }
}
