using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outcomes;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Engagement;

/// <summary>
/// The annual alliance report's figures (<see cref="AnnualReport"/>), each from one aggregate query: ten queries
/// whatever the number of events, invitations or action items. An event belongs to the year in which it starts, in
/// the alliance's time zone; cancelled and draft events are not "held", nor are events that have not started yet.
/// </summary>
public sealed class AnnualReportService(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    public async Task<AnnualReport> ForYearAsync(int year, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var (from, to) = HeldPeriod(year, now);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var held = HeldIn(db, year, now);
        // Joined to the event (not "the event is among the held ones"), so SQLite goes from the year's events to their
        // invitations by index instead of asking every invitation ever sent.
        var invitations = db.Invitations.Where(i => i.Event.StartUtc >= from && i.Event.StartUtc < to
                                                    && i.Event.Status != EventStatus.Draft && i.Event.Status != EventStatus.Cancelled
                                                    && i.Status != InvitationStatus.Listed);

        var events = await EventsAsync(db, held, ct);
        var organisations = await ReachedOrganisationsAsync(invitations, ct);
        var reach = Reach(organisations);
        var totals = await TotalsAsync(db, invitations, organisations, events.Count, from, ct);
        var decisions = await db.OutcomeStatements
            .Where(s => s.Kind == StatementKind.Decision)
            .Join(db.SessionOutcomes, s => s.SessionOutcomeId, o => o.Id, (s, o) => new { s, o.Session })
            .Where(x => held.Any(e => e.Id == x.Session.EventId))
            .OrderBy(x => x.Session.Event.StartUtc).ThenBy(x => x.Session.StartUtc).ThenBy(x => x.s.SortOrder)
            .Select(x => new AnnualDecision(x.Session.Event.Title, x.Session.Title, x.s.Text))
            .ToListAsync(ct);
        var actions = await ActionsAsync(db, held, ct);
        var provisions = await ProvisionsAsync(db, held, invitations, ct);
        var feedback = new AnnualFeedback(
            await db.FeedbackRequests.CountAsync(r => held.Any(e => e.Id == r.EventId), ct),
            FeedbackBreakdown.AcrossEvents((await FeedbackResultsService.PerEventAsync(db.FeedbackAnswers.Where(a => held.Any(e => e.Id == a.EventId)), ct)).Values));
        return new AnnualReport(year, events, reach, totals, decisions, actions, provisions, feedback);
    }

    /// <summary>The years from the first event held to this year (or the last one planned), newest first, for the year picker.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var span = await db.Events.Where(e => e.Status != EventStatus.Draft && e.Status != EventStatus.Cancelled)
            .GroupBy(_ => 1).Select(g => new { First = g.Min(e => e.StartUtc), Last = g.Max(e => e.StartUtc) })
            .SingleOrDefaultAsync(ct);
        var thisYear = LocalYear(time.GetUtcNow().UtcDateTime);
        var (first, last) = span is null ? (thisYear, thisYear) : (LocalYear(span.First), Math.Max(thisYear, LocalYear(span.Last)));
        return Enumerable.Range(first, last - first + 1).Reverse().ToList();
    }

    /// <summary>
    /// The events the year's report is about: published, closed or archived (not draft, not cancelled) and started by
    /// now. Events still to come this year are not in the report until they have taken place.
    /// </summary>
    internal static IQueryable<Event> HeldIn(EventHubDbContext db, int year, DateTime nowUtc)
    {
        var (from, to) = HeldPeriod(year, nowUtc);
        return db.Events.Where(e => e.StartUtc >= from && e.StartUtc < to
                                    && e.Status != EventStatus.Draft && e.Status != EventStatus.Cancelled);
    }

    private static (DateTime From, DateTime To) HeldPeriod(int year, DateTime nowUtc)
    {
        var (from, yearEnd) = YearInUtc(year);
        return (from, nowUtc < yearEnd ? nowUtc : yearEnd);
    }

    private static int LocalYear(DateTime utc) => EventTime.ToLocal(utc, EventTime.DefaultTimeZoneId).Year;

    /// <summary>1 January to 1 January in the alliance's time zone, as UTC.</summary>
    public static (DateTime From, DateTime To) YearInUtc(int year) =>
        (EventTime.ToUtc(new DateTime(year, 1, 1), EventTime.DefaultTimeZoneId),
         EventTime.ToUtc(new DateTime(year + 1, 1, 1), EventTime.DefaultTimeZoneId));

    private static async Task<List<AnnualEvent>> EventsAsync(EventHubDbContext db, IQueryable<Event> held, CancellationToken ct)
    {
        var rows = await held
            .OrderBy(e => e.StartUtc)
            .Select(e => new
            {
                e.Id, e.Title, e.StartUtc, e.EndUtc, e.TimeZoneId,
                Invited = db.Invitations.Where(InvitedRule.Invitation).Count(i => i.EventId == e.Id),
                Accepted = db.Invitations.Count(i => i.EventId == e.Id && i.Status == InvitationStatus.Accepted && !i.IsWalkIn),
                Attended = db.Invitations.Count(i => i.EventId == e.Id && i.CheckedInAtUtc != null),
                Slug = db.EventReports.Any(r => r.EventId == e.Id && r.PublishedAtUtc != null) ? e.Slug : null,
            })
            .ToListAsync(ct);
        return rows.Select(r => new AnnualEvent(r.Id, r.Title, r.StartUtc, r.EndUtc, r.TimeZoneId, r.Invited, r.Accepted, r.Attended, r.Slug)).ToList();
    }

    /// <summary>
    /// The year's reach per sector and sub-sector: first grouped by organisation in the database (was it invited by the
    /// <see cref="InvitedRule"/>, did someone come, how many people), then by sector in the database too: a few dozen rows.
    /// </summary>
    private static async Task<List<SectorReachRow>> ReachedOrganisationsAsync(IQueryable<Invitation> invitations, CancellationToken ct)
    {
        var invitedOrganisations = invitations.Where(InvitedRule.Invitation).Select(i => i.OrganisationId);
        return await invitations
            .Where(i => i.OrganisationId != null)
            .GroupBy(i => new { i.OrganisationId, i.Organisation!.Sector, i.Organisation.SubSector })
            .Select(g => new
            {
                g.Key.Sector,
                g.Key.SubSector,
                Invited = invitedOrganisations.Contains(g.Key.OrganisationId) ? 1 : 0,
                Attended = g.Max(i => i.CheckedInAtUtc != null ? 1 : 0),
                People = g.Sum(i => i.CheckedInAtUtc != null ? 1 : 0),
            })
            .GroupBy(o => new { o.Sector, o.SubSector })
            .Select(g => new SectorReachRow
            {
                Sector = g.Key.Sector,
                SubSector = g.Key.SubSector,
                Invited = g.Sum(o => o.Invited),
                Attended = g.Sum(o => o.Attended),
                People = g.Sum(o => o.People),
            })
            .ToListAsync(ct);
    }

    private static List<SectorReach> Reach(List<SectorReachRow> rows) =>
        rows.Where(r => r.Invited > 0 || r.Attended > 0)
            .OrderBy(r => r.Sector).ThenBy(r => r.SubSector.HasValue).ThenBy(r => r.SubSector)
            .Select(r => new SectorReach(r.Sector, r.SubSector, r.Invited, r.Attended, r.People)).ToList();

    private static async Task<AnnualTotals> TotalsAsync(
        EventHubDbContext db, IQueryable<Invitation> invitations, List<SectorReachRow> reach, int eventsHeld, DateTime from, CancellationToken ct)
    {
        var withoutOrganisation = await invitations.CountAsync(i => i.CheckedInAtUtc != null && i.OrganisationId == null, ct);
        // New: someone of the organisation came this year, and nobody of it ever came before the year began (asked per
        // organisation that came, through the invitations that came for it: an index lookup, not a pass over every check-in).
        var newOrganisations = await invitations
            .Where(i => i.CheckedInAtUtc != null && i.OrganisationId != null)
            .Select(i => i.OrganisationId).Distinct()
            .CountAsync(id => !db.Invitations.Any(p => p.OrganisationId == id && p.CheckedInAtUtc != null && p.CheckedInAtUtc < from), ct);
        var people = reach.Sum(r => r.People);
        return new AnnualTotals(eventsHeld, reach.Sum(r => r.Invited), reach.Sum(r => r.Attended), newOrganisations, people + withoutOrganisation, withoutOrganisation);
    }

    private sealed class SectorReachRow
    {
        public Sector Sector { get; init; }

        public SubSector? SubSector { get; init; }

        /// <summary>Organisations invited (not only walked in).</summary>
        public int Invited { get; init; }

        /// <summary>Organisations of which someone came.</summary>
        public int Attended { get; init; }

        /// <summary>People who came.</summary>
        public int People { get; init; }
    }

    private async Task<ActionCompletion> ActionsAsync(EventHubDbContext db, IQueryable<Event> held, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(EventTime.ToLocal(time.GetUtcNow().UtcDateTime, EventTime.DefaultTimeZoneId));
        var counts = await db.ActionItems
            .Where(a => held.Any(e => e.Id == a.Session.EventId))
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Agreed = g.Count(),
                Done = g.Count(a => a.Status == ActionItemStatus.Done),
                Dropped = g.Count(a => a.Status == ActionItemStatus.Dropped),
                Open = g.Count(a => a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress),
                Overdue = g.Count(a => (a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress) && a.DueOn < today),
            })
            .SingleOrDefaultAsync(ct);
        return counts is null ? new ActionCompletion(0, 0, 0, 0, 0, today) : new ActionCompletion(counts.Agreed, counts.Done, counts.Open, counts.Overdue, counts.Dropped, today);
    }

    /// <summary>
    /// Access needs arranged for the guests with a seat: the totals kept for an event once its guests' needs were
    /// deleted (<see cref="NeedTotal"/>), the guests' own needs for events whose needs are still kept.
    /// </summary>
    private static async Task<IReadOnlyList<NeedCount>> ProvisionsAsync(
        EventHubDbContext db, IQueryable<Event> held, IQueryable<Invitation> invitations, CancellationToken ct)
    {
        var accepted = InvitationStatus.Accepted;
        var kept = await db.NeedTotals
            .Where(t => t.Group == accepted && t.Kind == NeedTotalKind.Need && held.Any(e => e.Id == t.EventId))
            .GroupBy(t => t.Need)
            .Select(g => new { Need = g.Key, Count = g.Sum(t => t.Count) })
            .ToListAsync(ct);
        var live = await invitations
            .Where(i => i.Status == accepted && i.AccessNeeds != AccessNeeds.None && !db.NeedTotals.Any(t => t.EventId == i.EventId))
            .GroupBy(i => i.AccessNeeds)
            .Select(g => new { Needs = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        // Grouped by the combination of needs (a handful of rows), then counted per single need here.
        return Enum.GetValues<AccessNeeds>().Where(n => n != AccessNeeds.None)
            .Select(n => new NeedCount(n, kept.Where(k => k.Need == n).Sum(k => k.Count) + live.Where(l => l.Needs.HasFlag(n)).Sum(l => l.Count)))
            .Where(n => n.Count > 0)
            .ToList();
    }
}
