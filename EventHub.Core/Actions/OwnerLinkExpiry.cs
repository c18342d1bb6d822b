using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Actions;

/// <summary>
/// An owner's link stops working <see cref="PersonalLinkOptions.OwnerDaysAfterClosed"/> days after the item was done or
/// dropped: counted from the moment it closed (the first of the closing updates at the end of its history; a note added
/// later does not extend it). Reopening the item makes the link work again.
/// </summary>
internal static class OwnerLinkExpiry
{
    public static async Task<bool> IsExpiredAsync(
        EventHubDbContext db, int actionItemId, ActionItemStatus status, DateTime updatedAtUtc, PersonalLinkOptions options, DateTime nowUtc, CancellationToken ct)
    {
        if (!IsClosed(status))
        {
            return false;
        }

        var history = await db.ActionItemUpdates.Where(u => u.ActionItemId == actionItemId)
            .OrderByDescending(u => u.AtUtc).ThenByDescending(u => u.Id)
            .Select(u => new { u.Status, u.AtUtc })
            .ToListAsync(ct);
        var closedAtUtc = history.Count == 0 ? updatedAtUtc : history[0].AtUtc;
        foreach (var update in history.TakeWhile(u => IsClosed(u.Status)))
        {
            closedAtUtc = update.AtUtc;
        }

        return nowUtc >= closedAtUtc.AddDays(options.OwnerDaysAfterClosed);
    }

    private static bool IsClosed(ActionItemStatus status) => status is ActionItemStatus.Done or ActionItemStatus.Dropped;
}
