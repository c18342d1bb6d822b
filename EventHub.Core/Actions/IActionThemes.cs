using System.Linq.Expressions;
using EventHub.Core.Data;

namespace EventHub.Core.Actions;

/// <summary>
/// The themes of an action item come from what its session recorded, which the outcomes feature owns; declared here so
/// that Actions does not depend on Outcomes (which implements it).
/// </summary>
public interface IActionThemes
{
    /// <summary>Items with at least one of <paramref name="themeIds"/>, as a query the database runs.</summary>
    Expression<Func<ActionItem, bool>> AnyOf(EventHubDbContext db, IReadOnlyCollection<int> themeIds);

    /// <summary>The themes recorded for a session; none while it has no record.</summary>
    Task<IReadOnlyList<int>> OfSessionAsync(EventHubDbContext db, int sessionId, CancellationToken ct);
}
