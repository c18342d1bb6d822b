using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Actions;

/// <summary>
/// Reminds owners of open action items through the outbox: a week before the due date, and once when it has passed.
/// Each reminder goes at most once per item, due date and owner (a unique de-duplication key): an item given a later
/// date is reminded again for that date, and a new owner gets the reminders the previous one had. Each carries a fresh
/// personal link; items without an owner contact, or whose owner contact was erased, are skipped.
/// </summary>
public sealed class ActionReminders(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, TimeProvider time) : IReminderJob
{
    public const int DaysBefore = 7;

    public Task<int> QueueDueAsync(CancellationToken ct = default) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            await JobLock.TakeAsync(db, nameof(ActionReminders), token);
            var now = time.GetUtcNow().UtcDateTime;
            var today = ActionDates.Today(time);
            var horizon = today.AddDays(DaysBefore);
            var sent = await db.OutboxMessages.Where(m => m.DeduplicationKey != null && m.DeduplicationKey.StartsWith("action:"))
                .Select(m => new { Key = m.DeduplicationKey!, m.CreatedAtUtc }).ToListAsync(token);
            var alreadySent = sent.Select(m => m.Key).ToHashSet();
            var earlierKeys = sent.Where(m => m.Key.Count(c => c == ':') == 2).ToDictionary(m => m.Key, m => m.CreatedAtUtc);
            var due = await db.ActionItems
                .Include(a => a.OwnerContact)
                .Include(a => a.OwnerOrganisation)
                .Include(a => a.Session).ThenInclude(s => s.Event)
                .Where(a => (a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress)
                    && a.OwnerContact != null && a.OwnerContact.AnonymisedAtUtc == null && a.DueOn <= horizon)
                .ToListAsync(token);
            var queued = 0;
            foreach (var item in due)
            {
                // An item first seen when already overdue gets only the overdue reminder: the other is no longer news.
                var overdue = item.DueOn < today;
                var key = Key(item, overdue);
                if (alreadySent.Contains(key) || SentBeforeKeysHadDates(earlierKeys, item, overdue))
                {
                    continue;
                }

                var link = ActionOwnerLinks.Rotate(item);
                db.OutboxMessages.Add(ActionEmails.Reminder(links, item, links.ActionOwner(link), overdue, key, now));
                queued++;
            }

            return queued;
        }, ct);

    private static string Key(ActionItem item, bool overdue) =>
        FormattableString.Invariant($"{KeyBeforeDates(item, overdue)}:{item.DueOn:yyyy-MM-dd}:{item.OwnerContactId}");

    private static string KeyBeforeDates(ActionItem item, bool overdue) => $"action:{item.Id}:{(overdue ? "overdue" : "week")}";

    /// <summary>
    /// Reminders queued before keys named the due date ("action:{id}:week") count for the present date when they were
    /// queued in its window (from a week before it, or after it for the overdue one), so none goes twice after an update.
    /// </summary>
    private static bool SentBeforeKeysHadDates(IReadOnlyDictionary<string, DateTime> earlierKeys, ActionItem item, bool overdue)
    {
        if (!earlierKeys.TryGetValue(KeyBeforeDates(item, overdue), out var queuedUtc))
        {
            return false;
        }

        var queuedOn = DateOnly.FromDateTime(EventTime.ToLocal(queuedUtc, EventTime.DefaultTimeZoneId));
        return overdue ? queuedOn > item.DueOn : queuedOn >= item.DueOn.AddDays(-DaysBefore);
    }
}
