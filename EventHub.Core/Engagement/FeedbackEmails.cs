using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Core.Texts;

namespace EventHub.Core.Engagement;

/// <summary>
/// The survey email an attendee gets the day after the event, in their language: thanks, what the survey asks and until
/// when, and their personal link. Needs the invitation with its contact loaded (and tracked: the footer issues a stop link).
/// </summary>
public static class FeedbackEmails
{
    public const string Kind = "feedback";

    public static OutboxMessage Request(SiteLinks links, Invitation invitation, Event @event, string link, string deduplicationKey, DateTime nowUtc)
    {
        var text = Localized.Partner(invitation.Language);
        var closes = @event.FeedbackLastDay.ToString("dddd d MMMM yyyy", text.Culture);
        return new EmailDraft(invitation.Language)
            .Paragraph(text["Email_Greeting", invitation.Contact.FirstName])
            .Paragraph(text["FeedbackEmail_Intro", @event.Title])
            .Paragraph(text["FeedbackEmail_WhatWeAsk"])
            .Button(text["FeedbackEmail_Button"], link)
            .Paragraph(text["FeedbackEmail_OpenUntil", closes])
            .WithPartnerFooter(invitation.Contact, links, text, nowUtc)
            .ToMessage(invitation.Contact.Email, invitation.Contact.FullName, text["FeedbackEmail_Subject", @event.Title], Kind, nowUtc, deduplicationKey)
            .About(invitation.Id);
    }
}
