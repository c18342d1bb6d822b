using System.Linq.Expressions;
using EventHub.Core.Data;

namespace EventHub.Core.Actions;

/// <summary>
/// The themes of an action item: those of the outcome of the session it came from, or, when that outcome names none
/// (or there is no outcome yet), those of the session's event.
/// </summary>
public static class ActionThemes
{
    /// <summary>Items with at least one of <paramref name="themeIds"/>, as a query the database runs.</summary>
    public static Expression<Func<ActionItem, bool>> AnyOf(EventHubDbContext db, IReadOnlyCollection<int> themeIds) =>
        a => db.SessionOutcomes.Any(o => o.SessionId == a.SessionId && o.Themes.Any(t => themeIds.Contains(t.Id)))
            || (!db.SessionOutcomes.Any(o => o.SessionId == a.SessionId && o.Themes.Any())
                && a.Session.Event.Themes.Any(t => themeIds.Contains(t.Id)));
}
