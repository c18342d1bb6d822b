using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using EventHub.Core.Texts;

namespace EventHub.Core.Invitations;

/// <summary>What every invitation email is framed with: greeting and intro, subject, deadline, button, whom to ask, footer.</summary>
public static partial class InvitationEmails
{
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
}
