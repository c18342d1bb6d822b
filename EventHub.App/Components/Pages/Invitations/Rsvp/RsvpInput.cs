using EventHub.Core.Invitations;

namespace EventHub.App.Components.Pages.Invitations.Rsvp;

/// <summary>What the RSVP form posts. Plain HTML inputs name these properties (<c>Form.Answer</c>, <c>Form.SessionIds</c>…).</summary>
public sealed class RsvpInput
{
    private List<int> _sessionIds = [];
    private List<AccessNeeds> _needs = [];

    public InvitationStatus? Answer { get; set; }
    public DeclineReason? DeclineReason { get; set; }
    public string? DeclineNote { get; set; }
    // Form mapping sets a list to null when no box in the group was ticked.
    public List<int> SessionIds { get => _sessionIds; set => _sessionIds = value ?? []; }
    public List<AccessNeeds> Needs { get => _needs; set => _needs = value ?? []; }
    public string? InterpretationLanguage { get; set; }
    public string? OtherNeeds { get; set; }
    public string? DietaryNeeds { get; set; }
    public bool PrivacyAccepted { get; set; }

    /// <summary>The version of the privacy notice the page showed, so a tick counts only for that one.</summary>
    public string? PrivacyNoticeVersion { get; set; }

    /// <summary>The form as the invitee left it last time, so changing one thing does not mean typing everything again.</summary>
    public static RsvpInput From(RsvpView view) => From(view.Invitation, view.Notice.Version);

    public static RsvpInput From(Invitation invitation, string currentNoticeVersion) => new()
    {
        Answer = invitation.Status switch
        {
            InvitationStatus.Accepted or InvitationStatus.Waitlisted => InvitationStatus.Accepted,
            InvitationStatus.Tentative or InvitationStatus.Declined => invitation.Status,
            _ => null,
        },
        DeclineReason = invitation.DeclineReason,
        DeclineNote = invitation.DeclineNote,
        SessionIds = invitation.Choices.Select(c => c.SessionId).ToList(),
        Needs = Enum.GetValues<AccessNeeds>().Where(n => n != AccessNeeds.None && invitation.AccessNeeds.HasFlag(n)).ToList(),
        InterpretationLanguage = invitation.InterpretationLanguage,
        OtherNeeds = invitation.OtherNeeds,
        DietaryNeeds = invitation.DietaryNeeds,
        PrivacyAccepted = invitation.PrivacyNoticeVersion == currentNoticeVersion,
        PrivacyNoticeVersion = currentNoticeVersion,
    };

    public RsvpAnswer ToAnswer() => new(
        Answer ?? InvitationStatus.Invited,
        SessionIds.Distinct().ToList(),
        Needs.Aggregate(AccessNeeds.None, (all, need) => all | need),
        InterpretationLanguage,
        OtherNeeds,
        DietaryNeeds,
        PrivacyAccepted,
        DeclineReason,
        DeclineNote,
        PrivacyNoticeVersion);
}
