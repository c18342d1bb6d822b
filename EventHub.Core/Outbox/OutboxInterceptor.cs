using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EventHub.Core.Outbox;

/// <summary>
/// Every outbox message is stored through here. Before a save, a new message gets the house layout and the alliance's
/// branding around its draft (<see cref="EmailLayout"/>), then the live tokens are taken out of its text and kept apart,
/// encrypted (<see cref="OutboxLinkTokens"/>). The features write what their emails say, with the real link as the
/// recipient will read it, and can neither forget the design nor fail to hide the link.
/// </summary>
internal sealed class OutboxInterceptor(OutboxLinkTokens tokens, SiteLinks links) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (NewMessages(eventData.Context) is { Count: > 0 } messages)
        {
            Prepare(messages, eventData.Context!.Set<EmailBranding>().AsNoTracking().FirstOrDefault());
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (NewMessages(eventData.Context) is { Count: > 0 } messages)
        {
            Prepare(messages, await eventData.Context!.Set<EmailBranding>().AsNoTracking().FirstOrDefaultAsync(cancellationToken));
        }

        return result;
    }

    private static List<OutboxMessage> NewMessages(DbContext? context) =>
        context is null
            ? []
            : context.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();

    private void Prepare(List<OutboxMessage> messages, EmailBranding? branding)
    {
        foreach (var message in messages)
        {
            EmailLayout.Apply(message, branding ?? EmailBranding.None, links.Root);
            tokens.KeepApart(message);
        }
    }
}
