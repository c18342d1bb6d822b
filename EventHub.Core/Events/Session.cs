using EventHub.Core.Common;
using System.Linq.Expressions;
using EventHub.Core.Accounts;

namespace EventHub.Core.Events;

/// <summary>A part of an event's programme: a plenary, workshop, round table or break in a room.</summary>
public class Session
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4000;

    /// <summary>
    /// A session for everyone who comes: a plenary. Nobody picks it; everyone with a seat at the event is in it, so its
    /// people are the event's accepted guests (and, at the door, those who came in) — see Invitations' SessionPeople.
    /// </summary>
    public static readonly Expression<Func<Session, bool>> ForEveryone = s => s.Kind == SessionKind.Plenary;

    /// <summary><see cref="ForEveryone"/> for a kind read on its own (a query's projection).</summary>
    public static bool IsForEveryoneKind(SessionKind kind) => kind == SessionKind.Plenary;

    /// <summary>
    /// What an invitee can pick: a workshop or round table — not a break, and not a plenary (<see cref="ForEveryone"/>).
    /// As a query, so the database can filter on it.
    /// </summary>
    public static readonly Expression<Func<Session, bool>> Choosable = s => s.Kind != SessionKind.Break && s.Kind != SessionKind.Plenary;

    private static readonly Func<Session, bool> IsChoosableRule = Choosable.Compile();

    private readonly List<AppUser> _facilitators = [];

    private Session()
    {
    }

    internal Session(Event @event, string title, SessionKind kind, DateTime startUtc, DateTime endUtc, Room? room, int? capacity, int sortOrder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (endUtc <= startUtc)
        {
            throw new ArgumentException("A session ends after it starts.", nameof(endUtc));
        }

        if (capacity is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), "A session has room for at least one person.");
        }

        Event = @event;
        Title = TextNormalizer.OneLine(title);
        KeepSearchKey();
        Kind = kind;
        StartUtc = startUtc;
        EndUtc = endUtc;
        Room = room;
        Capacity = capacity;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public Event Event { get; private set; } = null!;
    public string Title { get; private set; } = "";

    /// <summary>The title folded for search, as <see cref="Event.SearchTitle"/>.</summary>
    public string SearchTitle { get; private set; } = "";

    /// <summary>Sets <see cref="SearchTitle"/> from the title; also for sessions kept from before it.</summary>
    internal void KeepSearchKey() => SearchTitle = TextNormalizer.ForUniqueness(Title);
    public SessionKind Kind { get; private set; }
    public DateTime StartUtc { get; private set; }
    public DateTime EndUtc { get; private set; }
    public int? RoomId { get; private set; }
    public Room? Room { get; private set; }
    public int? Capacity { get; private set; }
    public string? Description { get; private set; }
    public int SortOrder { get; private set; }

    /// <summary>Places held by registered invitees; changed only by a conditional UPDATE in one transaction.</summary>
    public int SeatsTaken { get; private set; }

    /// <summary>Whether an invitee can pick this session (see <see cref="Choosable"/>).</summary>
    public bool IsChoosable => IsChoosableRule(this);

    /// <summary>Whether everyone who comes is in this session without picking it (see <see cref="ForEveryone"/>).</summary>
    public bool IsForEveryone => IsForEveryoneKind(Kind);

    /// <summary>Every place is taken: choosing it now puts someone on its waiting list.</summary>
    public bool IsFull => Capacity is { } capacity && SeatsTaken >= capacity;

    /// <summary>The session has begun: only from then on can its record be final.</summary>
    public bool HasStarted(DateTime nowUtc) => nowUtc >= StartUtc;

    /// <summary>
    /// The capacity a session takes when the organiser leaves it empty: what its room holds, never more than the event.
    /// A stored capacity equal to this follows the room: moved to another room, the session takes that room's.
    /// </summary>
    public static int? CapacityIn(Room? room, int? eventCapacity) => (room?.Capacity, eventCapacity) switch
    {
        (null, var e) => e,
        (var r, null) => r,
        (int r, int e) => Math.Min(r, e),
    };

    /// <summary>Whether the capacity is the one its room and event give (<see cref="CapacityIn"/>), not one typed for it.</summary>
    public bool CapacityFollowsRoom(int? eventCapacity) => Capacity == CapacityIn(Room, eventCapacity);

    /// <summary>The people who chair this session and record its outcome.</summary>
    public IReadOnlyList<AppUser> Facilitators => _facilitators;

    /// <summary>
    /// Everything the session dialog edits, as one value: a form states the one it was opened with, and a save over a
    /// different one (another organiser saved meanwhile) is refused instead of putting back their time, room or places.
    /// Places taken are left out: partners change those all the time, and the save checks them anyway.
    /// </summary>
    public string EditedState => string.Join('\u001f',
        Title, Kind, StartUtc.Ticks, EndUtc.Ticks, RoomId, Capacity, Description, string.Join(',', _facilitators.Select(f => f.Id).Order(StringComparer.Ordinal)));

    public void Plan(string title, SessionKind kind, DateTime startUtc, DateTime endUtc, Room? room, int? capacity, string? description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (endUtc <= startUtc)
        {
            throw new ArgumentException("A session ends after it starts.", nameof(endUtc));
        }

        if (capacity is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), "A session has room for at least one person.");
        }

        Title = TextNormalizer.OneLine(title);
        KeepSearchKey();
        Kind = kind;
        StartUtc = startUtc;
        EndUtc = endUtc;
        Room = room;
        RoomId = room?.Id;
        Capacity = capacity;
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }

    public void AssignFacilitators(IEnumerable<AppUser> facilitators)
    {
        var wanted = facilitators.DistinctBy(f => f.Id).ToList();
        _facilitators.RemoveAll(f => wanted.All(w => w.Id != f.Id));
        _facilitators.AddRange(wanted.Where(w => _facilitators.All(f => f.Id != w.Id)));
    }

    /// <summary>Whether the session lies within the times from <paramref name="startUtc"/> to <paramref name="endUtc"/>.</summary>
    public bool FitsWithin(DateTime startUtc, DateTime endUtc) => StartUtc >= startUtc && EndUtc <= endUtc;

    /// <summary>New times only, as when the whole programme moves with its event (<see cref="Event.Move"/>).</summary>
    internal void Reschedule(DateTime startUtc, DateTime endUtc)
    {
        if (endUtc <= startUtc)
        {
            throw new ArgumentException("A session ends after it starts.", nameof(endUtc));
        }

        StartUtc = startUtc;
        EndUtc = endUtc;
    }

    /// <summary>Whether this session and <paramref name="other"/> overlap in time; back-to-back does not count.</summary>
    public bool Overlaps(Session other) => StartUtc < other.EndUtc && other.StartUtc < EndUtc;

    internal void Order(int sortOrder) => SortOrder = sortOrder;
}
