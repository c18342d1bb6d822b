using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using EventHub.Core.Texts;

namespace EventHub.Core.Invitations;

/// <summary>
/// The emails partners get about an invitation, in their own language (texts <c>InvitationEmail_*</c> in
/// <see cref="PartnerTexts"/>). Each says what is true for the person's answer: only someone who has not answered is
/// asked to answer before the deadline; someone with a seat gets their sessions and their check-in code.
/// </summary>
public static class InvitationEmails
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

    /// <summary>The invitation with the organisers' personal message and the programme; needs the event's sessions (with rooms) loaded.</summary>
    /// <param name="namedBy">The partner who named the reader (a colleague to go in their place, or a delegate), said first.</param>
    public static OutboxMessage Invitation(SiteLinks links, Invitation invitation, Event @event, string link, DateTime nowUtc, Nominator? namedBy = null)
    {
        var text = Localized.Partner(invitation.Language);
        var intro = text["InvitationEmail_Invitation_Intro", @event.Title];
        if (namedBy is not null)
        {
            intro = text[$"InvitationEmail_NamedBy_{namedBy.Kind}", namedBy.FullName, namedBy.OrganisationName] + " " + intro;
        }

        if (invitation.IsOrganisationInvitation)
        {
            var organisation = invitation.Contact.Organisation?.Name ?? text["InvitationEmail_YourOrganisation"];
            intro += " " + text.Plural("InvitationEmail_Invitation_Delegates", invitation.DelegateSeats, organisation);
        }

        var (message, language) = @event.InvitationMessageFor(invitation.Language);
        var draft = Start(invitation, text, intro)
            .Markdown(message, language)
            .Facts(@event.Title, Details(@event, text, invitation), @event.Language)
            .List(text["Email_Programme"], Programme(@event, text));
        return Finish(draft, links, invitation, @event, text, Subject(text, "Invitation", @event), text["InvitationEmail_AnswerButton"], link, nowUtc, InvitationKind);
    }

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

    public static OutboxMessage Reminder(SiteLinks links, Invitation invitation, Event @event, string link, string? deduplicationKey, DateTime nowUtc)
    {
        var text = Localized.Partner(invitation.Language);
        var draft = Start(invitation, text, text["InvitationEmail_Reminder_Intro"]).Facts(@event.Title, Details(@event, text, invitation), @event.Language);
        return Finish(draft, links, invitation, @event, text, Subject(text, "Reminder", @event), text["InvitationEmail_AnswerButton"], link, nowUtc, ReminderKind, deduplicationKey);
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

    /// <summary>The organiser withdrew this invitation; the personal link stops working.</summary>
    public static OutboxMessage Withdrawn(SiteLinks links, Invitation invitation, Event @event, DateTime nowUtc) =>
        Notice(links, invitation, @event, "Withdrawn", nowUtc, CancellationKind);

    /// <summary>The organisation's primary contact (<paramref name="by"/>) withdrew this delegate; the personal link stops working.</summary>
    public static OutboxMessage DelegateWithdrawn(SiteLinks links, Invitation invitation, Event @event, string by, DateTime nowUtc) =>
        Notice(links, invitation, @event, "DelegateWithdrawn", nowUtc, CancellationKind, detail: by);

    /// <summary>The event itself is cancelled; everyone still invited, coming or waiting is told why.</summary>
    public static OutboxMessage EventCancelled(SiteLinks links, Invitation invitation, Event @event, DateTime nowUtc) =>
        Notice(links, invitation, @event, "EventCancelled", nowUtc, CancellationKind, detail: @event.CancellationReason);

    /// <summary>
    /// The date, time or place of the event changed after the invitation was sent. It carries no new personal link: it
    /// goes to everyone invited, at whatever moment an organiser saves, and a new link would stop the one each of them
    /// holds (in their confirmation, or open on their page) working; it says where to ask for one instead.
    /// </summary>
    public static OutboxMessage EventChanged(SiteLinks links, Invitation invitation, Event @event, DateTime nowUtc) =>
        invitation.HoldsSeat
            ? Seated(links, invitation, @event, "EventChanged", nowUtc, ChangeKind, lostLink: true) // with their sessions at the new times, and the pass
            : Notice(links, invitation, @event, "EventChanged", nowUtc, ChangeKind, lostLink: true);

    /// <summary>
    /// A session the person chose got a new time or room: the event, and their sessions as they are now, and where to ask
    /// for a new link (no new link, as <see cref="EventChanged"/>).
    /// </summary>
    public static OutboxMessage SessionChanged(SiteLinks links, Invitation invitation, Event @event, Session session, DateTime nowUtc)
    {
        var text = Localized.Partner(invitation.Language);
        var draft = Start(invitation, text, text["InvitationEmail_SessionChanged_Intro", session.Title])
            .Facts(@event.Title, Details(@event, text, invitation), @event.Language)
            .List(text["Email_YourSessions"], OwnProgramme(invitation, @event, text));
        return Finish(WithLostLink(draft, links, text), links, invitation, @event, text, text["InvitationEmail_SessionChanged_Subject", session.Title, @event.Title],
            null, null, nowUtc, ChangeKind);
    }

    /// <summary>
    /// A session became a plenary (the guest is in it without picking it) or stopped being one (the guest picks it on their
    /// page to be in it); their own programme as it is now follows.
    /// </summary>
    public static OutboxMessage SessionKindChanged(SiteLinks links, Invitation invitation, Event @event, Session session, DateTime nowUtc)
    {
        var text = Localized.Partner(invitation.Language);
        var intro = session.IsForEveryone ? "InvitationEmail_SessionForEveryone_Intro" : "InvitationEmail_SessionToChoose_Intro";
        var draft = Start(invitation, text, text[intro, session.Title])
            .Facts(@event.Title, Details(@event, text, invitation), @event.Language)
            .List(text["Email_YourSessions"], OwnProgramme(invitation, @event, text));
        return Finish(draft, links, invitation, @event, text, text["InvitationEmail_SessionChanged_Subject", session.Title, @event.Title], null, null, nowUtc, ChangeKind);
    }

    /// <summary>The organisers did not invite the colleague or delegate the partner named (<paramref name="nominee"/>).</summary>
    public static OutboxMessage NominationRefused(SiteLinks links, Invitation invitation, Event @event, string nominee, DateTime nowUtc) =>
        Notice(links, invitation, @event, "NominationRefused", nowUtc, NominationKind, detail: nominee);

    /// <summary>
    /// A message with texts <c>InvitationEmail_{name}_Subject</c> and <c>_Intro</c> (which may show a detail); without a
    /// link unless it brings a new personal <paramref name="link"/>, or says where to ask for one (<paramref name="lostLink"/>).
    /// </summary>
    private static OutboxMessage Notice(SiteLinks links, Invitation invitation, Event @event, string name, DateTime nowUtc, string kind,
        string? deduplicationKey = null, string? detail = null, string? link = null, bool lostLink = false)
    {
        var text = Localized.Partner(invitation.Language);
        var draft = Start(invitation, text, text[$"InvitationEmail_{name}_Intro", detail]).Facts(@event.Title, Details(@event, text, kind == CancellationKind ? null : invitation), @event.Language);
        return Finish(lostLink ? WithLostLink(draft, links, text) : draft, links, invitation, @event, text, Subject(text, name, @event), AnswerButton(invitation, text), link, nowUtc, kind, deduplicationKey);
    }

    /// <summary>
    /// A new personal link the partner asked for because they lost theirs (<see cref="LostLinkService"/>): what it is for,
    /// that earlier links no longer work, and that whoever did not ask may ignore it.
    /// </summary>
    public static OutboxMessage NewLink(SiteLinks links, Invitation invitation, Event @event, string link, DateTime nowUtc)
    {
        var text = Localized.Partner(invitation.Language);
        var draft = Start(invitation, text, text["InvitationEmail_NewLink_Intro", @event.Title])
            .Facts(@event.Title, Details(@event, text, invitation), @event.Language);
        return Finish(draft, links, invitation, @event, text, Subject(text, "NewLink", @event), AnswerButton(invitation, text), link, nowUtc, NewLinkKind);
    }

    /// <summary>The button to a personal link: "answer" for someone who has not yet, else "see or change your answer".</summary>
    private static string AnswerButton(Invitation invitation, Localized text) =>
        text[invitation.Status is InvitationStatus.Listed or InvitationStatus.Invited ? "InvitationEmail_AnswerButton" : "InvitationEmail_ChangeAnswerButton"];

    /// <summary>For an email that asks the partner to act through the link they have: where to ask for a new one if it is lost.</summary>
    private static EmailDraft WithLostLink(EmailDraft draft, SiteLinks links, Localized text) =>
        draft.ParagraphWithLink(text["InvitationEmail_LostLink"], text["InvitationEmail_LostLinkAction"], links.NewLink());

    private static EmailDraft Start(Invitation invitation, Localized text, string intro) =>
        new EmailDraft(invitation.Language)
            .Paragraph(text["Email_Greeting", invitation.Contact.FirstName])
            .Paragraph(intro);

    /// <summary>
    /// Text <c>InvitationEmail_{name}_Subject</c> with the event's title and its day ("29 December"): the alliance meets
    /// every month under much the same title, and an inbox tells the meetings apart by the subject alone.
    /// </summary>
    private static string Subject(Localized text, string name, Event @event) =>
        text[$"InvitationEmail_{name}_Subject", @event.Title, EventDays.Short(@event.StartUtc, @event.EndUtc, @event.TimeZoneId, text.Culture)];

    private static string DeadlineText(DateTime deadlineUtc, Event @event, Localized text) =>
        EventTime.ToLocal(deadlineUtc, @event.TimeZoneId).ToString("dddd d MMMM, HH:mm", text.Culture);

    /// <summary>
    /// The deadline (only for someone still to answer, and not when the email ends the invitation: a meeting called off,
    /// an invitation withdrawn, a nomination refused), the button, and the partner's footer.
    /// </summary>
    private static OutboxMessage Finish(EmailDraft draft, SiteLinks links, Invitation invitation, Event @event, Localized text, string subject,
        string? button, string? link, DateTime nowUtc, string kind, string? deduplicationKey = null)
    {
        if (invitation.Status is InvitationStatus.Listed or InvitationStatus.Invited && kind is not (CancellationKind or NominationKind)
            && @event.RsvpDeadlineUtc is { } deadline)
        {
            draft.Paragraph(text["InvitationEmail_Deadline", DeadlineText(deadline, @event, text)]);
        }

        if (link is not null && button is not null)
        {
            draft.Button(button, link);
        }

        // A person to ask: the footer's address is the alliance's, and "contact the organiser" needs an address.
        if (@event.OrganiserEmail is { } organiser)
        {
            draft.Paragraph(@event.OrganiserName is { } name
                ? text["InvitationEmail_Questions", name, organiser]
                : text["InvitationEmail_QuestionsNoName", organiser]);
        }

        return draft.WithPartnerFooter(invitation.Contact, links, text, nowUtc)
            .ToMessage(invitation.Contact.Email, invitation.Contact.FullName, subject, kind, nowUtc, deduplicationKey)
            .About(invitation.Id);
    }

    /// <summary>
    /// The day and time, and the place; the online link for someone <paramref name="coming"/> (or maybe). A notice to
    /// someone no longer invited (<paramref name="coming"/> null: a cancellation) does not promise them the link.
    /// </summary>
    private static IEnumerable<string> Details(Event @event, Localized text, Invitation? coming)
    {
        yield return EventDays.WithTimes(@event.StartUtc, @event.EndUtc, @event.TimeZoneId, text.Culture);
        if (@event.Venue is { } venue)
        {
            yield return venue.Address is null ? venue.Name : $"{venue.Name}, {venue.Address}";
        }

        // The online link goes to those coming or maybe coming only, not to the public nor to everyone invited (issue 14 part 4).
        if (@event.OnlineUrl is { } online)
        {
            if (coming is not null && InvitationCalendar.HasCalendar(coming.Status))
            {
                yield return $"{text["PublicEvent_OnlineLink"]} {online}";
            }
            else if (coming is not null && @event.Venue is null)
            {
                yield return text["PublicEvent_OnlineLinkForGuests"];
            }
        }
    }

    /// <summary>The sessions of the programme (breaks left out), by time: "13:00–14:00 Title (Room)".</summary>
    private static IEnumerable<string> Programme(Event @event, Localized text) =>
        @event.Sessions.Where(s => s.Kind != SessionKind.Break).OrderBy(s => s.StartUtc).ThenBy(s => s.SortOrder)
            .Select(s => SessionLine(s, @event, text, s.IsForEveryone ? text["Programme_ForEveryone"] : null));

    /// <summary>
    /// The person's own programme (<see cref="SessionPeople.ProgrammeOf"/>), by time: with a seat, the plenaries (for
    /// everyone) and the sessions they have a place in; and those they wait for, saying so. Needs the event's sessions loaded.
    /// </summary>
    private static IEnumerable<string> OwnProgramme(Invitation invitation, Event @event, Localized text) =>
        SessionPeople.ProgrammeOf(invitation, @event).Select(p => SessionLine(p.Session, @event, text,
            p.Waiting ? text["Email_SessionWaiting"] : p.ForEveryone ? text["Programme_ForEveryone"] : null));

    private static string SessionLine(Session session, Event @event, Localized text, string? note = null)
    {
        var start = EventTime.ToLocal(session.StartUtc, @event.TimeZoneId);
        var end = EventTime.ToLocal(session.EndUtc, @event.TimeZoneId);
        var line = $"{start.ToString(DayAndTime(@event), text.Culture)}–{end:HH:mm} {session.Title}";
        if (session.Room is { } room)
        {
            line += $" ({room.Name})";
        }

        return note is null ? line : $"{line} — {note}";
    }

    /// <summary>A session's start: its time, and its day in front ("di 12 jan 09:00") when the event runs over more than one day.</summary>
    private static string DayAndTime(Event @event) => EventDays.SessionStartPattern(@event.StartUtc, @event.EndUtc, @event.TimeZoneId);

    /// <summary>People with a seat get their check-in code, and the QR code to show at the entrance inside the email.</summary>
    private static EmailDraft WithCheckIn(EmailDraft draft, Invitation invitation, Localized text) =>
        invitation.Status == InvitationStatus.Accepted && invitation.CheckInCode is { } code
            // The text part has no QR code to point at: it asks for the code alone.
            ? draft.Paragraph(text["InvitationEmail_CheckIn", CheckInPass.Display(code)], text["InvitationEmail_CheckInText", CheckInPass.Display(code)])
                .Image(CheckInImageId, text["InvitationEmail_CheckInImage", CheckInPass.Display(code)], 180)
            : draft;

    private static OutboxMessage WithCheckInImage(OutboxMessage message, Invitation invitation) =>
        invitation.Status == InvitationStatus.Accepted && invitation.CheckInCode is { } code
            ? message.Embed(CheckInImageId, CheckInPass.FileName(code), CheckInPass.PngContentType, CheckInPass.Png(code))
            : message;

    /// <summary>
    /// Someone coming sent a colleague in their place: the email carries the cancellation of their calendar entry
    /// (calendar texts <c>Calendar_Removed_*</c>, issue 14 part 4).
    /// </summary>
    public static OutboxMessage CalendarRemoved(SiteLinks links, Invitation invitation, Event @event, DateTime nowUtc)
    {
        var text = Localized.Partner(invitation.Language);
        var draft = Start(invitation, text, text["Calendar_Removed_Intro"]).Facts(@event.Title, Details(@event, text, coming: null), @event.Language);
        return Finish(draft, links, invitation, @event, text, text["Calendar_Removed_Subject", @event.Title], null, null, nowUtc, CancellationKind);
    }
}
