using EventHub.Core.Data;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>The partners who chose a session, registered or on its waiting list (see <see cref="SessionUse"/>).</summary>
internal sealed class ChosenSessions : ISessionUseSource
{
    public async Task<SessionUse> OfAsync(EventHubDbContext db, int sessionId, CancellationToken ct) =>
        new(Chosen: await db.SessionChoices.CountAsync(c => c.SessionId == sessionId, ct));
}
