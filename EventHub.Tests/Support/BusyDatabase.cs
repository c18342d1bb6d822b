using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EventHub.Tests.Support;

/// <summary>
/// Makes SQLite answer "database is locked" where it really does under load: when a write transaction begins
/// (BEGIN IMMEDIATE). Registered as an <see cref="IInterceptor"/> service, so the app's context factory picks it up;
/// off until a test says otherwise.
/// </summary>
public sealed class BusyDatabase : DbTransactionInterceptor
{
    private const int SqliteBusy = 5;
    private int _freeTransactions = int.MaxValue;
    private int _busyTransactions;

    /// <summary>Every write from now on meets a busy database.</summary>
    public void StayBusy() => Volatile.Write(ref _freeTransactions, 0);

    /// <summary>The next <paramref name="count"/> writes go through; the ones after meet a busy database.</summary>
    public void BusyAfter(int count) => Volatile.Write(ref _freeTransactions, count);

    public void Free() => Volatile.Write(ref _freeTransactions, int.MaxValue);

    /// <summary>The next <paramref name="count"/> writes meet a busy database; the ones after go through, as when another writer lets go.</summary>
    public void BusyFor(int count) => Volatile.Write(ref _busyTransactions, count);

    public override InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        ThrowWhenBusy();
        return result;
    }

    public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        ThrowWhenBusy();
        return ValueTask.FromResult(result);
    }

    private void ThrowWhenBusy()
    {
        if (Volatile.Read(ref _busyTransactions) > 0 && Interlocked.Decrement(ref _busyTransactions) >= 0)
        {
            throw new SqliteException("database is locked", SqliteBusy);
        }

        var free = Volatile.Read(ref _freeTransactions);
        if (free == int.MaxValue)
        {
            return;
        }

        if (free <= 0)
        {
            throw new SqliteException("database is locked", SqliteBusy);
        }

        Interlocked.Decrement(ref _freeTransactions);
    }
}
