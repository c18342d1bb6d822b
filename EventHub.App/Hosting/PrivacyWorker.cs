using EventHub.Core.Audit;
using EventHub.Core.Invitations;

namespace EventHub.App.Hosting;

/// <summary>
/// Once a day, the first time shortly after start (<see cref="AfterStart"/>), deletes the needs and decline notes whose retention period has passed (<see cref="NeedsRetention"/>) and
/// logs how many: counts only, never values; then deletes the audit log's entries older than its retention period. Never stops the app on an error; the next day's run catches up.
/// </summary>
public sealed class PrivacyWorker(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<PrivacyWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromDays(1);

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
                var run = await scope.ServiceProvider.GetRequiredService<NeedsRetention>().ApplyAsync(stoppingToken);
                logger.LogInformation(
                    "Needs retention: deleted the needs and decline notes of {Invitations} invitations of {Events} events past their retention period",
                    run.Invitations, run.Events);
                var auditDeleted = await scope.ServiceProvider.GetRequiredService<AuditLog>().ApplyRetentionAsync(stoppingToken);
                logger.LogInformation("Audit retention: deleted {Entries} audit log entries past their retention period", auditDeleted);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "The privacy retention job failed; trying again in {Interval}", Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
