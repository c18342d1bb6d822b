using System.Globalization;
using System.Collections.Concurrent;
using System.Threading.Channels;
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
/// queue fifty reloads. In-process by itself; on PostgreSQL <see cref="PostgresLiveUpdates"/> carries every publish to
/// the other instances (LISTEN/NOTIFY) and hands what they publish to <see cref="DeliverFromOtherInstance"/>. This
/// instance's own screens are signalled here at once, never again by the echo of its own notification.
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

    /// <summary>What this instance's subscribers were signalled of, told synchronously: lets a test count deliveries.</summary>
    internal event Action<IReadOnlyCollection<int>>? Delivered;

    private Channel<int[]>? _toOtherInstances;

    /// <summary>Changes to these events are committed. Returns at once; screens refresh in the background.</summary>
    public void Publish(IReadOnlyCollection<int> eventIds)
    {
        Published?.Invoke(eventIds);
        Deliver(eventIds);
        // Unbounded and never waited on: the writer (a partner's answer) does not wait for the other instances.
        _toOtherInstances?.Writer.TryWrite(eventIds.ToArray());
    }

    /// <summary>
    /// From now on every publish is also queued for the other instances; the transport reads them from the returned
    /// reader. Called once, by the transport, when it starts.
    /// </summary>
    public ChannelReader<int[]> RelayToOtherInstances()
    {
        _toOtherInstances ??= Channel.CreateUnbounded<int[]>(new UnboundedChannelOptions { SingleReader = true });
        return _toOtherInstances.Reader;
    }

    /// <summary>Another instance committed changes to these events: this instance's screens refresh.</summary>
    public void DeliverFromOtherInstance(IReadOnlyCollection<int> eventIds) => Deliver(eventIds);

    /// <summary>The events that open screens of this instance follow.</summary>
    internal IReadOnlyCollection<int> SubscribedEventIds() => _subscribers.Values.Select(s => s.EventId).Distinct().ToList();

    /// <summary>Signals this instance's subscribers of the events.</summary>
    private void Deliver(IReadOnlyCollection<int> eventIds)
    {
        Delivered?.Invoke(eventIds);
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
