namespace EventHub.Core.Actions;

/// <summary>Error codes of action-item follow-up; their sentences are in <see cref="Texts.CoreTexts"/> (key <c>Error_Action_*</c>).</summary>
public static class ActionErrors
{
    public const string NotFound = "Action.NotFound";
    public const string Stale = "Action.Stale";
    public const string NothingToRecord = "Action.NothingToRecord";
    public const string NoteTooLong = "Action.NoteTooLong";
    public const string NotAllowed = "Action.NotAllowed";
    public const string NoOwnerContact = "Action.NoOwnerContact";
    public const string UnknownEvent = "Action.UnknownEvent";
}
