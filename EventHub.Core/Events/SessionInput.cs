namespace EventHub.Core.Events;

/// <summary>What an organiser fills in for a session. Times are wall-clock times in the event's time zone.</summary>
public sealed record SessionInput(
    string Title,
    SessionKind Kind,
    DateTime LocalStart,
    DateTime LocalEnd,
    int? RoomId = null,
    int? Capacity = null,
    string? Description = null,
    IReadOnlyList<string>? FacilitatorIds = null)
{
    public IReadOnlyList<string> Facilitators => FacilitatorIds ?? [];
}
