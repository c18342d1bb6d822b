namespace EventHub.Core.Events;

/// <summary>Error codes of the events feature; the UI translates them.</summary>
public static class EventErrors
{
    public const string InvalidTransition = "Event.InvalidTransition";
    public const string CancellationReasonRequired = "Event.CancellationReasonRequired";
    public const string NoPlace = "Event.NoPlace";
    public const string NoSessions = "Event.NoSessions";
}
