namespace EventHub.App.Hosting;

/// <summary>
/// A job run every <see cref="Interval"/> in a scope of its own, the first time shortly after start
/// (<see cref="FirstRoundAfter"/>). A failing round is logged and never stops the app; the next round tries again.
/// </summary>
public abstract class PeriodicWorker(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider time, ILogger logger)
    : BackgroundService
{
    /// <summary>The time between the starts of two rounds.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>What the job is called in the log when a round fails ("queuing reminders").</summary>
    protected abstract string JobName { get; }

    /// <summary>How long after the app listens the first round starts.</summary>
    protected virtual TimeSpan FirstRoundAfter => AfterStart.JobGrace;

    /// <summary>One round, with the services of its own scope.</summary>
    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await AfterStart.WaitAsync(lifetime, time, FirstRoundAfter, stoppingToken))
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunOnceAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "{Job} failed; trying again in {Interval}", JobName, Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
