using Microsoft.Data.Sqlite;

namespace EventHub.Core.Data;

/// <summary>
/// Runs a unit of database work again when SQLite reports the database busy or locked.
/// SQLite lets one writer at a time; a short wait and a fresh attempt of the whole transaction
/// is the documented cure, and EF Core does not always retry it itself (dotnet/efcore #36295).
/// </summary>
public sealed class SqliteBusyRetry(int maxAttempts = 5, TimeSpan? firstDelay = null)
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly TimeSpan _firstDelay = firstDelay ?? TimeSpan.FromMilliseconds(50);

    public int MaxAttempts { get; } = maxAttempts >= 1 ? maxAttempts : throw new ArgumentOutOfRangeException(nameof(maxAttempts));

    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(ct);
            }
            catch (Exception ex) when (IsBusy(ex))
            {
                if (attempt >= MaxAttempts)
                {
                    throw new DatabaseBusyException(attempt, ex);
                }

                // Exponential back-off with jitter so two waiting writers do not collide again.
                var delay = _firstDelay * Math.Pow(2, attempt - 1) * (0.5 + Random.Shared.NextDouble());
                await Task.Delay(delay, ct);
            }
        }
    }

    public Task ExecuteAsync(Func<CancellationToken, Task> work, CancellationToken ct = default) =>
        ExecuteAsync(async token =>
        {
            await work(token);
            return true;
        }, ct);

    public static bool IsBusy(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked })
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Thrown when the database stayed busy through every attempt; the message says so plainly.</summary>
public sealed class DatabaseBusyException(int attempts, Exception innerException)
    : Exception($"The database stayed busy after {attempts} attempts; please try again in a moment.", innerException)
{
    public int Attempts { get; } = attempts;

    /// <summary>
    /// Whether <paramref name="exception"/> (or one inside it) says the database stayed busy and nothing was written:
    /// SQLite busy through every attempt, a PostgreSQL transaction failing transiently through every attempt, or
    /// PostgreSQL giving no connection in time (Npgsql says "the connection pool has been exhausted" and "timeout during
    /// connection attempt" with an inner <see cref="TimeoutException"/>: no statement ran).
    /// </summary>
    public static bool StayedBusy(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DatabaseBusyException or Npgsql.NpgsqlException { InnerException: TimeoutException })
            {
                return true;
            }
        }

        return false;
    }
}
