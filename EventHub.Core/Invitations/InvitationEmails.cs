using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using EventHub.Core.Texts;

namespace EventHub.Core.Invitations;

/// <summary>The emails partners get about an invitation, in their own language (texts <c>InvitationEmail_*</c> in <see cref="PartnerTexts"/>).</summary>
public static class InvitationEmails
{
    public const string InvitationKind = "invitation";
    public const string AnswerKind = "answer";
    public const string PromotionKind = "promotion";
    public const string CancellationKind = "cancellation";
    public const string ChangeKind = "change";
    public const string ReminderKind = "reminder";
    public const string NominationKind = "nomination";

    public static OutboxMessage Invitation(SiteLinks links, Invitation invitation, Event @event, string link, DateTime nowUtc)
    {
        var text = Localized.Partner(invitation.Language);
        var intro = text["InvitationEmail_Invitation_Intro", @event.Title];
        if (invitation.IsOrganisationInvitation)
        {
            var organisation = invitation.Contact.Organisation?.Name ?? text["InvitationEmail_YourOrganisation"];
            intro += " " + text.Plural("InvitationEmail_Invitation_Delegates", invitation.DelegateSeats, organisation);
        }

        return Compose(links, invitation, @event, text["InvitationEmail_Invitation_Subject", @event.Title], intro, text["InvitationEmail_AnswerButton"], link, nowUtc, InvitationKind);
    }

    /// <summary>Confirms an answer: a seat, a waitlist place (with its position), a tentative answer or a decline.</summary>
    /// <param name="link">The personal link, or null when the answer was given for the invitee (their link is unchanged).</param>
    public static OutboxMessage Answer(SiteLinks links, Invitation invitation, Event @event, string? link, int? waitlistPosition, DateTime nowUtc)
    {
        var text = Localized.Partner(invitation.Language);
        var answer = invitation.Status switch
        {
            InvitationStatus.Accepted or InvitationStatus.Waitlisted or InvitationStatus.Tentative => invitation.Status.ToString(),
            _ => nameof(InvitationStatus.Declined),
        };
        var intro = text[$"InvitationEmail_{answer}_Intro", waitlistPosition];
        if (link is null)
        {
            intro += " " + text["InvitationEmail_ChangeThroughInvitation"];
        }

        var subject = text[$"InvitationEmail_{answer}_Subject", @event.Title];
        return WithCheckInPass(Compose(links, invitation, @event, subject, intro + CheckInSentence(invitation, text), text["InvitationEmail_ChangeAnswerButton"], link, nowUtc, AnswerKind), invitation);
    }

    /// <summary>
    /// Tells a waitlisted person they now have a seat. It carries no link: only the hash of their personal link is
    /// stored, and issuing a new one would break the link they already have, which keeps working.
    /// </summary>
    public static OutboxMessage Promotion(SiteLinks links, Invitation invitation, Event @event, DateTime nowUtc)
    {
        var text = Localized.Partner(invitation.Language);
        var intro = text["InvitationEmail_Promotion_Intro"] + CheckInSentence(invitation, text);
        return WithCheckInPass(Compose(links, invitation, @event, text["InvitationEmail_Promotion_Subject", @event.Title], intro, null, null, nowUtc, PromotionKind), invitation);
    }

    /// <summary>Tells someone coming that a place came free in a session they were waiting for, and it is theirs (no link, as <see cref="Promotion"/>).</summary>
    public static OutboxMessage SessionPromotion(SiteLinks links, Invitation invitation, Event @event, Session session, DateTime nowUtc)
    {
        var text = Localized.Partner(invitation.Language);
        var start = EventTime.ToLocal(session.StartUtc, @event.TimeZoneId).ToString("HH:mm", text.Culture);
        return Compose(links, invitation, @event, text["Choosing_SessionPromotion_Subject", session.Title], text["Choosing_SessionPromotion_Intro", session.Title, start],
            null, null, nowUtc, PromotionKind);
    }

    public static OutboxMessage Reminder(SiteLinks links, Invitation invitation, Event @event, string link, string? deduplicationKey, DateTime nowUtc)
    {
        var text = Localized.Partner(invitation.Language);
        return Compose(links, invitation, @event, text["InvitationEmail_Reminder_Subject", @event.Title], text["InvitationEmail_Reminder_Intro"],
            text["InvitationEmail_AnswerButton"], link, nowUtc, ReminderKind, deduplicationKey);
    }

    public static OutboxMessage SeeYouTomorrow(SiteLinks links, Invitation invitation, Event @event, string deduplicationKey, DateTime nowUtc) =>
        Notice(links, invitation, @event, invitation.Status == InvitationStatus.Tentative ? "MaybeTomorrow" : "SeeYouTomorrow", nowUtc, ReminderKind, deduplicationKey);

    /// <summary>The organiser withdrew this invitation; the personal link stops working.</summary>
    public static OutboxMessage Withdrawn(SiteLinks links, Invitation invitation, Event @event, DateTime nowUtc) =>
        Notice(links, invitation, @event, "Withdrawn", nowUtc, CancellationKind);

    /// <summary>The event itself is cancelled; everyone still invited, coming or waiting is told why.</summary>
    public static OutboxMessage EventCancelled(SiteLinks links, Invitation invitation, Event @event, DateTime nowUtc) =>
        Notice(links, invitation, @event, "EventCancelled", nowUtc, CancellationKind, detail: @event.CancellationReason);

    /// <summary>The date, time or place of the event changed after the invitation was sent.</summary>
    public static OutboxMessage EventChanged(SiteLinks links, Invitation invitation, Event @event, DateTime nowUtc) =>
        Notice(links, invitation, @event, "EventChanged", nowUtc, ChangeKind);

    /// <summary>The organisers did not invite the colleague or delegate the partner named (<paramref name="nominee"/>).</summary>
    public static OutboxMessage NominationRefused(SiteLinks links, Invitation invitation, Event @event, string nominee, DateTime nowUtc) =>
        Notice(links, invitation, @event, "NominationRefused", nowUtc, NominationKind, detail: nominee);

    /// <summary>A message without a link: texts <c>InvitationEmail_{name}_Subject</c> and <c>_Intro</c> (which may show a detail).</summary>
    private static OutboxMessage Notice(SiteLinks links, Invitation invitation, Event @event, string name, DateTime nowUtc, string kind, string? deduplicationKey = null, string? detail = null)
    {
        var text = Localized.Partner(invitation.Language);
        return Compose(links, invitation, @event, text[$"InvitationEmail_{name}_Subject", @event.Title], text[$"InvitationEmail_{name}_Intro", detail], null, null, nowUtc, kind, deduplicationKey);
    }

    /// <summary>People with a seat get their check-in code, also as a QR code to show at the entrance.</summary>
    private static string CheckInSentence(Invitation invitation, Localized text) =>
        invitation.Status == InvitationStatus.Accepted && invitation.CheckInCode is { } code
            ? " " + text["InvitationEmail_CheckIn", CheckInPass.Display(code)]
            : "";

    private static OutboxMessage WithCheckInPass(OutboxMessage message, Invitation invitation) =>
        invitation.Status == InvitationStatus.Accepted && invitation.CheckInCode is { } code
            ? message.Attach(CheckInPass.FileName(code), CheckInPass.PngContentType, CheckInPass.Png(code))
            : message;

    private static OutboxMessage Compose(SiteLinks links, Invitation invitation, Event @event, string subject, string intro, string? button, string? link, DateTime nowUtc, string kind, string? deduplicationKey = null)
    {
        var text = Localized.Partner(invitation.Language);
        var culture = text.Culture;
        var start = EventTime.ToLocal(@event.StartUtc, @event.TimeZoneId);
        var end = EventTime.ToLocal(@event.EndUtc, @event.TimeZoneId);
        var when = $"{start.ToString("dddd d MMMM yyyy", culture)}, {start:HH:mm}–{end:HH:mm}";
        var where = @event.Venue is { } venue ? $"{venue.Name}{(venue.Address is null ? "" : $", {venue.Address}")}" : "";
        // The online link goes to those coming or maybe coming only, not to the public nor to everyone invited (issue 14 part 4).
        var online = @event.OnlineUrl is null ? "" : InvitationCalendar.HasCalendar(invitation.Status) && kind != CancellationKind ? $"{text["PublicEvent_OnlineLink"]} {@event.OnlineUrl}" : where.Length == 0 ? text["PublicEvent_OnlineLinkForGuests"] : "";
        where = string.Join("\n", new[] { where, online }.Where(p => p.Length > 0));
        var deadline = @event.RsvpDeadlineUtc is { } d
            ? text["InvitationEmail_Deadline", EventTime.ToLocal(d, @event.TimeZoneId).ToString("dddd d MMMM, HH:mm", culture)]
            : "";
        var greeting = text["Email_Greeting", invitation.Contact.FirstName];
        var action = link is null ? "" : $"{button}: {link}";
        var plain = string.Join("\n\n", new[] { greeting, intro, $"{@event.Title}\n{when}\n{where}", deadline, action }.Where(p => p.Length > 0));
        var footer = PartnerEmailFooter.For(invitation.Contact, links, text, nowUtc);
        plain += footer.Plain;
        var linkHtml = link is null ? "" : EmailHtml.Button(link, button!);
        var html = $"""
            <p>{EmailHtml.Encode(greeting)}</p>
            <p>{EmailHtml.Encode(intro)}</p>
            <p><strong lang="{@event.Language.ToCultureName()}">{EmailHtml.Encode(@event.Title)}</strong><br>{EmailHtml.Encode(when)}<br>{EmailHtml.Encode(where).Replace("\n", "<br>")}</p>
            {(deadline.Length > 0 ? $"<p>{EmailHtml.Encode(deadline)}</p>" : "")}
            {linkHtml}
            {footer.Html}
            """;
        return new OutboxMessage(invitation.Contact.Email, invitation.Contact.FullName, subject, EmailHtml.Document(html, text.Culture), plain, kind, nowUtc, deduplicationKey).About(invitation.Id);
    }

    /// <summary>
    /// Someone coming sent a colleague in their place: the email carries the cancellation of their calendar entry
    /// (calendar texts <c>Calendar_Removed_*</c>, issue 14 part 4).
    /// </summary>
    public static OutboxMessage CalendarRemoved(SiteLinks links, Invitation invitation, Event @event, DateTime nowUtc)
    {
        var text = Localized.Partner(invitation.Language);
        return Compose(links, invitation, @event, text["Calendar_Removed_Subject", @event.Title], text["Calendar_Removed_Intro"], null, null, nowUtc, CancellationKind);
    }
}
