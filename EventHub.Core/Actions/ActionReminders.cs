using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Actions;

/// <summary>
/// Reminds owners of open action items through the outbox: a week before the due date, and once when it has passed.
/// Each reminder goes at most once per item (a unique de-duplication key) and carries a fresh personal link; items
/// without an owner contact, or whose owner contact was erased, are skipped.
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
            var alreadySent = (await db.OutboxMessages.Where(m => m.DeduplicationKey != null && m.DeduplicationKey.StartsWith("action:"))
                .Select(m => m.DeduplicationKey!).ToListAsync(token)).ToHashSet();
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
                if (alreadySent.Contains(key))
                {
                    continue;
                }

                var link = ActionOwnerLinks.Rotate(item);
                db.OutboxMessages.Add(ActionEmails.Reminder(links, item, links.ActionOwner(link), overdue, key, now));
                queued++;
            }

            return queued;
        }, ct);

    private static string Key(ActionItem item, bool overdue) => $"action:{item.Id}:{(overdue ? "overdue" : "week")}";
}
