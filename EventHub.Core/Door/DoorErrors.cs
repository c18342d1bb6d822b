namespace EventHub.Core.Door;

/// <summary>Why the door refused something; texts under "Error_Door_…" in CoreTexts.</summary>
public static class DoorErrors
{
    public const string NotCheckedIn = "Door.NotCheckedIn";
    public const string UndoTooLate = "Door.UndoTooLate";
    public const string UndoNotYours = "Door.UndoNotYours";
    public const string NameRequired = "Door.NameRequired";
    public const string NameTooLong = "Door.NameTooLong";
    public const string EmailInvalid = "Door.EmailInvalid";
    public const string OrganisationRequired = "Door.OrganisationRequired";
    public const string OrganisationNotFound = "Door.OrganisationNotFound";
    public const string SubSectorMismatch = "Door.SubSectorMismatch";

    /// <summary>The event was ended: its attendance is final and the door changes nothing any more (<see cref="DoorEvents.IsFrozen"/>).</summary>
    public const string EventEnded = "Door.EventEnded";

    /// <summary>The session asked for is not one of this event's.</summary>
    public const string SessionNotFound = "Door.SessionNotFound";
}
