using EventHub.Core.Texts;

namespace EventHub.Core.Invitations;

/// <summary>
/// The emails partners get about an invitation, in their own language (texts <c>InvitationEmail_*</c> in
/// <see cref="PartnerTexts"/>). Each says what is true for the person's answer: only someone who has not answered is
/// asked to answer before the deadline; someone with a seat gets their sessions and their check-in code.
/// By purpose: the invitation and what brings its link again (<c>InvitationEmails.Invite.cs</c>), answers and seats
/// (<c>.Seats.cs</c>), notices of a change or an end (<c>.Notices.cs</c>), and the parts every one of them is made of
/// (<c>.Frame.cs</c>, <c>.Programme.cs</c>).
/// </summary>
public static partial class InvitationEmails
{
    public const string InvitationKind = "invitation";
    public const string AnswerKind = "answer";
    public const string PromotionKind = "promotion";
    public const string CancellationKind = "cancellation";
    public const string ChangeKind = "change";
    public const string ReminderKind = "reminder";
    public const string NominationKind = "nomination";

    /// <summary>A new personal link the partner asked for (<see cref="LostLinkService"/>).</summary>
    public const string NewLinkKind = "new-link";

    /// <summary>The content id of the check-in QR code shown inside a confirmation.</summary>
    public const string CheckInImageId = "check-in-code";
}
