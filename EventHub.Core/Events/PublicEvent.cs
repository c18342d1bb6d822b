using EventHub.Core.Common;

namespace EventHub.Core.Events;

/// <summary>What the public event page shows: nothing that is only for organisers (capacity counts, invitees, emails of facilitators).</summary>
public sealed record PublicEvent(
    int Id,
    string Slug,
    string Title,
    string? DescriptionMarkdown,
    DateTime StartUtc,
    DateTime EndUtc,
    string TimeZoneId,
    EventStatus Status,
    string? CancellationReason,
    PublicVenue? Venue,
    string? OnlineUrl, // only when the organisers chose to show it publicly (see Event.ShowOnlineLinkPublicly)
    IReadOnlyList<PublicRoom> Rooms,
    IReadOnlyList<PublicSession> Sessions,
    string? OrganiserName,
    string? OrganiserEmail,
    IReadOnlyList<string> Themes,
    Language Language = Language.Nl,
    bool IsOnline = false) // held online (too), whether or not the link is public
{
    public bool IsCancelled => Status == EventStatus.Cancelled;
}

public sealed record PublicVenue(string Name, string? Address, AccessibilityFeatures Accessibility);

/// <summary>A room the programme uses, with what it offers beyond the venue as a whole.</summary>
public sealed record PublicRoom(string Name, AccessibilityFeatures Accessibility);

public sealed record PublicSession(
    int Id,
    string Title,
    SessionKind Kind,
    DateTime StartUtc,
    DateTime EndUtc,
    string? RoomName,
    IReadOnlyList<string> Facilitators,
    string? Description);

/// <summary>
/// Which event a page about it names before its own content, when that content is not there (its report's address
/// before the report is published): no more than the head of its public page says.
/// </summary>
public sealed record PublicEventHeading(
    string Slug,
    string Title,
    Language Language,
    DateTime StartUtc,
    DateTime EndUtc,
    string TimeZoneId,
    EventStatus Status,
    string? CancellationReason)
{
    public bool IsCancelled => Status == EventStatus.Cancelled;
}
