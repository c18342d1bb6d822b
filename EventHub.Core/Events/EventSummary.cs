namespace EventHub.Core.Events;

/// <summary>An event as lists show it: when (UTC plus the zone to show it in) and where.</summary>
public sealed record EventSummary(
    int Id,
    string Title,
    DateTime StartUtc,
    DateTime EndUtc,
    string TimeZoneId,
    EventStatus Status,
    string? VenueName,
    bool IsOnline,
    int SessionCount,
    int? Capacity);
