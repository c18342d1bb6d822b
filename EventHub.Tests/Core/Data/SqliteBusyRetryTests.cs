using EventHub.Core.Data;
using Microsoft.Data.Sqlite;

namespace EventHub.Tests.Core.Data;

public class SqliteBusyRetryTests
{
    private static SqliteException Busy() => new("database is locked", 5);

    [Fact]
    public async Task ExecuteAsync_BusyTwiceThenFree_RetriesAndReturnsTheResult()
    {
        var retry = new SqliteBusyRetry(maxAttempts: 5, firstDelay: TimeSpan.FromMilliseconds(1));
        var attempts = 0;

        var result = await retry.ExecuteAsync(_ => ++attempts < 3 ? throw Busy() : Task.FromResult("saved"));

        Assert.Equal("saved", result);
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task ExecuteAsync_AlwaysBusy_GivesUpAfterMaxAttemptsWithAClearError()
    {
        var retry = new SqliteBusyRetry(maxAttempts: 3, firstDelay: TimeSpan.FromMilliseconds(1));
        var attempts = 0;

        var error = await Assert.ThrowsAsync<DatabaseBusyException>(() =>
            retry.ExecuteAsync<int>(_ =>
            {
                attempts++;
                throw new InvalidOperationException("wrapped", Busy());
            }));

        Assert.Equal(3, attempts);
        Assert.Equal(3, error.Attempts);
        Assert.Contains("busy after 3 attempts", error.Message);
    }

    [Fact]
    public async Task ExecuteAsync_OtherError_IsNotRetried()
    {
        var retry = new SqliteBusyRetry(firstDelay: TimeSpan.FromMilliseconds(1));
        var attempts = 0;

        await Assert.ThrowsAsync<SqliteException>(() =>
            retry.ExecuteAsync<int>(_ =>
            {
                attempts++;
                throw new SqliteException("constraint failed", 19);
            }));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task ExecuteAsync_AnotherConnectionHoldsTheWriteLock_WaitsUntilItIsReleased()
    {
        var file = Path.Combine(Path.GetTempPath(), $"eventhub-busy-{Guid.NewGuid():N}.db");
        var connectionString = $"Data Source={file};Pooling=False";
        await using (var setup = new SqliteConnection(connectionString))
        {
            await setup.OpenAsync();
            await Execute(setup, "PRAGMA journal_mode = WAL; CREATE TABLE Seats (Taken INTEGER NOT NULL); INSERT INTO Seats VALUES (0);");
        }

        await using var holder = new SqliteConnection(connectionString);
        await holder.OpenAsync();
        await using var lockHolder = holder.BeginTransaction(); // BEGIN IMMEDIATE: holds the write lock
        await Execute(holder, "UPDATE Seats SET Taken = Taken + 1;");

        var retry = new SqliteBusyRetry(maxAttempts: 50, firstDelay: TimeSpan.FromMilliseconds(20));
        var attempts = 0;
        var retried = new TaskCompletionSource();
        var writer = retry.ExecuteAsync(async ct =>
        {
            if (++attempts == 2)
            {
                retried.TrySetResult();
            }

            await using var connection = new SqliteConnection(connectionString + ";Default Timeout=1");
            await connection.OpenAsync(ct);
            await Execute(connection, "PRAGMA busy_timeout = 0;");
            await using var transaction = connection.BeginTransaction();
            await Execute(connection, "UPDATE Seats SET Taken = Taken + 1;");
            await transaction.CommitAsync(ct);
        });

        await retried.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await lockHolder.CommitAsync();
        await writer;

        Assert.True(attempts >= 2, "the writer should have met a busy database at least once");
        await using var check = new SqliteConnection(connectionString);
        await check.OpenAsync();
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT Taken FROM Seats;";
        Assert.Equal(2L, (long)(await count.ExecuteScalarAsync())!);
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
