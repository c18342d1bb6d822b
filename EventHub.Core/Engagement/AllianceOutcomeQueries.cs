using EventHub.Core.Actions;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Engagement;

internal static partial class AllianceQueries
{
    public static async Task<IReadOnlyList<ThemeCount>> ThemesAsync(EventHubDbContext db, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        // Counted per event start in the database (a few rows per event), then put on the start's month where the
        // alliance is: SQL knows no time zones, and an evening start on the 1st belongs to that month, not the one before.
        var byEventStart = await db.Events.Where(e => e.StartUtc >= fromUtc && e.StartUtc < toUtc && e.Status != EventStatus.Cancelled)
            .SelectMany(e => e.Themes, (e, t) => new { e.StartUtc, ThemeId = t.Id })
            .GroupBy(x => new { x.StartUtc, x.ThemeId })
            .Select(g => new { g.Key.StartUtc, g.Key.ThemeId, Count = g.Count() })
            .ToListAsync(ct);
        var bySessionStart = await db.SessionOutcomes
            .Where(o => o.Session.Event.StartUtc >= fromUtc && o.Session.Event.StartUtc < toUtc && o.Session.Event.Status != EventStatus.Cancelled)
            .SelectMany(o => o.Themes, (o, t) => new { o.Session.Event.StartUtc, ThemeId = t.Id })
            .GroupBy(x => new { x.StartUtc, x.ThemeId })
            .Select(g => new { g.Key.StartUtc, g.Key.ThemeId, Count = g.Count() })
            .ToListAsync(ct);
        var byEvent = byEventStart.GroupBy(x => (Month: LocalMonth(x.StartUtc), x.ThemeId)).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var bySession = bySessionStart.GroupBy(x => (Month: LocalMonth(x.StartUtc), x.ThemeId)).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        var ids = byEvent.Keys.Concat(bySession.Keys).Select(k => k.ThemeId).Distinct().ToList();
        var names = await db.Themes.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => (t.Name, t.DutchName), ct);
        return byEvent.Keys.Union(bySession.Keys)
            .Select(key => new ThemeCount(key.Month, key.ThemeId, names[key.ThemeId].Name, names[key.ThemeId].DutchName,
                byEvent.GetValueOrDefault(key), bySession.GetValueOrDefault(key)))
            .OrderBy(t => t.Month).ThenBy(t => t.Name)
            .ToList();
    }

    /// <summary>
    /// The counts per owner sector are one GROUP BY. The median cannot be (SQLite has no MEDIAN): the second query projects
    /// only two instants per done item (created, and when it was last marked done), no entities, and the median is taken
    /// of those durations in memory.
    /// </summary>
    public static async Task<(IReadOnlyList<ActionFigures> BySector, double? Median)> ActionsAsync(
        EventHubDbContext db, DateTime fromUtc, DateTime toUtc, DateOnly today, CancellationToken ct)
    {
        // Counted by the event they were agreed at, as the annual report counts them, not by when they were typed in.
        var created = db.ActionItems.Where(a => a.Session.Event.StartUtc >= fromUtc && a.Session.Event.StartUtc < toUtc
                                                && a.Session.Event.Status != EventStatus.Cancelled);
        var counts = await created.GroupBy(a => a.OwnerOrganisation.Sector)
            .Select(g => new
            {
                Sector = g.Key,
                Created = g.Count(),
                Done = g.Sum(a => a.Status == ActionItemStatus.Done ? 1 : 0),
                Overdue = g.Sum(a => (a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress) && a.DueOn < today ? 1 : 0),
            })
            .ToListAsync(ct);
        var durations = await created.Where(a => a.Status == ActionItemStatus.Done)
            .Select(a => new
            {
                a.OwnerOrganisation.Sector,
                a.CreatedAtUtc,
                DoneAtUtc = a.Updates.Where(u => u.Status == ActionItemStatus.Done).Max(u => (DateTime?)u.AtUtc),
            })
            .ToListAsync(ct);
        var days = durations.Where(d => d.DoneAtUtc is not null)
            .Select(d => (d.Sector, Days: Math.Max(0, (d.DoneAtUtc!.Value - d.CreatedAtUtc).TotalDays)))
            .ToList();
        var bySector = counts
            .Select(c => new ActionFigures(c.Sector, c.Created, c.Done, c.Overdue, Median(days.Where(d => d.Sector == c.Sector).Select(d => d.Days))))
            .OrderBy(f => f.Sector)
            .ToList();
        return (bySector, Median(days.Select(d => d.Days)));
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count), in days rounded to one decimal; null for none.</summary>
    internal static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.Round(median, 1);
    }

    public static async Task<IReadOnlyList<EventOutsideTargets>> EventsOutsideAsync(
        EventHubDbContext db, DateTime fromUtc, DateTime toUtc, IReadOnlyList<EventSectorTally> tally, DateTime nowUtc, SectorTargets targets, CancellationToken ct)
    {
        var events = await db.Events.Where(e => e.StartUtc >= fromUtc && e.StartUtc < toUtc && e.Status != EventStatus.Cancelled)
            .Select(e => new { e.Id, e.Title, e.StartUtc, e.EndUtc, e.TimeZoneId, e.SectorBalanceThreshold })
            .ToListAsync(ct);
        var byEvent = tally.ToLookup(t => t.EventId);
        var outside = new List<EventOutsideTargets>();
        foreach (var e in events.OrderBy(e => e.StartUtc))
        {
            var balance = byEvent[e.Id].GroupBy(t => t.Sector)
                .Select(g => new SectorCount(g.Key, 0, g.Sum(t => t.Accepted), 0, g.Sum(t => t.Attended)))
                .ToList();
            var atAccepted = SectorBalance.Warning(balance, e.SectorBalanceThreshold, targets, BalanceStage.Accepted);
            var atAttended = e.StartUtc <= nowUtc ? SectorBalance.Warning(balance, e.SectorBalanceThreshold, targets, BalanceStage.Attended) : null;
            if (atAccepted is null && atAttended is null)
            {
                continue;
            }

            var accepted = balance.Sum(b => b.Accepted);
            var attended = balance.Sum(b => b.Attended);
            var shares = SectorTaxonomy.Sectors.Select(s => new SectorShareAt(s,
                    accepted == 0 ? 0 : Math.Round(100.0 * balance.Where(b => b.Sector == s).Sum(b => b.Accepted) / accepted, 1),
                    attended == 0 ? 0 : Math.Round(100.0 * balance.Where(b => b.Sector == s).Sum(b => b.Attended) / attended, 1)))
                .ToList();
            outside.Add(new EventOutsideTargets(e.Id, e.Title, e.StartUtc, e.EndUtc, e.TimeZoneId, atAccepted, atAttended, shares));
        }

        return outside;
    }
}
