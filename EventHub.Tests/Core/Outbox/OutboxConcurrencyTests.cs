using EventHub.Core;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static EventHub.Tests.Core.Outbox.OutboxFixtures;

namespace EventHub.Tests.Core.Outbox;

/// <summary>Two app instances over one database file, as in a scaled-out deployment, each with its own sender.</summary>
public sealed class OutboxConcurrencyTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "eventhub-tests", $"{Guid.NewGuid():N}.db");
    private readonly TestSmtpServer _smtp = new();
    private readonly FakeTimeProvider _time = new(TestDatabase.DefaultNow);

    /// <summary>One key ring for both instances, as deployments share theirs.</summary>
    private readonly IDataProtectionProvider _protection = new EphemeralDataProtectionProvider();
    private ServiceProvider _first = null!;
    private ServiceProvider _second = null!;

    public async Task InitializeAsync()
    {
        _smtp.Start();
        TemplateDatabase.CopyToFile(_file);
        _first = Instance();
        _second = Instance();
        await EventHubDatabase.MigrateAsync(_first.GetRequiredService<IDbContextFactory<EventHubDbContext>>());
    }

    [Fact]
    public async Task SendDueAsync_TwoSendersAtOnce_SendEachMessageExactlyOnce()
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var messages = Enumerable.Range(1, 12).Select(i => Invitation($"partner{i}@example.org", now.AddSeconds(-i))).ToArray();
        await using (var db = await _first.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync())
        {
            db.OutboxMessages.AddRange(messages);
            await db.SaveChangesAsync();
        }

        var sent = await Task.WhenAll(Task.Run(() => SendAllAsync(_first)), Task.Run(() => SendAllAsync(_second)));

        Assert.Equal(12, sent.Sum());
        Assert.Equal(12, _smtp.Received.Count);
        Assert.Equal(
            messages.Select(MessageIdOf).Order(),
            _smtp.Received.Select(m => m.MessageId).Order());
        await using var check = await _first.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        Assert.True(await check.OutboxMessages.AllAsync(m => m.Status == OutboxStatus.Sent && m.Attempts == 1));
    }

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
        services.AddEventHubDatabase($"Data Source={_file}");
        services.AddEventHubCore();
        services.AddSingleton(_protection);
        services.AddSingleton<IOptions<SmtpOptions>>(Options.Create(_smtp.Options(batchSize: 3)));
        return services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        _smtp.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }
}
