using System.Globalization;
using EventHub.Core.Common;

namespace EventHub.Core.Invitations;

/// <summary>
/// What an answer on the invitation page must be before it is taken (<see cref="RsvpService"/>): every problem at once,
/// in the order of the form, so a refused form names all that needs changing rather than one thing per try.
/// </summary>
public static class RsvpRules
{
    /// <summary>
    /// The problems of <paramref name="answer"/>, each a failure with its error code; empty when it can be taken. Needs the
    /// invitation's event with its sessions loaded.
    /// </summary>
    public static IReadOnlyList<Result> Problems(Invitation invitation, RsvpAnswer answer, string currentNoticeVersion)
    {
        // Without a choice between yes, maybe and no nothing else can be judged: a "no" needs no notice and no sessions.
        if (answer.Answer is not (InvitationStatus.Accepted or InvitationStatus.Tentative or InvitationStatus.Declined))
        {
            return [Result.Failure(InvitationErrors.NotAnAnswer)];
        }

        var problems = new List<Result>();
        // Someone who answered under an older notice acknowledges the new one before saving, as the first time.
        if (answer.Answer != InvitationStatus.Declined && invitation.PrivacyNoticeVersion != currentNoticeVersion
            && !(answer.PrivacyAccepted && Acknowledges(answer, currentNoticeVersion)))
        {
            problems.Add(Result.Failure(InvitationErrors.PrivacyNoticeRequired));
        }

        // Someone not coming keeps no needs (Invitation.StateNeeds), so only the others' are held to the field's length.
        if (answer.Answer != InvitationStatus.Declined && answer.Needs.HasFlag(AccessNeeds.Interpretation)
            && answer.InterpretationLanguage?.Trim().Length > Invitation.InterpretationLanguageMaxLength)
        {
            problems.Add(Result.Failure(InvitationErrors.InterpretationLanguageTooLong,
                Invitation.InterpretationLanguageMaxLength.ToString(CultureInfo.InvariantCulture)));
        }

        // Only someone coming keeps session choices; a "maybe" or a "no" drops them, whatever the form still had ticked
        // (choices the organiser has since moved to overlap, or taken off the programme, included).
        if (answer.Answer == InvitationStatus.Accepted && SessionProblem(invitation, answer) is { } sessions)
        {
            problems.Add(sessions);
        }

        return problems;
    }

    /// <summary>
    /// Whether the tick was given for the notice in force: the form says which version it showed, and a notice published
    /// while the partner filled it in was not the one they read.
    /// </summary>
    public static bool Acknowledges(RsvpAnswer answer, string currentNoticeVersion) =>
        answer.PrivacyNoticeVersion is null || answer.PrivacyNoticeVersion == currentNoticeVersion;

    private static Result? SessionProblem(Invitation invitation, RsvpAnswer answer)
    {
        var sessions = invitation.Event.Sessions.Where(s => s.IsChoosable).ToDictionary(s => s.Id);
        if (answer.Sessions.Any(id => !sessions.ContainsKey(id)))
        {
            return Result.Failure(InvitationErrors.UnknownSession);
        }

        var chosen = answer.Sessions.Distinct().Select(id => sessions[id]).ToList();
        return chosen.Any(a => chosen.Any(b => a != b && a.Overlaps(b))) ? Result.Failure(InvitationErrors.OverlappingSessions) : null;
    }
}
