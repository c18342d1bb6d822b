using EventHub.Core.Actions;
using EventHub.Core.Data;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Outcomes;

/// <summary>One session with what it produced, as read for a synthesis or a public report.</summary>
internal sealed record SessionRecord(Session Session, SessionOutcome? Outcome, IReadOnlyList<ActionItem> Actions)
{
    public IReadOnlyList<string> ThemeNames => Outcome?.Themes.Select(t => t.LocalName).ToList() ?? [];

    public bool HasContent => Actions.Count > 0 || Outcome?.Statements.Count > 0;
}

/// <summary>Reads an event's sessions, records and action items in one go, and groups them by theme.</summary>
internal static class ReportContent
{
    public static async Task<List<SessionRecord>> LoadAsync(EventHubDbContext db, int eventId, CancellationToken ct)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId).ToListAsync(ct);
        var outcomes = await db.SessionOutcomes.AsNoTracking().AsSplitQuery()
            .Include(o => o.Statements).ThenInclude(s => s.NamedOrganisations)
            .Include(o => o.Themes)
            .Include(o => o.SectorMix)
            .Where(o => o.Session.EventId == eventId)
            .ToListAsync(ct);
        var actions = await db.ActionItems.AsNoTracking()
            .Include(a => a.OwnerOrganisation)
            .Where(a => a.Session.EventId == eventId)
            .ToListAsync(ct);
        return sessions
            .OrderBy(s => s.StartUtc).ThenBy(s => s.SortOrder)
            .Select(s => new SessionRecord(
                s,
                outcomes.SingleOrDefault(o => o.SessionId == s.Id),
                actions.Where(a => a.SessionId == s.Id).OrderBy(a => a.DueOn).ThenBy(a => a.Id).ToList()))
            .ToList();
    }

    /// <summary>
    /// Sessions with content by theme, themes alphabetically and "other" (null) last. A session with several themes
    /// counts under each: a reader of one theme sees everything said about it.
    /// </summary>
    public static IReadOnlyList<(string? Theme, IReadOnlyList<SessionRecord> Records)> ByTheme(IEnumerable<SessionRecord> records)
    {
        var withContent = records.Where(r => r.HasContent).ToList();
        var themes = withContent.SelectMany(r => r.ThemeNames).Distinct().Order(StringComparer.CurrentCultureIgnoreCase);
        var groups = themes
            .Select(theme => ((string?)theme, (IReadOnlyList<SessionRecord>)withContent.Where(r => r.ThemeNames.Contains(theme)).ToList()))
            .ToList();
        var other = withContent.Where(r => r.ThemeNames.Count == 0).ToList();
        if (other.Count > 0)
        {
            groups.Add((null, other));
        }

        return groups;
    }

    /// <summary>
    /// Participants by sector: per sector the most counted in any one session, so someone at the plenary and a
    /// round table counts once (a sum over sessions would count them twice). In the sectors' usual order.
    /// </summary>
    public static IReadOnlyList<SectorCount> SectorMix(IEnumerable<SessionRecord> records) =>
        records.Where(r => r.Outcome is not null)
            .SelectMany(r => r.Outcome!.SectorMix)
            .GroupBy(s => s.Sector)
            .OrderBy(g => g.Key)
            .Select(g => new SectorCount(g.Key, g.Max(s => s.Count)))
            .Where(s => s.Count > 0)
            .ToList();

    /// <summary>Organisations named with a statement: only when they agreed to be named.</summary>
    public static IReadOnlyList<string> NamedOrganisations(OutcomeStatement statement) =>
        statement.AgreedToBeNamed
            ? statement.NamedOrganisations.Select(o => o.Name).Order(StringComparer.CurrentCultureIgnoreCase).ToList()
            : [];

    public static IReadOnlyList<SessionGap> MissingFinal(IEnumerable<SessionRecord> records) =>
        records.Where(r => EventReports.NeedsRecord(r.Session.Kind) && r.Outcome?.Status != OutcomeStatus.Final)
            .Select(r => new SessionGap(r.Session.Id, r.Session.Title, r.Session.StartUtc, r.Outcome is not null))
            .ToList();
}
