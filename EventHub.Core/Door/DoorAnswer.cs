using EventHub.Core.Directory;
using EventHub.Core.Invitations;

namespace EventHub.Core.Door;

/// <summary>What the door says about a code or a name (pretix's few clear states).</summary>
public enum DoorAnswerKind
{
    /// <summary>Checked in now: accepted, admitted, or a walk-in.</summary>
    CheckedIn,

    /// <summary>Was already checked in (see <see cref="DoorGuest.CheckedInAtUtc"/> and <see cref="DoorGuest.CheckedInBy"/>).</summary>
    AlreadyIn,

    /// <summary>Invited but not expected (waitlisted, maybe, declined, no answer): not checked in; door staff may Admit.</summary>
    NotOnList,

    /// <summary>
    /// At a session's door: not registered for this session (waitlisted for it, see <see cref="DoorAnswer.WaitingForSession"/>,
    /// or did not choose it); door staff may Admit.
    /// </summary>
    NotInSession,

    /// <summary>No guest of this event has the code.</summary>
    Unknown,

    /// <summary>The invitation was cancelled or passed on to a colleague: the code no longer admits anyone.</summary>
    Cancelled,
}

/// <summary>A guest as the door sees them: no email address, no access needs.</summary>
public sealed record DoorGuest(
    int InvitationId,
    string Name,
    string? Organisation,
    Sector? Sector,
    InvitationStatus Status,
    DateTime? CheckedInAtUtc,
    string? CheckedInBy,
    ArrivalKind? Arrival,
    bool MayUndo);

/// <summary>
/// The door's answer to one scan, search pick, admission or walk-in. <see cref="RoomFull"/> warns that the room holds as
/// many people as the event's capacity (or more) after this answer.
/// </summary>
public sealed record DoorAnswer(DoorAnswerKind Kind, DoorGuest? Guest, bool RoomFull = false)
{
    /// <summary>The event's counts right after this answer, when the answer already read them (the desk shows them at once).</summary>
    public ArrivalCounts? Counts { get; init; }

    /// <summary>At a session's door, for someone not registered for it: the sessions at the same time where they do hold a place.</summary>
    public IReadOnlyList<SessionPlace> PlacesElsewhere { get; init; } = [];

    /// <summary>At a session's door, for someone not registered for it: they are on its waiting list (else they did not choose it).</summary>
    public bool WaitingForSession { get; init; }

    public static DoorAnswer Unknown { get; } = new(DoorAnswerKind.Unknown, null);
}
