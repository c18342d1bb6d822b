using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Outbox;
using EventHub.Core.Texts;

namespace EventHub.Core.Actions;

/// <summary>
/// The emails an action item's owner gets, in their own language: a personal link from an organiser, a reminder a
/// week before the due date, and one when it is overdue. Each carries a fresh link to update the item.
/// Needs the item with its session, event, owner organisation and owner contact loaded.
/// </summary>
public static class ActionEmails
{
    public const string Kind = "action";

    public static OutboxMessage OwnerLink(SiteLinks links, ActionItem item, string link, DateTime nowUtc)
    {
        var text = OwnerTexts(item);
        return Compose(links, item, text["ActionEmail_OwnerLink_Subject", Short(item.What)], text["ActionEmail_OwnerLink_Intro"], link, nowUtc, null);
    }

    public static OutboxMessage Reminder(SiteLinks links, ActionItem item, string link, bool overdue, string deduplicationKey, DateTime nowUtc)
    {
        var text = OwnerTexts(item);
        var reminder = overdue ? "Overdue" : "DueSoon";
        return Compose(links, item, text[$"ActionEmail_{reminder}_Subject", Short(item.What)], text[$"ActionEmail_{reminder}_Intro"], link, nowUtc, deduplicationKey);
    }

    private static OutboxMessage Compose(SiteLinks links, ActionItem item, string subject, string intro, string link, DateTime nowUtc, string? deduplicationKey)
    {
        var contact = item.OwnerContact ?? throw new InvalidOperationException("An action item without an owner contact gets no email.");
        var text = OwnerTexts(item);
        var @event = item.Session.Event;
        var held = EventTime.ToLocal(@event.StartUtc, @event.TimeZoneId).ToString("d MMMM yyyy", text.Culture);
        return new EmailDraft(contact.PreferredLanguage)
            .Paragraph(text["Email_Greeting", contact.FirstName])
            .Paragraph(intro)
            .Facts(item.What, [
                text["ActionEmail_Due", item.DueOn.ToString("dddd d MMMM yyyy", text.Culture)],
                text["ActionEmail_Owner", item.OwnerOrganisation.Name],
                text["ActionEmail_AgreedAt", @event.Title, held, item.Session.Title]])
            .Button(text["ActionEmail_Button"], link)
            .WithPartnerFooter(contact, links, text, nowUtc)
            .ToMessage(contact.Email, contact.FullName, subject, Kind, nowUtc, deduplicationKey);
    }

    private static Localized OwnerTexts(ActionItem item) => Localized.Partner(item.OwnerContact?.PreferredLanguage ?? Language.En);

    private static string Short(string what) => what.Length <= 80 ? what : what[..77] + "…";
}
