namespace EventHub.Core.Events;

public enum ConflictKind
{
    /// <summary>The session starts before or ends after the event.</summary>
    OutsideEvent,

    /// <summary>Another session of the event uses the same room at an overlapping time.</summary>
    RoomTaken,

    /// <summary>A facilitator chairs another session at an overlapping time (in any event).</summary>
    FacilitatorBusy,

    /// <summary>The room is not one of the event venue's rooms.</summary>
    RoomNotAtVenue,

    /// <summary>The session holds more people than the event.</summary>
    CapacityAboveEvent,

    /// <summary>The session holds more people than its room.</summary>
    CapacityAboveRoom,

    /// <summary>
    /// Partners who chose this session also chose another at the time it would move to (<c>Who</c>: how many). Shown, but
    /// the move is saved: those partners are told and change their choice on their RSVP page, which lets them.
    /// </summary>
    ChoicesOverlap,

    /// <summary>
    /// More people chose the session than it would hold (<c>Who</c>: how many chose it; <c>Places</c>: what it holds;
    /// <c>With</c>: the room, when its places follow the room). Shown, but saved: nobody who chose it is dropped, and
    /// nobody more gets in until enough have left.
    /// </summary>
    ChosenAboveCapacity,

    /// <summary>
    /// A plenary (for everyone who comes) holds fewer than the event (<c>Places</c>: what it holds; <c>Who</c>: the event's
    /// places; <c>With</c>: the room, when its places follow the room). Shown, but saved: the room may be all there is,
    /// but organisers should know that once the event fills up, not everyone told "you are coming" fits in.
    /// </summary>
    PlenaryBelowEvent,

    /// <summary>
    /// More people are coming than a plenary holds (<c>Who</c>: how many are coming, all of whom are at a plenary;
    /// <c>Places</c>: what it holds; <c>With</c>: the room, when its places follow the room). Shown, but saved, as
    /// <see cref="ChosenAboveCapacity"/>.
    /// </summary>
    ComingAbovePlenary,

    /// <summary>
    /// A workshop or round table at the same time as a plenary (<c>With</c>: the plenary). Shown, but saved: everyone coming
    /// is expected at the plenary, so the workshop has no audience — unless the organiser means it so (a side session).
    /// </summary>
    DuringPlenary,

    /// <summary>A plenary at the same time as a workshop or round table (<c>With</c>: that session), as <see cref="DuringPlenary"/> seen from the plenary.</summary>
    PlenaryDuringSession,

    /// <summary>
    /// A plenary at the same time as another plenary (<c>With</c>: the other one). Shown, but saved: everyone coming is
    /// expected at both, which nobody can be.
    /// </summary>
    PlenaryDuringPlenary,

    /// <summary>The session has no title, or ends before it starts.</summary>
    Invalid,
}

/// <summary>Something wrong with a session's place in the programme; <paramref name="With"/> names the other party.</summary>
public sealed record ProgrammeConflict(ConflictKind Kind, string? With = null, string? Who = null, int? Places = null)
{
    /// <summary>
    /// Whether the conflict refuses the save. Partners' overlapping choices are theirs to change
    /// (<see cref="ConflictKind.ChoicesOverlap"/>), and people who chose a session that now holds fewer keep their place
    /// (<see cref="ConflictKind.ChosenAboveCapacity"/>): refusing would only leave the session where it cannot stay. A
    /// plenary smaller than the event or than those coming (<see cref="ConflictKind.PlenaryBelowEvent"/>,
    /// <see cref="ConflictKind.ComingAbovePlenary"/>) is a warning, and so is a workshop beside a plenary
    /// (<see cref="ConflictKind.DuringPlenary"/>, <see cref="ConflictKind.PlenaryDuringSession"/>) or another plenary
    /// (<see cref="ConflictKind.PlenaryDuringPlenary"/>).
    /// </summary>
    public bool RefusesSave => Kind is not (ConflictKind.ChoicesOverlap or ConflictKind.ChosenAboveCapacity or ConflictKind.PlenaryBelowEvent
        or ConflictKind.ComingAbovePlenary or ConflictKind.DuringPlenary or ConflictKind.PlenaryDuringSession or ConflictKind.PlenaryDuringPlenary);
}
