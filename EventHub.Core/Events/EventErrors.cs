namespace EventHub.Core.Events;

/// <summary>Error codes of the events feature; the UI translates them.</summary>
public static class EventErrors
{
    public const string InvalidTransition = "Event.InvalidTransition";
    public const string CancellationReasonRequired = "Event.CancellationReasonRequired";
}
