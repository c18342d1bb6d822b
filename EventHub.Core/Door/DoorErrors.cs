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

    /// <summary>A desk's request without its page's valid antiforgery token (a forged request, or a page from before signing in again).</summary>
    public const string PageExpired = "Door.PageExpired";

    /// <summary>A desk's request whose body is not what the endpoint reads.</summary>
    public const string NotUnderstood = "Door.NotUnderstood";

    /// <summary>The event was ended: its attendance is final and the door changes nothing any more (<see cref="DoorEvents.IsFrozen"/>).</summary>
    public const string EventEnded = "Door.EventEnded";

    /// <summary>The session asked for is not one of this event's.</summary>
    public const string SessionNotFound = "Door.SessionNotFound";
}
