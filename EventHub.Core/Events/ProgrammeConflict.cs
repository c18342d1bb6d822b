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

    /// <summary>The session has no title, or ends before it starts.</summary>
    Invalid,
}

/// <summary>Something wrong with a session's place in the programme; <paramref name="With"/> names the other party.</summary>
public sealed record ProgrammeConflict(ConflictKind Kind, string? With = null, string? Who = null)
{
    /// <summary>Whether the conflict refuses the save; partners' overlapping choices are theirs to change (<see cref="ConflictKind.ChoicesOverlap"/>).</summary>
    public bool RefusesSave => Kind != ConflictKind.ChoicesOverlap;
}
