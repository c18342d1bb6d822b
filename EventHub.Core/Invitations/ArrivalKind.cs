namespace EventHub.Core.Invitations;

/// <summary>How someone came into the room: expected (accepted), admitted at the door though not on the list, or a walk-in.</summary>
public enum ArrivalKind
{
    Expected,
    Admitted,
    WalkIn,
}
