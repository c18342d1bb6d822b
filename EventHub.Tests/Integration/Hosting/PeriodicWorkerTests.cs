using System.Threading.Channels;
using EventHub.App.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Integration.Hosting;

/// <summary>
/// The reminders and the privacy retention run as periodic jobs: a round that fails (the database was busy, a mail
/// template was broken) is logged, and the job runs again at its next round instead of stopping for good.
/// </summary>
public class PeriodicWorkerTests
{
    [Fact]
    public async Task ARoundThatFails_IsFollowedByTheNextRound_AtItsTime()
    {
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(1)); // a worker that stopped would never write again
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 1, 14, 8, 0, 0, TimeSpan.Zero));
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        var worker = new FailsOnceWorker(new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(), lifetime, time);
        await worker.StartAsync(CancellationToken.None);

        lifetime.NotifyStarted();
        Assert.Equal(1, await worker.Rounds.ReadAsync(hang.Token));

        time.Advance(TimeSpan.FromMinutes(14));
        Assert.False(worker.Rounds.TryRead(out _));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await worker.Rounds.ReadAsync(hang.Token));
        Assert.False(worker.ExecuteTask!.IsCompleted);

        await worker.StopAsync(CancellationToken.None);
    }

    private sealed class FailsOnceWorker(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider time)
        : PeriodicWorker(scopes, lifetime, time, NullLogger.Instance)
    {
        private readonly Channel<int> _rounds = Channel.CreateUnbounded<int>();
        private int _round;

        public ChannelReader<int> Rounds => _rounds.Reader;

        protected override TimeSpan Interval => TimeSpan.FromMinutes(15);

        protected override TimeSpan FirstRoundAfter => TimeSpan.Zero;

        protected override string JobName => "A job that fails once";

        protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct)
        {
            _rounds.Writer.TryWrite(++_round);
            return _round == 1 ? throw new InvalidOperationException("The database was busy.") : Task.CompletedTask;
        }
    }
}
