using System.Linq.Expressions;
using EventHub.Core.Actions;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Outcomes;

/// <summary>
/// The themes of an action item: those of the outcome of the session it came from, or, when that outcome names none
/// (or there is no outcome yet), those of the session's event.
/// </summary>
internal sealed class OutcomeActionThemes : IActionThemes
{
    public Expression<Func<ActionItem, bool>> AnyOf(EventHubDbContext db, IReadOnlyCollection<int> themeIds) =>
        a => db.SessionOutcomes.Any(o => o.SessionId == a.SessionId && o.Themes.Any(t => themeIds.Contains(t.Id)))
            || (!db.SessionOutcomes.Any(o => o.SessionId == a.SessionId && o.Themes.Any())
                && a.Session.Event.Themes.Any(t => themeIds.Contains(t.Id)));

    public async Task<IReadOnlyList<int>> OfSessionAsync(EventHubDbContext db, int sessionId, CancellationToken ct) =>
        await db.SessionOutcomes.Where(o => o.SessionId == sessionId).SelectMany(o => o.Themes.Select(t => t.Id)).ToListAsync(ct);
}
