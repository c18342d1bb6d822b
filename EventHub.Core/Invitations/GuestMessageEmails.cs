using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using EventHub.Core.Texts;

namespace EventHub.Core.Invitations;

/// <summary>
/// The email of a message to guests (texts <c>GuestMessage_*</c> in <see cref="PartnerTexts"/>): the greeting, the
/// organiser's Markdown (sanitised), the event it is about, and the partner footer, in the house layout.
/// </summary>
public static class GuestMessageEmails
{
    public const string Kind = "guest-message";

    /// <param name="writtenIn">The language the organiser wrote the text in (the other one when the reader's was not written).</param>
    /// <param name="deduplicationKey">One email per message and person (null for a preview, which is never stored).</param>
    public static OutboxMessage Update(
        SiteLinks links, Invitation invitation, Event @event, Language language, string subject, string markdown, Language writtenIn, DateTime nowUtc, string? deduplicationKey)
    {
        var text = Localized.Partner(language);
        var day = EventDays.Of(@event.StartUtc, @event.EndUtc, @event.TimeZoneId, text.Culture);
        return new EmailDraft(language)
            .Paragraph(text["Email_Greeting", invitation.Contact.FirstName])
            .Markdown(markdown, writtenIn == language ? null : writtenIn)
            .Paragraph(text["GuestMessage_About", @event.Title, day])
            .WithPartnerFooter(invitation.Contact, links, text, nowUtc)
            .ToMessage(invitation.Contact.Email, invitation.Contact.FullName, subject, Kind, nowUtc, deduplicationKey)
            .About(invitation.Id);
    }
}
