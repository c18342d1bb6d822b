using EventHub.Core.Data;

namespace EventHub.Core.Events;

/// <summary>
/// What the features built on events (invitations) do when an event changes. Each call runs inside the write
/// transaction of the change, so a raised capacity and the people it seats, or a cancellation and its emails, commit
/// together or not at all. Declared here so that Events does not depend on the features that listen.
/// </summary>
public interface IEventChangeHandler
{
    /// <summary>A published event was saved; its capacity may have grown.</summary>
    Task PublishedEventSavedAsync(EventHubDbContext db, Event @event, DateTime nowUtc, CancellationToken ct);

    /// <summary>A session of the event was saved; its capacity may have grown.</summary>
    Task SessionSavedAsync(EventHubDbContext db, Session session, DateTime nowUtc, CancellationToken ct);

    /// <summary>
    /// The people holding both <paramref name="sessionId"/> and one of <paramref name="overlapping"/> (sessions it would
    /// overlap once moved), by the other session: a partner cannot be in two places at once.
    /// </summary>
    Task<IReadOnlyList<ProgrammeConflict>> ChoicesOverlapAsync(EventHubDbContext db, int sessionId, IReadOnlyList<Session> overlapping, CancellationToken ct);

    /// <summary>A session of a published event got a new time or room (the event's calendar sequence was raised).</summary>
    Task SessionMovedAsync(EventHubDbContext db, Event @event, Session session, DateTime nowUtc, CancellationToken ct);

    /// <summary>Who is in the session now: registered for it, waiting for it, and everyone coming to its event.</summary>
    Task<SessionHolders> HoldersAsync(EventHubDbContext db, Session session, CancellationToken ct);

    /// <summary>
    /// A session of a published event became a plenary or stopped being one (the event's calendar sequence was raised):
    /// the own programme of everyone coming gains or loses it.
    /// </summary>
    Task SessionKindChangedAsync(EventHubDbContext db, Event @event, Session session, DateTime nowUtc, CancellationToken ct);

    /// <summary>A published event got a new date, time or place (already noted on the event).</summary>
    Task EventMovedAsync(EventHubDbContext db, Event @event, DateTime nowUtc, CancellationToken ct);

    /// <summary>The event was cancelled (its reason is on the event).</summary>
    Task EventCancelledAsync(EventHubDbContext db, Event @event, DateTime nowUtc, CancellationToken ct);
}
