using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>
/// Plenaries were once offered as one more session to tick: the choices partners made of them are let go, since a
/// plenary is for everyone who comes (<see cref="SessionPeople"/>) — the answers stay as they were, and those who
/// ticked one are in it as everyone coming is. Run with the start-up's deferred data work and by <c>migrate</c>;
/// idempotent (a database without such choices is left as it is).
/// </summary>
public static class PlenaryChoicesUpgrade
{
    /// <summary>Lets go of every choice made of a plenary; returns how many.</summary>
    public static Task<int> RunAsync(IDbContextFactory<EventHubDbContext> dbFactory, CancellationToken ct = default) =>
        dbFactory.WriteAsync((db, token) => Seats.ForgetChoicesOfSessionsForEveryoneAsync(db, sessionId: null, token), ct);
}
