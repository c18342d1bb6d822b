namespace EventHub.Core.Invitations;

/// <summary>Error codes of invitations and answers; their sentences are in <see cref="Texts.CoreTexts"/> (key <c>Error_Invitation_*</c>).</summary>
public static class InvitationErrors
{
    public const string NotFound = "Invitation.NotFound";
    public const string DeadlinePassed = "Invitation.DeadlinePassed";
    public const string EventNotOpen = "Invitation.EventNotOpen";

    /// <summary>An organiser's resend, reminder or withdrawal for an event that was cancelled or is over: no email goes out.</summary>
    public const string EventOver = "Invitation.EventOver";
    public const string AlreadyCameIn = "Invitation.AlreadyCameIn";
    public const string PrivacyNoticeRequired = "Invitation.PrivacyNoticeRequired";
    public const string OverlappingSessions = "Invitation.OverlappingSessions";
    public const string UnknownSession = "Invitation.UnknownSession";
    public const string NotAnAnswer = "Invitation.NotAnAnswer";
    public const string ColleagueIsYou = "Invitation.ColleagueIsYou";
    public const string ColleagueAlreadyInvited = "Invitation.ColleagueAlreadyInvited";
    public const string AlreadyAnswered = "Invitation.AlreadyAnswered";
    public const string DelegateSeatsFull = "Invitation.DelegateSeatsFull";
    public const string MessageTooLong = "Invitation.MessageTooLong";
    public const string InterpretationLanguageTooLong = "Invitation.InterpretationLanguageTooLong";
    public const string InterpretationLanguageRequired = "Invitation.InterpretationLanguageRequired";

    /// <summary>"Something else" ticked among the needs without saying what.</summary>
    public const string OtherNeedsRequired = "Invitation.OtherNeedsRequired";

    /// <summary>A "maybe" with sessions ticked: seats in sessions are only held for those coming.</summary>
    public const string SessionsOnlyWhenComing = "Invitation.SessionsOnlyWhenComing";
    public const string NotAnOrganisationInvitation = "Invitation.NotAnOrganisationInvitation";
    public const string DelegateSeatsOutOfRange = "Invitation.DelegateSeatsOutOfRange";
    public const string UnknownCheckInCode = "Invitation.UnknownCheckInCode";
    public const string CheckInNotPossible = "Invitation.CheckInNotPossible";
    public const string ContactWithoutOrganisation = "Invitation.ContactWithoutOrganisation";

    /// <summary>The person asked not to be invited (GDPR art. 21); organisers see why.</summary>
    public const string DoNotInvite = "Invitation.DoNotInvite";

    /// <summary>The person gave no email address (registered at the door): no invitation or link could reach them.</summary>
    public const string NoEmail = "Invitation.NoEmail";

    /// <summary>An organiser invites again someone whose record was archived since: it is restored in the directory first.</summary>
    public const string ContactArchived = "Invitation.ContactArchived";

    /// <summary>A partner named someone who asked not to be invited; the partner is not told why.</summary>
    public const string ColleagueNotInvitable = "Invitation.ColleagueNotInvitable";
}
