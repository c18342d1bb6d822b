using System.Collections.Concurrent;
using EventHub.Core;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// Two app instances on one PostgreSQL database, each with its notifier and its <see cref="PostgresLiveUpdates"/>: what
/// one publishes reaches the other's screens through LISTEN/NOTIFY, and never comes back to its own a second time.
/// </summary>
public sealed class LiveUpdatesOnPostgresTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private string _database = null!;
    private Instance _a = null!;
    private Instance _b = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.CreateEmptyDatabaseAsync();
        _a = await Instance.StartAsync(_database);
        _b = await Instance.StartAsync(_database);
    }

    [Fact]
    public async Task Publish_OnOneInstance_SignalsTheOtherInstancesScreens_AndItsOwnScreensOnlyOnce()
    {
        var heardOnB = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var screenOnB = _b.Notifier.Subscribe(41, () =>
        {
            heardOnB.TrySetResult();
            return Task.CompletedTask;
        });

        _a.Notifier.Publish([41]);
        await heardOnB.Task.WaitAsync(Patience);
        // A change B publishes now is heard by A after A's own notification of 41 (notifications arrive in commit order):
        // once A has it, A has handled the echo of its own publish too.
        _b.Notifier.Publish([42]);
        await _a.WhenDeliveredAsync(42).WaitAsync(Patience);

        Assert.Equal(new[] { new[] { 41 }, new[] { 42 } }, _a.Deliveries);
        Assert.Equal(new[] { new[] { 41 }, new[] { 42 } }, _b.Deliveries);
    }

    [Fact]
    public async Task Listener_ConnectionDropped_ConnectsAgainRefreshesOpenScreensAndHearsLaterChanges()
    {
        using var screenOnB = _b.Notifier.Subscribe(7, () => Task.CompletedTask);
        var listeningAgain = _b.WhenListeningAsync(times: 2);

        await TerminateListenersAsync();
        await listeningAgain.WaitAsync(Patience);
        // Deaf for a moment: B's open screen refreshes once, whatever it may have missed.
        Assert.Contains(_b.Deliveries, d => d.SequenceEqual([7]));
        _a.Notifier.Publish([8]);
        await _b.WhenDeliveredAsync(8).WaitAsync(Patience);

        var warning = Assert.Single(_b.Log.Entries, e => e.Level == LogLevel.Warning && e.Category == typeof(PostgresLiveUpdates).FullName);
        Assert.Null(warning.Exception); // one line, no stack trace
        Assert.Contains("connecting again in", warning.Message);
    }

    private async Task TerminateListenersAsync()
    {
        await using var admin = new NpgsqlConnection(PostgresServer.AdminConnectionString);
        await admin.OpenAsync();
        await using var terminate = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @name AND datname = @database", admin);
        terminate.Parameters.AddWithValue("name", PostgresLiveUpdates.ApplicationName);
        terminate.Parameters.AddWithValue("database", new NpgsqlConnectionStringBuilder(_database).Database!);
        Assert.Equal(2L, await terminate.ExecuteScalarAsync());
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    /// <summary>One app instance's notifier and live-update transport, with what its screens were signalled of.</summary>
    private sealed class Instance : IAsyncDisposable
    {
        private readonly ServiceProvider _services;
        private readonly PostgresLiveUpdates _transport;
        private readonly ConcurrentQueue<int[]> _deliveries = new();
        private readonly ConcurrentBag<(int EventId, TaskCompletionSource Seen)> _waitingForEvents = [];
        private readonly ConcurrentBag<(int Times, TaskCompletionSource Reached)> _waitingForListening = [];
        private int _listening;

        private Instance(ServiceProvider services)
        {
            _services = services;
            Notifier = services.GetRequiredService<InvitationNotifier>();
            _transport = services.GetRequiredService<PostgresLiveUpdates>();
            Notifier.Delivered += ids =>
            {
                _deliveries.Enqueue(ids.ToArray());
                foreach (var (eventId, seen) in _waitingForEvents.Where(w => ids.Contains(w.EventId)))
                {
                    seen.TrySetResult();
                }
            };
            _transport.Listening += () =>
            {
                var times = Interlocked.Increment(ref _listening);
                foreach (var (wanted, reached) in _waitingForListening.Where(w => times >= w.Times))
                {
                    reached.TrySetResult();
                }
            };
        }

        public InvitationNotifier Notifier { get; }

        public RecordingLoggerProvider Log { get; private init; } = new();

        public IReadOnlyList<int[]> Deliveries => _deliveries.ToList();

        public static async Task<Instance> StartAsync(string connectionString)
        {
            var log = new RecordingLoggerProvider();
            var collection = new ServiceCollection()
                .AddLogging(logging => logging.AddProvider(log))
                .AddEventHubDatabase(connectionString, new DatabaseOptions { Provider = DatabaseProvider.Postgres })
                .AddEventHubCore()
                .AddSingleton<PostgresLiveUpdates>();
            collection.AddDataProtection().UseEphemeralDataProtectionProvider();
            var instance = new Instance(collection.BuildServiceProvider()) { Log = log };
            var listening = instance.WhenListeningAsync(times: 1);
            await instance._transport.StartAsync(CancellationToken.None);
            await listening.WaitAsync(Patience);
            return instance;
        }

        public Task WhenDeliveredAsync(int eventId)
        {
            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waitingForEvents.Add((eventId, seen));
            if (_deliveries.Any(d => d.Contains(eventId)))
            {
                seen.TrySetResult();
            }

            return seen.Task;
        }

        public Task WhenListeningAsync(int times)
        {
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waitingForListening.Add((times, reached));
            if (Volatile.Read(ref _listening) >= times)
            {
                reached.TrySetResult();
            }

            return reached.Task;
        }

        public async ValueTask DisposeAsync()
        {
            await _transport.StopAsync(CancellationToken.None);
            await _services.DisposeAsync();
        }
    }
}
