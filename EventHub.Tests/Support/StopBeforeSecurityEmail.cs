using EventHub.Core.Accounts;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EventHub.Tests.Support;

/// <summary>
/// The app stopping just as it saves an account-security email (<see cref="AccountEmails.SecurityKind"/>): once armed,
/// every save that holds one fails. Registered as an <see cref="IInterceptor"/> service, so the app's contexts pick it up.
/// </summary>
public sealed class StopBeforeSecurityEmail : SaveChangesInterceptor
{
    private volatile bool _armed;

    public void Arm() => _armed = true;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var emails = eventData.Context?.ChangeTracker.Entries<OutboxMessage>().Select(e => e.Entity.Kind) ?? [];
        if (_armed && emails.Contains(AccountEmails.SecurityKind))
        {
            throw new InvalidOperationException("The app stopped while saving the security email.");
        }

        return ValueTask.FromResult(result);
    }
}
