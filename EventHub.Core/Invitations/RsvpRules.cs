using System.Globalization;
using EventHub.Core.Common;
using EventHub.Core.Events;

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
        // Only someone coming keeps session choices, and a "no" drops them, whatever the form still had ticked. A "maybe"
        // with sessions ticked is refused rather than saved without them: it would give up seats, in a full workshop
        // perhaps for good, without the partner knowing. Choices the organiser has since taken off the programme do not count.
        if (answer.Answer == InvitationStatus.Accepted && SessionProblem(invitation, answer) is { } sessions)
        {
            problems.Add(sessions);
        }
        else if (answer.Answer == InvitationStatus.Tentative && answer.Sessions.Count > 0
            && invitation.Event.Sessions.Any(s => s.IsChoosable && answer.Sessions.Contains(s.Id)))
        {
            problems.Add(Result.Failure(InvitationErrors.SessionsOnlyWhenComing));
        }

        // Someone not coming keeps no needs (Invitation.StateNeeds); the others say which language and what else, so
        // the organisers can arrange it.
        if (answer.Answer != InvitationStatus.Declined)
        {
            problems.AddRange(NeedsProblems(answer));
        }

        // Someone who answered under an older notice acknowledges the new one before saving, as the first time.
        if (answer.Answer != InvitationStatus.Declined && invitation.PrivacyNoticeVersion != currentNoticeVersion
            && !(answer.PrivacyAccepted && Acknowledges(answer, currentNoticeVersion)))
        {
            problems.Add(Result.Failure(InvitationErrors.PrivacyNoticeRequired));
        }

        return problems;
    }

    /// <summary>
    /// Whether the tick was given for the notice in force: the form says which version it showed, and a notice published
    /// while the partner filled it in was not the one they read.
    /// </summary>
    public static bool Acknowledges(RsvpAnswer answer, string currentNoticeVersion) =>
        answer.PrivacyNoticeVersion is null || answer.PrivacyNoticeVersion == currentNoticeVersion;

    private static IEnumerable<Result> NeedsProblems(RsvpAnswer answer)
    {
        if (answer.Needs.HasFlag(AccessNeeds.Interpretation))
        {
            var language = answer.InterpretationLanguage?.Trim() ?? "";
            if (language.Length == 0)
            {
                yield return Result.Failure(InvitationErrors.InterpretationLanguageRequired);
            }
            else if (language.Length > Invitation.InterpretationLanguageMaxLength)
            {
                yield return Result.Failure(InvitationErrors.InterpretationLanguageTooLong,
                    Invitation.InterpretationLanguageMaxLength.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (answer.Needs.HasFlag(AccessNeeds.Other) && string.IsNullOrWhiteSpace(answer.OtherNeeds))
        {
            yield return Result.Failure(InvitationErrors.OtherNeedsRequired);
        }
    }

    /// <summary>
    /// The sessions an answer picks, once each: a plenary is for everyone who comes and picked by nobody, so a form that
    /// still sends one (a page opened before plenaries stopped being offered) has it left out rather than refused.
    /// </summary>
    public static IReadOnlyList<int> Picked(Event @event, IEnumerable<int> sessionIds)
    {
        var forEveryone = @event.Sessions.Where(s => s.IsForEveryone).Select(s => s.Id).ToHashSet();
        return sessionIds.Distinct().Where(id => !forEveryone.Contains(id)).ToList();
    }

    private static Result? SessionProblem(Invitation invitation, RsvpAnswer answer)
    {
        var sessions = invitation.Event.Sessions.Where(s => s.IsChoosable).ToDictionary(s => s.Id);
        var picked = Picked(invitation.Event, answer.Sessions);
        if (picked.Any(id => !sessions.ContainsKey(id)))
        {
            return Result.Failure(InvitationErrors.UnknownSession);
        }

        var chosen = picked.Select(id => sessions[id]).ToList();
        return chosen.Any(a => chosen.Any(b => a != b && a.Overlaps(b))) ? Result.Failure(InvitationErrors.OverlappingSessions) : null;
    }
}
