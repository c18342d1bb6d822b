using System.Data.Common;
using System.Runtime.CompilerServices;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EventHub.Core.Invitations;

/// <summary>
/// Live updates leave from the write path, so no use case can forget them: while a context saves, this notes the
/// events whose invitations, session choices, check-ins, nominations awaiting approval, seats, capacity or status changed, and once the change is
/// committed — the write transaction's commit, or the save itself without one — it publishes each event once
/// through <see cref="InvitationNotifier"/>. A rolled-back or failed write publishes nothing.
/// </summary>
/// <remarks>
/// Seat counters are also changed by <c>ExecuteUpdate</c> in <see cref="Seats"/>, which the change tracker does not
/// see; each of those goes with a tracked change of the invitation or session choice that took or gave back the
/// seat, in the same transaction, so the event is noted all the same.
/// </remarks>
public sealed class InvitationChangeInterceptor(InvitationNotifier notifier) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => NotSaved(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        NotSaved(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => NotSaved(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        NotSaved(eventData.Context);
        return Task.CompletedTask;
    }

    // A new transaction starts clean: what an earlier one left (disposed without commit) was never written. What the
    // save now under way noted stays: the audit log opens the save's transaction after this noted it.
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        ForgetCommitted(eventData.Context);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        ForgetCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Publish(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Publish(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Before saving: the changed entities that matter to an open screen, as the entity that knows their event once
    /// saved (keys may still be temporary now; a session choice is read through its invitation or session).
    /// </summary>
    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var entries = context.ChangeTracker.Entries().ToList();
        var invitations = entries.Select(e => e.Entity).OfType<Invitation>().ToList();
        var pending = _pending.GetOrCreateValue(context);
        pending.Saving.Clear();
        foreach (var entry in entries.Where(Matters))
        {
            if (entry.Entity is SessionChoice choice)
            {
                // Tracked whenever the choice was changed through it; the event's own change covers any other.
                var owner = (object?)choice.Invitation ?? invitations.FirstOrDefault(i => i.Id == choice.InvitationId) ?? (object?)choice.Session;
                if (owner is not null)
                {
                    pending.Saving.Add(owner);
                }
            }
            else
            {
                pending.Saving.Add(entry.Entity);
            }
        }
    }

    /// <summary>After saving: keys are real now; publish at once unless a transaction is still open.</summary>
    private void Saved(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        foreach (var entity in pending.Saving)
        {
            if (EventOf(entity) is { } eventId)
            {
                pending.EventIds.Add(eventId);
            }
        }

        pending.Saving.Clear();
        if (context.Database.CurrentTransaction is null)
        {
            Publish(context);
        }
    }

    private void NotSaved(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            pending.Saving.Clear();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }

    private void ForgetCommitted(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            pending.EventIds.Clear();
        }
    }

    private void Publish(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        _pending.Remove(context);
        if (pending.EventIds.Count > 0)
        {
            notifier.Publish(pending.EventIds);
        }
    }

    private static bool Matters(EntityEntry entry) => entry.State switch
    {
        EntityState.Added or EntityState.Deleted => entry.Entity is Invitation or SessionChoice or Nomination,
        EntityState.Modified => entry.Entity switch
        {
            Invitation or SessionChoice or Nomination => true,
            // An event's status too: a page open on it stops offering to invite once another organiser cancels it.
            Event => entry.Property("Capacity").IsModified || entry.Property("SeatsTaken").IsModified || entry.Property("Status").IsModified,
            Session => entry.Property("Capacity").IsModified || entry.Property("SeatsTaken").IsModified,
            _ => false,
        },
        _ => false,
    };

    private static int? EventOf(object entity) => entity switch
    {
        Invitation invitation => invitation.EventId,
        Event @event => @event.Id,
        Session session => session.EventId,
        Nomination nomination => nomination.EventId,
        _ => null,
    };

    private sealed class Pending
    {
        public List<object> Saving { get; } = [];

        public HashSet<int> EventIds { get; } = [];
    }
}
