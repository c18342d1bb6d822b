using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventHub.Core.Invitations;

/// <summary>What one run of <see cref="NeedsRetention"/> did: counts only, never whose data it was.</summary>
/// <param name="Events">Events whose guests' needs and notes were deleted (their totals kept first).</param>
/// <param name="Invitations">Invitations that held needs or a decline note, now deleted.</param>
public sealed record NeedsRetentionRun(int Events, int Invitations);

/// <summary>
/// Keeps the promise of the privacy notice: <see cref="PrivacyOptions.NeedsRetentionDays"/> after an event ends, its
/// guests' access and dietary needs and decline notes are deleted. The event's planning counts are kept first
/// (<see cref="NeedTotal"/>), in the same transaction, so the event's numbers stay right. Safe to run again: an event
/// is done once its totals are kept and no invitation holds needs any more.
/// </summary>
public sealed class NeedsRetention(IDbContextFactory<EventHubDbContext> dbFactory, IOptions<PrivacyOptions> options, TimeProvider time)
{
    /// <summary>From when an event's needs and notes are deleted: the retention period after it ends (the daily run does it then).</summary>
    public static DateTime DueAtUtc(DateTime eventEndUtc, PrivacyOptions options) => eventEndUtc.AddDays(options.NeedsRetentionDays);

    public async Task<NeedsRetentionRun> ApplyAsync(CancellationToken ct = default)
    {
        // An event is due once DueAtUtc(EndUtc) has come: EndUtc <= now - days.
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.NeedsRetentionDays);
        List<int> due;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var withoutTotals = await db.Events
                .Where(e => e.EndUtc <= cutoff && !db.NeedTotals.Any(t => t.EventId == e.Id))
                .Select(e => e.Id)
                .ToListAsync(ct);
            var stillHolding = await db.Invitations.Where(Invitation.HoldingNeedsOrNotes)
                .Where(i => i.Event.EndUtc <= cutoff)
                .Select(i => i.EventId)
                .Distinct()
                .ToListAsync(ct);
            due = withoutTotals.Union(stillHolding).Order().ToList();
        }

        var invitations = 0;
        foreach (var eventId in due)
        {
            invitations += await ApplyToEventAsync(eventId, ct);
        }

        return new NeedsRetentionRun(due.Count, invitations);
    }

    /// <summary>One event in one transaction: its totals kept (once), then its guests' needs and notes deleted.</summary>
    private Task<int> ApplyToEventAsync(int eventId, CancellationToken ct) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            // Another instance's run on the same day: it waits here, then finds the totals kept and nothing left to delete.
            await JobLock.TakeAsync(db, nameof(NeedsRetention), token);
            var now = time.GetUtcNow().UtcDateTime;
            if (!await db.NeedTotals.AnyAsync(t => t.EventId == eventId, token))
            {
                db.NeedTotals.AddRange(NeedTotal.Keep(eventId, await GuestListService.CountNeedsAsync(db, eventId, token), now));
            }

            var holding = await db.Invitations.Where(i => i.EventId == eventId).Where(Invitation.HoldingNeedsOrNotes).ToListAsync(token);
            foreach (var invitation in holding)
            {
                invitation.DeleteNeedsAndNotes();
            }

            return holding.Count;
        }, ct);
}
