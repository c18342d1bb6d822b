namespace EventHub.Core.Invitations;

/// <summary>How invitees have answered. All zero until invitations exist for the event.</summary>
public sealed record ResponseCounts(int Accepted, int Tentative, int Declined, int Awaiting, int Waitlisted = 0)
{
    public static ResponseCounts None { get; } = new(0, 0, 0, 0);

    public int Total => Accepted + Tentative + Declined + Awaiting + Waitlisted;

    /// <summary>The answers among invitations counted per status (not sent, cancelled and substituted left out).</summary>
    public static ResponseCounts From(IReadOnlyDictionary<InvitationStatus, int> perStatus)
    {
        int Count(InvitationStatus status) => perStatus.GetValueOrDefault(status);
        return new ResponseCounts(Count(InvitationStatus.Accepted), Count(InvitationStatus.Tentative),
            Count(InvitationStatus.Declined), Count(InvitationStatus.Invited), Count(InvitationStatus.Waitlisted));
    }
}
