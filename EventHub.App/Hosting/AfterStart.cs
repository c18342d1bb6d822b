namespace EventHub.App.Hosting;

/// <summary>
/// Background work that need not compete with a start-up: it waits until the app listens (and, for work that can wait
/// longer, a grace period more), so the first pages are served by a process that is not also compiling the workers'
/// queries on a small server's two cores.
/// </summary>
public static class AfterStart
{
    /// <summary>How long the periodic jobs (reminders, retention) wait after the app listens before their first round.</summary>
    public static readonly TimeSpan JobGrace = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the database upkeep of an up-to-date database (roles check, old links, query statistics) waits after
    /// the app listens: long enough for the first pages after a restart not to share the CPU with it.
    /// </summary>
    public static readonly TimeSpan UpkeepGrace = TimeSpan.FromSeconds(10);

    /// <summary>Waits until the app has started, then <paramref name="grace"/> more. False when the app stops meanwhile.</summary>
    public static async Task<bool> WaitAsync(IHostApplicationLifetime lifetime, TimeProvider time, TimeSpan grace, CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try
            {
                await started.Task;
                if (grace > TimeSpan.Zero)
                {
                    await Task.Delay(grace, time, stoppingToken);
                }

                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
    }
}
