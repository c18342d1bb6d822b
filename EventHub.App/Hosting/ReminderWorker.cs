using EventHub.Core.Common;

namespace EventHub.App.Hosting;

/// <summary>
/// Queues due reminders every quarter of an hour, the first time shortly after start (<see cref="AfterStart"/>); the outbox
/// worker sends them. Never stops the app on an error.
/// </summary>
public sealed class ReminderWorker(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<ReminderWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await AfterStart.WaitAsync(lifetime, time, AfterStart.JobGrace, stoppingToken))
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                foreach (var job in scope.ServiceProvider.GetServices<IReminderJob>())
                {
                    var queued = await job.QueueDueAsync(stoppingToken);
                    if (queued > 0)
                    {
                        logger.LogInformation("{Job} queued {Count} reminders", job.GetType().Name, queued);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Queuing reminders failed; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
