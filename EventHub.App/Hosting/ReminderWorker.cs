using EventHub.Core.Common;

namespace EventHub.App.Hosting;

/// <summary>Queues due reminders every quarter of an hour; the outbox worker sends them.</summary>
public sealed class ReminderWorker(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<ReminderWorker> logger)
    : PeriodicWorker(scopes, lifetime, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromMinutes(15);

    protected override string JobName => "Queuing reminders";

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken ct)
    {
        foreach (var job in services.GetServices<IReminderJob>())
        {
            var queued = await job.QueueDueAsync(ct);
            if (queued > 0)
            {
                logger.LogInformation("{Job} queued {Count} reminders", job.GetType().Name, queued);
            }
        }
    }
}
