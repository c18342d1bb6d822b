using EventHub.Core.Data;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Door;

/// <summary>The people checked in at a session's own door (see <see cref="SessionUse"/>).</summary>
internal sealed class SessionDoorUse : ISessionUseSource
{
    public async Task<SessionUse> OfAsync(EventHubDbContext db, int sessionId, CancellationToken ct) =>
        new(LetIn: await db.SessionAttendances.CountAsync(a => a.SessionId == sessionId, ct));
}
