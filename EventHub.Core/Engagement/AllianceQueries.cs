using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Engagement;

/// <summary>
/// The dashboard's queries, each one GROUP BY (or one page) in the database, so their number stays the same on a small or a
/// large alliance: participation (1), not engaged (2: count and page), themes (3: events, outcomes, names), action items
/// (2: counts, and the created/done instants of the done items for the median), events outside the targets (2: events,
/// counts per event and sector), upcoming events (1), targets (1).
/// </summary>
internal static partial class AllianceQueries
{
    /// <summary>Invitations that count for participation: sent or registered at the door, and not withdrawn by the organiser.</summary>
    private static IQueryable<Invitation> Counted(EventHubDbContext db, DateTime fromUtc, DateTime toUtc) =>
        db.Invitations.Where(i => i.Event.StartUtc >= fromUtc && i.Event.StartUtc < toUtc && i.Event.Status != EventStatus.Cancelled
            && i.Status != InvitationStatus.Listed && i.Status != InvitationStatus.Cancelled);

    public static async Task<IReadOnlyList<ParticipationRow>> ParticipationAsync(EventHubDbContext db, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var rows = await Counted(db, fromUtc, toUtc)
            .GroupBy(i => new
            {
                i.Event.StartUtc.Year,
                i.Event.StartUtc.Month,
                Sector = i.Contact.Organisation != null ? (Sector?)i.Contact.Organisation.Sector : null,
                SubSector = i.Contact.Organisation != null ? i.Contact.Organisation.SubSector : null,
            })
            .Select(g => new
            {
                g.Key,
                Invited = g.Sum(i => i.IsWalkIn ? 0 : 1),
                Accepted = g.Sum(i => !i.IsWalkIn && i.Status == InvitationStatus.Accepted ? 1 : 0),
                Attended = g.Sum(i => i.CheckedInAtUtc != null ? 1 : 0),
                WalkIns = g.Sum(i => i.IsWalkIn && i.CheckedInAtUtc != null ? 1 : 0),
            })
            .ToListAsync(ct);
        return rows.Select(r => new ParticipationRow(new DateOnly(r.Key.Year, r.Key.Month, 1), r.Key.Sector, r.Key.SubSector, r.Invited, r.Accepted, r.Attended, r.WalkIns))
            .OrderBy(r => r.Month).ThenBy(r => r.Sector is null).ThenBy(r => r.Sector).ThenBy(r => r.SubSector is null).ThenBy(r => r.SubSector)
            .ToList();
    }

    public static async Task<Paged<NotEngagedOrganisation>> NotEngagedAsync(EventHubDbContext db, DateTime sinceUtc, int page, int pageSize, CancellationToken ct)
    {
        // One grouped pass over the engaged invitations (accepted or checked in), joined to the organisations: no query per row.
        var lastEngaged = db.Invitations
            .Where(i => (i.Status == InvitationStatus.Accepted || i.CheckedInAtUtc != null) && i.Contact.OrganisationId != null)
            .Select(i => new { i.Contact.OrganisationId, i.Event.StartUtc })
            .GroupBy(x => x.OrganisationId)
            .Select(g => new { OrganisationId = g.Key, Last = g.Max(x => x.StartUtc) });
        var notEngaged =
            (from o in db.Organisations.Where(o => !o.IsArchived && o.MergedIntoId == null)
             join l in lastEngaged on (int?)o.Id equals l.OrganisationId into engaged
             from l in engaged.DefaultIfEmpty()
             select new { o.Id, o.Name, o.Sector, o.SubSector, Last = (DateTime?)l!.Last })
            .Where(r => r.Last == null || r.Last < sinceUtc);
        var total = await notEngaged.CountAsync(ct);
        var rows = await notEngaged
            .OrderBy(r => r.Last == null).ThenByDescending(r => r.Last).ThenBy(r => r.Name).ThenBy(r => r.Id)
            .Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(r => new NotEngagedOrganisation(r.Id, r.Name, r.Sector, r.SubSector, r.Last,
                db.Contacts.Count(c => c.OrganisationId == r.Id && !c.IsArchived && c.MergedIntoId == null && c.DoNotInviteSinceUtc == null)))
            .ToListAsync(ct);
        return new Paged<NotEngagedOrganisation>(rows, total);
    }

    public static async Task<IReadOnlyList<UpcomingEvent>> UpcomingAsync(EventHubDbContext db, DateTime nowUtc, CancellationToken ct) =>
        await db.Events.Where(e => e.StartUtc > nowUtc && (e.Status == EventStatus.Draft || e.Status == EventStatus.Published))
            .OrderBy(e => e.StartUtc).ThenBy(e => e.Id)
            .Take(20)
            .Select(e => new UpcomingEvent(e.Id, e.Title, e.StartUtc, e.TimeZoneId))
            .ToListAsync(ct);
}
