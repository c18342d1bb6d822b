namespace EventHub.Core.Events;

/// <summary>
/// What an organiser fills in for a session. Times are wall-clock times in the event's time zone. An edit states the
/// session as its form was opened (<see cref="Session.EditedState"/>) in <paramref name="StartedFrom"/>.
/// </summary>
public sealed record SessionInput(
    string Title,
    SessionKind Kind,
    DateTime LocalStart,
    DateTime LocalEnd,
    int? RoomId = null,
    int? Capacity = null,
    string? Description = null,
    IReadOnlyList<string>? FacilitatorIds = null,
    string? StartedFrom = null)
{
    public IReadOnlyList<string> Facilitators => FacilitatorIds ?? [];
}
