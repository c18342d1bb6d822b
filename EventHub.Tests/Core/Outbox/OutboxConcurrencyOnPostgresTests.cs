using EventHub.Core;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using static EventHub.Tests.Core.Outbox.OutboxFixtures;

namespace EventHub.Tests.Core.Outbox;

/// <summary>
/// Two app instances on one PostgreSQL database, each with its own outbox sender: READ COMMITTED lets both read the
/// same due rows, so the claim must be one statement that leases only what it could lock.
/// </summary>
public sealed class OutboxConcurrencyOnPostgresTests : IAsyncLifetime
{
    private readonly TestSmtpServer _smtp = new();
    private readonly FakeTimeProvider _time = new(TestDatabase.DefaultNow);

    /// <summary>One key ring for both instances, as deployments share theirs.</summary>
    private readonly IDataProtectionProvider _protection = new EphemeralDataProtectionProvider();
    private string _database = null!;
    private ServiceProvider _first = null!;
    private ServiceProvider _second = null!;

    public async Task InitializeAsync()
    {
        _smtp.Start();
        _database = await PostgresServer.CreateMigratedDatabaseAsync();
        _first = Instance();
        _second = Instance();
    }

    [Fact]
    public async Task SendDueAsync_TwoInstancesAtOnce_SendEachMessageExactlyOnce_WithItsOwnMessageId()
    {
        var messages = await QueueAsync(60);

        var sent = await Task.WhenAll(Task.Run(() => SendAllAsync(_first)), Task.Run(() => SendAllAsync(_second)));

        Assert.Equal(60, sent.Sum());
        Assert.Equal(
            messages.Select(MessageIdOf).Order(),
            _smtp.Received.Select(m => m.MessageId).Order());
        await using var check = await NewContextAsync();
        Assert.True(await check.OutboxMessages.AllAsync(m => m.Status == OutboxStatus.Sent && m.Attempts == 1));
    }

    [Fact]
    public async Task SendDueAsync_AnotherInstanceIsLeasingAMessage_PassesItOverWithoutWaitingForIt()
    {
        var messages = await QueueAsync(3);
        var leased = messages[0];
        // Another instance's claim, not yet committed: the row is locked and, once committed, leased to it.
        await using var other = new NpgsqlConnection(_database);
        await other.OpenAsync();
        await using var claim = await other.BeginTransactionAsync();
        await using (var lease = new NpgsqlCommand("""UPDATE "OutboxMessages" SET "NextAttemptAtUtc" = @until WHERE "Id" = @id""", other, claim))
        {
            lease.Parameters.AddWithValue("until", _time.GetUtcNow().UtcDateTime + OutboxSender.Lease);
            lease.Parameters.AddWithValue("id", leased.Id);
            await lease.ExecuteNonQueryAsync();
        }

        using var scope = _first.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await claim.CommitAsync();

        Assert.Equal(2, result.Sent);
        Assert.DoesNotContain(MessageIdOf(leased), _smtp.Received.Select(m => m.MessageId));
        await using var check = await NewContextAsync();
        Assert.Equal(OutboxStatus.Queued, (await check.OutboxMessages.SingleAsync(m => m.Id == leased.Id)).Status);
    }

    /// <summary>
    /// The one repeat SMTP allows: an instance died after the server took the message and before "sent" was written, so
    /// once the lease ran out another instance sends it again — with the same Message-ID, which lets servers drop it.
    /// </summary>
    [Fact]
    public async Task SendDueAsync_SenderDiedBeforeRecordingSent_TheRepeatCarriesTheSameMessageId()
    {
        var message = (await QueueAsync(1))[0];
        using (var scope = _first.CreateScope())
        {
            Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync()).Sent);
        }

        // What the dead instance left behind: the message still queued, its lease run out.
        await using (var db = await NewContextAsync())
        {
            var now = _time.GetUtcNow().UtcDateTime;
            await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Status, OutboxStatus.Queued)
                .SetProperty(m => m.NextAttemptAtUtc, now));
        }

        using (var scope = _second.CreateScope())
        {
            Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync()).Sent);
        }

        Assert.Equal(2, _smtp.Received.Count);
        Assert.All(_smtp.Received, m => Assert.Equal(MessageIdOf(message), m.MessageId));
    }

    private async Task<OutboxMessage[]> QueueAsync(int count)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var messages = Enumerable.Range(1, count).Select(i => Invitation($"partner{i}@example.org", now.AddSeconds(-i))).ToArray();
        await using var db = await NewContextAsync();
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
        return messages;
    }

    private Task<EventHubDbContext> NewContextAsync() =>
        _first.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();

    /// <summary>Rounds of small batches until nothing is due for this instance.</summary>
    private static async Task<int> SendAllAsync(ServiceProvider instance)
    {
        var total = 0;
        using var scope = instance.CreateScope();
        var sender = scope.ServiceProvider.GetRequiredService<OutboxSender>();
        for (var result = await sender.SendDueAsync(); result.Sent > 0; result = await sender.SendDueAsync())
        {
            total += result.Sent;
        }

        return total;
    }

    private ServiceProvider Instance()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddEventHubDatabase(_database, new DatabaseOptions { Provider = DatabaseProvider.Postgres });
        services.AddEventHubCore();
        services.AddSingleton(_protection);
        services.AddSingleton<IOptions<SmtpOptions>>(Options.Create(_smtp.Options(batchSize: 5)));
        return services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        _smtp.Dispose();
    }
}
