namespace EventHub.Core.Common;

/// <summary>
/// Something that queues due reminder emails through the outbox (answer reminders, action-item reminders,
/// missing outcomes). The reminder worker runs every registered job on a timer; each job must be safe to
/// run again (de-duplication keys), so a restart never sends a reminder twice, and takes its <see cref="Data.JobLock"/>
/// first, so a second instance running it at the same moment waits and then finds the reminders queued.
/// </summary>
public interface IReminderJob
{
    /// <summary>Queues every reminder that is due now; returns how many were queued.</summary>
    Task<int> QueueDueAsync(CancellationToken ct = default);
}
