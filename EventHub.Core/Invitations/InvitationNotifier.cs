using System.Collections.Concurrent;

namespace EventHub.Core.Invitations;

/// <summary>
/// Tells open organiser screens that an event's invitations changed (an answer came in), so dashboards update
/// live without polling. In-process: one app instance, or sticky sessions per event when scaled out.
/// </summary>
public sealed class InvitationNotifier
{
    private readonly ConcurrentDictionary<Guid, (int EventId, Func<Task> Callback)> _subscribers = new();

    public IDisposable Subscribe(int eventId, Func<Task> callback)
    {
        var id = Guid.NewGuid();
        _subscribers[id] = (eventId, callback);
        return new Subscription(() => _subscribers.TryRemove(id, out _));
    }

    public async Task NotifyAsync(int eventId)
    {
        foreach (var (_, subscriber) in _subscribers.Where(s => s.Value.EventId == eventId))
        {
            try
            {
                await subscriber.Callback();
            }
            catch (Exception)
            {
                // A screen that went away must not stop the answer or the other screens.
            }
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
