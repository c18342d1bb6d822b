using EventHub.Core.Common;
using EventHub.Core.Venues;

namespace EventHub.Core.Events;

/// <summary>A meeting day or evening of the alliance. Instants are UTC; <see cref="TimeZoneId"/> is how people see them.</summary>
public class Event
{
    public const int TitleMaxLength = 200;

    private readonly List<Session> _sessions = [];

    private Event()
    {
    }

    public Event(string title, DateTime startUtc, DateTime endUtc, string timeZoneId = EventTime.DefaultTimeZoneId)
    {
        Retitle(title);
        Reschedule(startUtc, endUtc, timeZoneId);
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public DateTime StartUtc { get; private set; }
    public DateTime EndUtc { get; private set; }
    public string TimeZoneId { get; private set; } = EventTime.DefaultTimeZoneId;
    public int? VenueId { get; private set; }
    public Venue? Venue { get; private set; }
    public string? OnlineUrl { get; private set; }
    public int? Capacity { get; private set; }
    public DateTime? RsvpDeadlineUtc { get; private set; }
    public EventStatus Status { get; private set; } = EventStatus.Draft;
    public string? CancellationReason { get; private set; }
    public IReadOnlyList<Session> Sessions => _sessions;

    public DateTime LocalStart => EventTime.ToLocal(StartUtc, TimeZoneId);
    public DateTime LocalEnd => EventTime.ToLocal(EndUtc, TimeZoneId);

    public void Retitle(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title.Trim();
    }

    public void Describe(string? description) =>
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();

    public void Reschedule(DateTime startUtc, DateTime endUtc, string timeZoneId)
    {
        if (endUtc <= startUtc)
        {
            throw new ArgumentException("An event ends after it starts.", nameof(endUtc));
        }

        if (!EventTime.IsKnownZone(timeZoneId))
        {
            throw new ArgumentException($"Unknown time zone '{timeZoneId}'.", nameof(timeZoneId));
        }

        StartUtc = startUtc;
        EndUtc = endUtc;
        TimeZoneId = timeZoneId;
    }

    public void HoldAt(Venue? venue, string? onlineUrl)
    {
        Venue = venue;
        VenueId = venue?.Id;
        OnlineUrl = string.IsNullOrWhiteSpace(onlineUrl) ? null : onlineUrl.Trim();
    }

    public void Limit(int? capacity, DateTime? rsvpDeadlineUtc)
    {
        if (capacity is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), "An event has room for at least one person.");
        }

        if (rsvpDeadlineUtc is { } deadline && deadline >= StartUtc)
        {
            throw new ArgumentException("The RSVP deadline is before the event starts.", nameof(rsvpDeadlineUtc));
        }

        Capacity = capacity;
        RsvpDeadlineUtc = rsvpDeadlineUtc;
    }

    public Session AddSession(string title, SessionKind kind, DateTime startUtc, DateTime endUtc, Room? room = null, int? capacity = null)
    {
        var session = new Session(this, title, kind, startUtc, endUtc, room, capacity, _sessions.Count);
        _sessions.Add(session);
        return session;
    }

    public bool CanMoveTo(EventStatus next) => (Status, next) switch
    {
        (EventStatus.Draft, EventStatus.Published) => true,
        (EventStatus.Published, EventStatus.Closed) => true,
        (EventStatus.Closed, EventStatus.Archived) => true,
        (EventStatus.Draft or EventStatus.Published, EventStatus.Cancelled) => true,
        _ => false,
    };

    public Result Publish() => MoveTo(EventStatus.Published);

    public Result Close() => MoveTo(EventStatus.Closed);

    public Result Archive() => MoveTo(EventStatus.Archived);

    public Result Cancel(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure(EventErrors.CancellationReasonRequired);
        }

        var moved = MoveTo(EventStatus.Cancelled);
        if (moved.Succeeded)
        {
            CancellationReason = reason.Trim();
        }

        return moved;
    }

    private Result MoveTo(EventStatus next)
    {
        if (!CanMoveTo(next))
        {
            return Result.Failure(EventErrors.InvalidTransition, $"{Status} → {next}");
        }

        Status = next;
        return Result.Success();
    }
}
