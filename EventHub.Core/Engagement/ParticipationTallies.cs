using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;
using static EventHub.Core.Engagement.AllianceQueries;

namespace EventHub.Core.Engagement;

/// <summary>
/// The counted invitations per event, sector and sub-sector that the alliance dashboard rolls up, read from the kept
/// <see cref="ParticipationTally"/> rows. Events whose <see cref="ParticipationTallyStamp"/> is missing (new, or changed
/// since they were last counted) are counted first, in one GROUP BY over their invitations only; so five years of an
/// alliance cost a few thousand small rows, not a pass over every invitation with its contact and organisation.
/// </summary>
internal static class ParticipationTallies
{
    /// <summary>The key of the PostgreSQL advisory lock between counting and the triggers (see <see cref="CountAsync"/>).</summary>
    public const long AdvisoryLockKey = 0x45_48_54_61_6C_6C_79; // "EHTally"

    public static async Task<IReadOnlyList<EventSectorTally>> ReadAsync(
        IDbContextFactory<EventHubDbContext> dbFactory, EventHubDbContext db, DateTime fromUtc, DateTime toUtc, DateTime nowUtc, CancellationToken ct)
    {
        if (await Uncounted(db, fromUtc, toUtc).AnyAsync(ct))
        {
            await dbFactory.WriteAsync((writer, token) => CountAsync(writer, fromUtc, toUtc, nowUtc, token), ct);
        }

        return await (
                from t in db.ParticipationTallies
                join e in db.Events on t.EventId equals e.Id
                where e.StartUtc >= fromUtc && e.StartUtc < toUtc && e.Status != EventStatus.Cancelled
                select new EventSectorTally(t.EventId, e.StartUtc, t.Sector, t.SubSector, t.Invited, t.Accepted, t.Attended, t.WalkIns))
            .ToListAsync(ct);
    }

    /// <summary>The period's events without an up-to-date count.</summary>
    private static IQueryable<Event> Uncounted(EventHubDbContext db, DateTime fromUtc, DateTime toUtc) =>
        db.Events.Where(e => e.StartUtc >= fromUtc && e.StartUtc < toUtc && e.Status != EventStatus.Cancelled
            && !db.ParticipationTallyStamps.Any(s => s.EventId == e.Id));

    /// <summary>
    /// Counts the period's uncounted events again, inside the write transaction. On SQLite nobody else writes meanwhile,
    /// so no change can slip between the count and its stamp. On PostgreSQL writers run side by side: every trigger
    /// takes <see cref="AdvisoryLockKey"/> shared and the count takes it exclusively, so the count waits for the
    /// transactions that changed invitations to commit (it then sees their changes) and later ones wait for it (their
    /// triggers then delete its stamps).
    /// </summary>
    private static async Task<int> CountAsync(EventHubDbContext db, DateTime fromUtc, DateTime toUtc, DateTime nowUtc, CancellationToken ct)
    {
        await JobLock.TakeAsync(db, AdvisoryLockKey, ct);
        var events = await Uncounted(db, fromUtc, toUtc).Select(e => e.Id).ToListAsync(ct);
        if (events.Count == 0)
        {
            return 0;
        }

        var uncounted = Uncounted(db, fromUtc, toUtc).Select(e => e.Id);
        await db.ParticipationTallies.Where(t => uncounted.Contains(t.EventId)).ExecuteDeleteAsync(ct);

        // Grouped as the event dashboard groups them (status, walk-in, check-in) and summed by the same rules
        // (EventFunnel, InvitedRule), so the alliance dashboard counts each event exactly as its own dashboard does.
        var groups = await db.Invitations
            .Where(i => uncounted.Contains(i.EventId) && i.Status != InvitationStatus.Listed)
            .GroupBy(i => new
            {
                i.EventId,
                Sector = i.Organisation != null ? (Sector?)i.Organisation.Sector : null,
                SubSector = i.Organisation != null ? i.Organisation.SubSector : null,
                i.Status,
                i.IsWalkIn,
                CheckedIn = i.CheckedInAtUtc != null,
            })
            .Select(g => new { g.Key.EventId, Group = new InvitationGroup(g.Key.Sector, g.Key.SubSector, g.Key.Status, g.Key.IsWalkIn, g.Key.CheckedIn, null, g.Count()) })
            .ToListAsync(ct);
        db.ParticipationTallies.AddRange(groups.GroupBy(g => (g.EventId, g.Group.Sector, g.Group.SubSector)).Select(g =>
        {
            var row = EventFunnel.Row(g.Key.Sector, g.Key.SubSector, g.Select(x => x.Group));
            var walkIns = g.Where(x => x.Group.Arrival == ArrivalKind.WalkIn).Sum(x => x.Group.Count);
            return new ParticipationTally(g.Key.EventId, g.Key.Sector, g.Key.SubSector, row.Invited, row.Accepted, row.Attended, walkIns);
        }));
        db.ParticipationTallyStamps.AddRange(events.Select(id => new ParticipationTallyStamp(id, nowUtc)));
        return events.Count;
    }
}
