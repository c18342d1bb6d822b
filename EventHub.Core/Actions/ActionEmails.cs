using System.Globalization;
using EventHub.Core.Common;
using EventHub.Core.Outbox;

namespace EventHub.Core.Actions;

/// <summary>
/// The emails an action item's owner gets, in their own language: a personal link from an organiser, a reminder a
/// week before the due date, and one when it is overdue. Each carries a fresh link to update the item.
/// Needs the item with its session, event, owner organisation and owner contact loaded.
/// </summary>
public static class ActionEmails
{
    public const string Kind = "action";

    public static OutboxMessage OwnerLink(ActionItem item, string link, DateTime nowUtc)
    {
        var nl = Nl(item);
        var subject = nl ? $"Uw actiepunt: {Short(item.What)}" : $"Your action item: {Short(item.What)}";
        var intro = nl
            ? "Bij een bijeenkomst van de alliantie heeft uw organisatie dit actiepunt op zich genomen. Via uw persoonlijke link laat u weten hoe het ervoor staat; u hebt geen account nodig. (Gebruik de nieuwste link; eerdere links werken niet meer.)"
            : "At a meeting of the alliance your organisation took on this action item. Use your personal link to tell us how it is going; you do not need an account. (Use the newest link; earlier links no longer work.)";
        return Compose(item, subject, intro, link, nowUtc, null);
    }

    public static OutboxMessage Reminder(ActionItem item, string link, bool overdue, string deduplicationKey, DateTime nowUtc)
    {
        var nl = Nl(item);
        var subject = (overdue, nl) switch
        {
            (true, true) => $"Over de datum: {Short(item.What)}",
            (true, false) => $"Past its due date: {Short(item.What)}",
            (false, true) => $"Binnenkort: {Short(item.What)}",
            _ => $"Due soon: {Short(item.What)}",
        };
        var intro = (overdue, nl) switch
        {
            (true, true) => "De datum van dit actiepunt is verstreken. Laat u via uw persoonlijke link weten hoe het ervoor staat? Is het klaar, of gaat het niet door, dan kunt u dat daar ook aangeven.",
            (true, false) => "This action item is past its due date. Could you let us know through your personal link how it stands? If it is done, or will not happen, you can say so there too.",
            (false, true) => "De datum van dit actiepunt komt eraan. Laat u via uw persoonlijke link weten hoe het ervoor staat?",
            _ => "This action item is due soon. Could you let us know through your personal link how it is going?",
        };
        return Compose(item, subject, intro, link, nowUtc, deduplicationKey);
    }

    private static OutboxMessage Compose(ActionItem item, string subject, string intro, string link, DateTime nowUtc, string? deduplicationKey)
    {
        var contact = item.OwnerContact ?? throw new InvalidOperationException("An action item without an owner contact gets no email.");
        var nl = Nl(item);
        var culture = CultureInfo.GetCultureInfo(nl ? "nl-NL" : "en-GB");
        var @event = item.Session.Event;
        var held = EventTime.ToLocal(@event.StartUtc, @event.TimeZoneId).ToString("d MMMM yyyy", culture);
        var greeting = (nl ? "Beste " : "Dear ") + contact.FirstName + ",";
        var due = (nl ? "Datum: " : "Due: ") + item.DueOn.ToString("dddd d MMMM yyyy", culture);
        var owner = (nl ? "Eigenaar: " : "Owner: ") + item.OwnerOrganisation.Name;
        var from = (nl ? "Afgesproken bij: " : "Agreed at: ") + $"{@event.Title} ({held}), {item.Session.Title}";
        var button = nl ? "Werk het actiepunt bij" : "Update the action item";
        var text = string.Join("\n\n", greeting, intro, $"{item.What}\n{due}\n{owner}\n{from}", $"{button}: {link}");
        var html = $"""
            <p>{EmailHtml.Encode(greeting)}</p>
            <p>{EmailHtml.Encode(intro)}</p>
            <p><strong>{EmailHtml.Encode(item.What)}</strong><br>{EmailHtml.Encode(due)}<br>{EmailHtml.Encode(owner)}<br>{EmailHtml.Encode(from)}</p>
            {EmailHtml.Button(link, button)}
            """;
        return new OutboxMessage(contact.Email, contact.FullName, subject, html, text, Kind, nowUtc, deduplicationKey);
    }

    private static bool Nl(ActionItem item) => item.OwnerContact?.PreferredLanguage == Language.Nl;

    private static string Short(string what) => what.Length <= 80 ? what : what[..77] + "…";
}
