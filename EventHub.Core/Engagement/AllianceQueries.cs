using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Engagement;

/// <summary>
/// The dashboard's queries, each one GROUP BY (or one page) in the database, so their number stays the same on a small or a
/// large alliance: the kept tally per event and sub-sector that participation and the events outside the targets share
/// (<see cref="ParticipationTallies"/>: 1 read, and 1 count of the events changed since they were last counted),
/// not engaged (2: count and page), themes (3: events, outcomes, names), action items (2: counts, and the created/done
/// instants of the done items for the median), the period's events (1), upcoming events (1), targets (1).
/// </summary>
internal static partial class AllianceQueries
{
    /// <summary>
    /// Participation by month (of the event's start, in the alliance's time zone like the chosen range) and sub-sector, from
    /// the period's kept tally (<see cref="ParticipationTallies"/>).
    /// </summary>
    public static IReadOnlyList<ParticipationRow> Participation(IReadOnlyList<EventSectorTally> tally) =>
        tally.GroupBy(t => (Month: LocalMonth(t.StartUtc), t.Sector, t.SubSector))
            .Select(g => new ParticipationRow(g.Key.Month, g.Key.Sector, g.Key.SubSector,
                g.Sum(t => t.Invited), g.Sum(t => t.Accepted), g.Sum(t => t.Attended), g.Sum(t => t.WalkIns)))
            .OrderBy(r => r.Month).ThenBy(r => r.Sector is null).ThenBy(r => r.Sector).ThenBy(r => r.SubSector is null).ThenBy(r => r.SubSector)
            .ToList();

    /// <summary>The first day of the month in which <paramref name="startUtc"/> falls where the alliance is (a 00:30 start on 1 March is March).</summary>
    internal static DateOnly LocalMonth(DateTime startUtc)
    {
        var local = EventTime.ToLocal(startUtc, EventTime.DefaultTimeZoneId);
        return new DateOnly(local.Year, local.Month, 1);
    }

    public static Task<bool> HasOrganisationsAsync(EventHubDbContext db, CancellationToken ct) => Active(db).AnyAsync(ct);

    private static IQueryable<Organisation> Active(EventHubDbContext db) => db.Organisations.Where(o => !o.IsArchived && o.MergedIntoId == null);

    public static async Task<Paged<NotEngagedOrganisation>> NotEngagedAsync(EventHubDbContext db, DateTime sinceUtc, int page, int pageSize, CancellationToken ct)
    {
        var active = Active(db);

        // Not engaged: no acceptance or attendance at the year's events, which the events' start index finds.
        var engagedSince = Engaged(db).Where(x => x.StartUtc >= sinceUtc).Select(x => x.OrganisationId);
        var notEngaged = active.Where(o => !engagedSince.Contains(o.Id));
        var total = await notEngaged.CountAsync(ct);

        // When each of them last took part: asked per organisation not engaged (the invitations that came for it,
        // from the covering index), not grouped over every engaged invitation of every organisation.
        var rows = await notEngaged
            .Select(o => new { o.Id, o.Name, o.Sector, o.SubSector, Last = Engaged(db).Where(x => x.OrganisationId == o.Id).Max(x => (DateTime?)x.StartUtc) })
            .OrderBy(r => r.Last == null).ThenByDescending(r => r.Last).ThenBy(r => r.Name).ThenBy(r => r.Id)
            .Skip(Math.Max(0, page) * pageSize).Take(pageSize)
            .Select(r => new NotEngagedOrganisation(r.Id, r.Name, r.Sector, r.SubSector, r.Last,
                db.Contacts.Count(c => c.OrganisationId == r.Id && !c.IsArchived && c.MergedIntoId == null && c.DoNotInviteSinceUtc == null)))
            .ToListAsync(ct);
        return new Paged<NotEngagedOrganisation>(rows, total);
    }

    /// <summary>
    /// Engagement: an invitation accepted or checked in, with the organisation the guest came for and the event's start. Only events
    /// that took or take place: accepting a cancelled (or never published) event is no meeting with the alliance, as the
    /// event dashboard's "returning" also holds.
    /// </summary>
    private static IQueryable<EngagedAt> Engaged(EventHubDbContext db) =>
        from i in db.Invitations
        where i.Status == InvitationStatus.Accepted || i.CheckedInAtUtc != null
        where i.OrganisationId != null
        join e in db.Events on i.EventId equals e.Id
        where e.Status != EventStatus.Cancelled && e.Status != EventStatus.Draft
        select new EngagedAt { OrganisationId = i.OrganisationId!.Value, StartUtc = e.StartUtc };

    internal sealed record EventSectorTally(
        int EventId, DateTime StartUtc, Sector? Sector, SubSector? SubSector, int Invited, int Accepted, int Attended, int WalkIns);

    // Member-initialised (not a positional record), so EF can follow x.StartUtc back to its column.
    private sealed class EngagedAt
    {
        public int OrganisationId { get; init; }

        public DateTime StartUtc { get; init; }
    }

    public static async Task<IReadOnlyList<UpcomingEvent>> UpcomingAsync(EventHubDbContext db, DateTime nowUtc, CancellationToken ct) =>
        await db.Events.Where(e => e.StartUtc > nowUtc && (e.Status == EventStatus.Draft || e.Status == EventStatus.Published))
            .OrderBy(e => e.StartUtc).ThenBy(e => e.Id)
            .Take(20)
            .Select(e => new UpcomingEvent(e.Id, e.Title, e.StartUtc, e.EndUtc, e.TimeZoneId))
            .ToListAsync(ct);
}
