namespace EventHub.Core.Events;

/// <summary>Lifecycle: Draft → Published → Closed → Archived, or Cancelled.</summary>
public enum EventStatus
{
    Draft,
    Published,
    Closed,
    Archived,
    Cancelled,
}
