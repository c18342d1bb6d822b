using EventHub.Core.Audit;
using EventHub.Core.Invitations;

namespace EventHub.App.Hosting;

/// <summary>
/// Once a day deletes the needs and decline notes whose retention period has passed (<see cref="NeedsRetention"/>) and
/// logs how many: counts only, never values; then deletes the audit log's entries older than its retention period. A
/// failed day is caught up the next.
/// </summary>
public sealed class PrivacyWorker(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider time, ILogger<PrivacyWorker> logger)
    : PeriodicWorker(scopes, lifetime, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    protected override string JobName => "The privacy retention job";

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken ct)
    {
        var run = await services.GetRequiredService<NeedsRetention>().ApplyAsync(ct);
        logger.LogInformation(
            "Needs retention: deleted the needs and decline notes of {Invitations} invitations of {Events} events past their retention period",
            run.Invitations, run.Events);
        var auditDeleted = await services.GetRequiredService<AuditLog>().ApplyRetentionAsync(ct);
        logger.LogInformation("Audit retention: deleted {Entries} audit log entries past their retention period", auditDeleted);
    }
}
