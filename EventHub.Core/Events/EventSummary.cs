namespace EventHub.Core.Events;

/// <summary>An event as lists show it: when (UTC plus the zone to show it in), where, and how answers stand.</summary>
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
    int? Capacity,
    ResponseCounts Responses);

/// <summary>How invitees have answered. All zero until invitations exist for the event.</summary>
public sealed record ResponseCounts(int Accepted, int Tentative, int Declined, int Awaiting, int Waitlisted = 0)
{
    public static ResponseCounts None { get; } = new(0, 0, 0, 0);

    public int Total => Accepted + Tentative + Declined + Awaiting + Waitlisted;

    /// <summary>The answers among invitations counted per status (not sent, cancelled and substituted left out).</summary>
    public static ResponseCounts From(IReadOnlyDictionary<Invitations.InvitationStatus, int> perStatus)
    {
        int Count(Invitations.InvitationStatus status) => perStatus.GetValueOrDefault(status);
        return new ResponseCounts(Count(Invitations.InvitationStatus.Accepted), Count(Invitations.InvitationStatus.Tentative),
            Count(Invitations.InvitationStatus.Declined), Count(Invitations.InvitationStatus.Invited), Count(Invitations.InvitationStatus.Waitlisted));
    }
}
