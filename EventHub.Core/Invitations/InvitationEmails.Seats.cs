using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using EventHub.Core.Texts;

namespace EventHub.Core.Invitations;

/// <summary>Answers and seats: the confirmation of an answer, a seat or session place that came free, the day before.</summary>
public static partial class InvitationEmails
{
    /// <summary>Confirms an answer: a seat, a waitlist place (with its position), a tentative answer or a decline.</summary>
    /// <param name="link">
    /// The personal link, or null when the answer was given for the invitee: their link is unchanged (they may be on the
    /// phone with it open), so the email says where to ask for a new one if they cannot find it.
    /// </param>
    public static OutboxMessage Answer(SiteLinks links, Invitation invitation, Event @event, string? link, int? waitlistPosition, DateTime nowUtc)
    {
        var text = Localized.Partner(invitation.Language);
        var answer = invitation.Status switch
        {
            InvitationStatus.Accepted or InvitationStatus.Waitlisted or InvitationStatus.Tentative => invitation.Status.ToString(),
            _ => nameof(InvitationStatus.Declined),
        };
        var intro = text[$"InvitationEmail_{answer}_Intro", waitlistPosition];
        if (invitation.Status == InvitationStatus.Declined && @event.RsvpDeadlineUtc is { } deadline)
        {
            // "Until the deadline" named no date: the decline email shows no deadline anywhere else.
            intro += " " + text["InvitationEmail_Declined_ChangeUntil", DeadlineText(deadline, @event, text)];
        }

        if (link is null)
        {
            intro += " " + text["InvitationEmail_ChangeThroughInvitation"];
        }

        var draft = Start(invitation, text, intro).Facts(@event.Title, Details(@event, text, invitation), @event.Language);
        if (invitation.Status != InvitationStatus.Declined)
        {
            draft.List(text["Email_YourSessions"], OwnProgramme(invitation, @event, text));
        }

        draft = WithCheckIn(draft, invitation, text);
        var message = Finish(link is null ? WithLostLink(draft, links, text) : draft, links, invitation, @event, text, Subject(text, answer, @event),
            text["InvitationEmail_ChangeAnswerButton"], link, nowUtc, AnswerKind);
        return WithCheckInImage(message, invitation);
    }

    /// <summary>
    /// Tells a waitlisted person they now have a seat. It carries no personal link: only the hash of their link is
    /// stored, and issuing a new one would break the link they already have, which keeps working (they may have its page
    /// open right now); and it is written inside another guest's answer, which stays one short transaction (issue 17).
    /// It says where to ask for a new link instead (<see cref="SiteLinks.NewLink"/>), for whoever cannot find theirs.
    /// </summary>
    public static OutboxMessage Promotion(SiteLinks links, Invitation invitation, Event @event, DateTime nowUtc) =>
        Seated(links, invitation, @event, "Promotion", nowUtc, PromotionKind, lostLink: true);

    /// <summary>
    /// Tells someone coming that a place came free in a session they were waiting for, and it is theirs (no personal link
    /// but where to ask for one, as <see cref="Promotion"/>), with their sessions as they are now; needs the invitation's
    /// choices (with sessions and rooms) loaded.
    /// </summary>
    public static OutboxMessage SessionPromotion(SiteLinks links, Invitation invitation, Event @event, Session session, DateTime nowUtc)
    {
        var text = Localized.Partner(invitation.Language);
        var start = EventTime.ToLocal(session.StartUtc, @event.TimeZoneId).ToString(DayAndTime(@event), text.Culture);
        var draft = Start(invitation, text, text["Choosing_SessionPromotion_Intro", session.Title, start])
            .Facts(@event.Title, Details(@event, text, invitation), @event.Language)
            .List(text["Email_YourSessions"], OwnProgramme(invitation, @event, text));
        return Finish(WithLostLink(draft, links, text), links, invitation, @event, text, text["Choosing_SessionPromotion_Subject", session.Title, @event.Title], null, null, nowUtc, PromotionKind);
    }

    /// <summary>
    /// The day before: someone coming gets their sessions and check-in code (with the QR code) once more, as the
    /// confirmation may be weeks old; someone who said maybe gets the time and place. Needs the choices (with their
    /// sessions and rooms) loaded. Someone who said maybe is asked to say whether they come: with <paramref name="link"/>,
    /// a new personal link (the reminder job issues it, as for an answer reminder).
    /// </summary>
    public static OutboxMessage SeeYouTomorrow(SiteLinks links, Invitation invitation, Event @event, string? link, string deduplicationKey, DateTime nowUtc) =>
        invitation.Status == InvitationStatus.Tentative
            ? Notice(links, invitation, @event, "MaybeTomorrow", nowUtc, ReminderKind, deduplicationKey, link: link)
            : Seated(links, invitation, @event, "SeeYouTomorrow", nowUtc, ReminderKind, deduplicationKey);

    /// <summary>
    /// A message to someone with a seat (texts <c>InvitationEmail_{name}_Subject</c> and <c>_Intro</c>): their sessions and
    /// check-in pass; with <paramref name="link"/> their new personal link, with <paramref name="lostLink"/> where to ask for one.
    /// </summary>
    private static OutboxMessage Seated(SiteLinks links, Invitation invitation, Event @event, string name, DateTime nowUtc, string kind,
        string? deduplicationKey = null, string? link = null, bool lostLink = false)
    {
        var text = Localized.Partner(invitation.Language);
        var draft = Start(invitation, text, text[$"InvitationEmail_{name}_Intro"])
            .Facts(@event.Title, Details(@event, text, invitation), @event.Language)
            .List(text["Email_YourSessions"], OwnProgramme(invitation, @event, text));
        draft = WithCheckIn(draft, invitation, text);
        var message = Finish(lostLink ? WithLostLink(draft, links, text) : draft, links, invitation, @event, text, Subject(text, name, @event),
            AnswerButton(invitation, text), link, nowUtc, kind, deduplicationKey);
        return WithCheckInImage(message, invitation);
    }
}
