using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using EventHub.Core.Texts;

namespace EventHub.Core.Invitations;

/// <summary>
/// The email of a message to guests (texts <c>GuestMessage_*</c> in <see cref="PartnerTexts"/>): the greeting, the
/// organiser's Markdown (sanitised), the event it is about, and the partner footer. Built the way
/// <see cref="InvitationEmails"/> builds its messages today; the lead moves it onto the shared email layout.
/// </summary>
public static class GuestMessageEmails
{
    public const string Kind = "guest-message";

    /// <param name="deduplicationKey">One email per message and person (null for a preview, which is never stored).</param>
    public static OutboxMessage Update(
        SiteLinks links, Invitation invitation, Event @event, Language language, string subject, string markdown, DateTime nowUtc, string? deduplicationKey)
    {
        var text = Localized.Partner(language);
        var greeting = text["Email_Greeting", invitation.Contact.FirstName];
        var about = text["GuestMessage_About", @event.Title, EventTime.ToLocal(@event.StartUtc, @event.TimeZoneId).ToString("dddd d MMMM yyyy", text.Culture)];
        var footer = PartnerEmailFooter.For(invitation.Contact, links, text, nowUtc);
        var plain = string.Join("\n\n", greeting, MarkdownText.ToPlainText(markdown), about) + footer.Plain;
        var html = $"""
            <p>{EmailHtml.Encode(greeting)}</p>
            {MarkdownText.ToSafeHtml(markdown)}
            <p style="color:#4a5366;font-size:13px">{EmailHtml.Encode(about)}</p>
            {footer.Html}
            """;
        return new OutboxMessage(invitation.Contact.Email, invitation.Contact.FullName, subject, EmailHtml.Document(html, text.Culture), plain, Kind, nowUtc, deduplicationKey)
            .About(invitation.Id);
    }
}
