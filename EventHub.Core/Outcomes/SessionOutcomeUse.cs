using EventHub.Core.Data;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Outcomes;

/// <summary>
/// A session's outcome record with anything in it (see <see cref="SessionUse"/>); an empty draft is nothing to keep.
/// </summary>
internal sealed class SessionOutcomeUse : ISessionUseSource
{
    public async Task<SessionUse> OfAsync(EventHubDbContext db, int sessionId, CancellationToken ct) =>
        new(HasRecord: await db.SessionOutcomes.AnyAsync(o => o.SessionId == sessionId
            && (o.Notes != null || o.Statements.Any() || o.Themes.Any() || o.SectorMix.Any() || o.Status == OutcomeStatus.Final), ct));
}
