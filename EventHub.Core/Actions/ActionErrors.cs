namespace EventHub.Core.Actions;

/// <summary>Error codes of action items and their follow-up; their sentences are in <see cref="Texts.CoreTexts"/> (key <c>Error_Action_*</c>).</summary>
public static class ActionErrors
{
    public const string NotFound = "Action.NotFound";
    public const string Stale = "Action.Stale";
    public const string NothingToRecord = "Action.NothingToRecord";
    public const string NoteTooLong = "Action.NoteTooLong";
    public const string NotAllowed = "Action.NotAllowed";
    public const string NoOwnerContact = "Action.NoOwnerContact";
    public const string UnknownEvent = "Action.UnknownEvent";

    // Writing a session's items on the capture screen.
    public const string SessionNotFound = "Action.SessionNotFound";
    public const string NotYourSession = "Action.NotYourSession";
    public const string Gone = "Action.Gone";
    public const string Conflict = "Action.Conflict";
    public const string WhatRequired = "Action.WhatRequired";
    public const string WhatTooLong = "Action.WhatTooLong";
    public const string UnknownOrganisation = "Action.UnknownOrganisation";
    public const string ContactNotOfOwner = "Action.ContactNotOfOwner";
    public const string ContactGone = "Action.ContactGone";
}
