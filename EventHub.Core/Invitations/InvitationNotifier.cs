using System.Globalization;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EventHub.Core.Invitations;

/// <summary>
/// Tells open screens (the invite list, the check-in desk) that an event's invitations, seats or check-ins changed,
/// so they update without polling. The write path publishes through <see cref="Publish"/> after its transaction
/// committed (<see cref="InvitationChangeInterceptor"/>); nobody else needs to call it.
/// </summary>
/// <remarks>
/// Publishing never waits for a screen: each subscriber refreshes on the thread pool, so a partner's answer is not
/// held up by the organisers' dashboards. A subscriber signalled again while it is still refreshing refreshes once
/// more afterwards (one refresh answers any number of changes), so a bulk action of fifty transactions does not
/// queue fifty reloads. In-process: one app instance, or sticky sessions per event when scaled out; a transport
/// across instances (PostgreSQL LISTEN/NOTIFY) would send from <see cref="Publish"/> and hand what it hears to
/// <c>Deliver</c>.
/// </remarks>
public sealed class InvitationNotifier(ILogger<InvitationNotifier> logger)
{
    private readonly ConcurrentDictionary<Guid, Subscriber> _subscribers = new();

    public IDisposable Subscribe(int eventId, Func<Task> callback)
    {
        var id = Guid.NewGuid();
        _subscribers[id] = new Subscriber(eventId, callback, CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, logger);
        return new Subscription(() => _subscribers.TryRemove(id, out _));
    }

    /// <summary>
    /// What was published, told synchronously with the commit: lets a test prove that a rolled-back write published
    /// nothing, which waiting for a subscriber cannot.
    /// </summary>
    internal event Action<IReadOnlyCollection<int>>? Published;

    /// <summary>Changes to these events are committed. Returns at once; screens refresh in the background.</summary>
    public void Publish(IReadOnlyCollection<int> eventIds)
    {
        Published?.Invoke(eventIds);
        Deliver(eventIds);
    }

    /// <summary>Signals this instance's subscribers of the events.</summary>
    private void Deliver(IReadOnlyCollection<int> eventIds)
    {
        foreach (var subscriber in _subscribers.Values)
        {
            if (eventIds.Contains(subscriber.EventId))
            {
                subscriber.Signal();
            }
        }
    }

    /// <summary>
    /// One open screen. It refreshes in its own language (the one it subscribed in) and with nothing of the writer's
    /// request: a Dutch partner's answer must not turn an English dashboard Dutch, nor hand it the partner's HttpContext.
    /// </summary>
    private sealed class Subscriber(int eventId, Func<Task> callback, CultureInfo culture, CultureInfo uiCulture, ILogger logger)
    {
        // Signals not yet answered by a refresh; the first one starts the refresh loop.
        private int _pending;

        public int EventId { get; } = eventId;

        public void Signal()
        {
            if (Interlocked.Increment(ref _pending) == 1)
            {
                using (ExecutionContext.SuppressFlow())
                {
                    _ = Task.Run(RefreshAsync);
                }
            }
        }

        private async Task RefreshAsync()
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
            int answered;
            do
            {
                // Read before refreshing: a refresh that starts after a signal reflects that signal's change.
                answered = Volatile.Read(ref _pending);
                try
                {
                    await callback();
                }
                catch (Exception ex)
                {
                    // A screen that went away or failed must not stop the others; it is logged, not hidden.
                    logger.LogWarning(ex, "A live-update subscriber of event {EventId} failed", EventId);
                }
            }
            while (Interlocked.Add(ref _pending, -answered) > 0);
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
