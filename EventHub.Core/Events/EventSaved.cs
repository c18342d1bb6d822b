namespace EventHub.Core.Events;

/// <summary>
/// What saving an event's details did to its programme: how many sessions moved along with a new start, and how many
/// now lie outside the event's times (the organiser kept the programme where it was, or shortened the event).
/// </summary>
public sealed record EventSaved(int SessionsMoved, int SessionsOutside);
