using EventHub.Core.Data;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Actions;

/// <summary>The action items agreed in a session (see <see cref="SessionUse"/>).</summary>
internal sealed class SessionActionUse : ISessionUseSource
{
    public async Task<SessionUse> OfAsync(EventHubDbContext db, int sessionId, CancellationToken ct) =>
        new(ActionItemCount: await db.ActionItems.CountAsync(a => a.SessionId == sessionId, ct));
}
