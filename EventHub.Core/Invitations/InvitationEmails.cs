using System.Globalization;
using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Outbox;

namespace EventHub.Core.Invitations;

/// <summary>The emails partners get about an invitation, in their own language (English or Dutch).</summary>
public static class InvitationEmails
{
    public const string InvitationKind = "invitation";
    public const string AnswerKind = "answer";
    public const string PromotionKind = "promotion";
    public const string CancellationKind = "cancellation";
    public const string ChangeKind = "change";
    public const string ReminderKind = "reminder";

    public static OutboxMessage Invitation(Invitation invitation, Event @event, string link, DateTime nowUtc)
    {
        var nl = invitation.Language == Language.Nl;
        var subject = nl ? $"Uitnodiging: {@event.Title}" : $"Invitation: {@event.Title}";
        var intro = nl
            ? $"U bent uitgenodigd voor {@event.Title}. Laat via uw persoonlijke link weten of u komt, kies programmaonderdelen en geef aan wat u nodig hebt om mee te doen."
            : $"You are invited to {@event.Title}. Use your personal link to say whether you can come, choose sessions and tell us what you need to take part.";
        if (invitation.IsOrganisationInvitation)
        {
            var organisation = invitation.Contact.Organisation?.Name;
            intro += nl
                ? $" {organisation ?? "Uw organisatie"} mag {invitation.DelegateSeats} deelnemer(s) afvaardigen: via dezelfde link geeft u hun naam en e-mailadres door, waarna zij een eigen uitnodiging krijgen."
                : $" {organisation ?? "Your organisation"} may send {invitation.DelegateSeats} delegate(s): through the same link you give their name and email address, and they each get an invitation of their own.";
        }

        var button = nl ? "Beantwoord de uitnodiging" : "Answer the invitation";
        return Compose(invitation, @event, subject, intro, button, link, nowUtc, InvitationKind);
    }

    /// <summary>Confirms an answer: a seat, a waitlist place (with its position), a tentative answer or a decline.</summary>
    /// <param name="link">The personal link, or null when the answer was given for the invitee (their link is unchanged).</param>
    public static OutboxMessage Answer(Invitation invitation, Event @event, string? link, int? waitlistPosition, DateTime nowUtc)
    {
        var nl = invitation.Language == Language.Nl;
        var (subject, intro) = (invitation.Status, nl) switch
        {
            (InvitationStatus.Accepted, true) => ($"Aangemeld: {@event.Title}", "Fijn dat u komt. Uw plaats is bevestigd; het agendabestand zit als bijlage bij deze e-mail."),
            (InvitationStatus.Accepted, false) => ($"You are coming: {@event.Title}", "Glad you can come. Your place is confirmed; the calendar file is attached."),
            (InvitationStatus.Waitlisted, true) => ($"Wachtlijst: {@event.Title}", $"De bijeenkomst is vol. U staat op de wachtlijst op plaats {waitlistPosition}. Komt er een plaats vrij, dan krijgt u die automatisch en hoort u het van ons."),
            (InvitationStatus.Waitlisted, false) => ($"Waiting list: {@event.Title}", $"The event is full. You are number {waitlistPosition} on the waiting list. When a place frees up it is yours automatically and we will tell you."),
            (InvitationStatus.Tentative, true) => ($"Onder voorbehoud: {@event.Title}", "We hebben genoteerd dat u misschien komt. Laat het ons via de link weten zodra u het zeker weet."),
            (InvitationStatus.Tentative, false) => ($"Maybe: {@event.Title}", "We noted that you might come. Let us know through the link once you are sure."),
            (_, true) => ($"Afgemeld: {@event.Title}", "Jammer dat u er niet bij kunt zijn. Wilt u toch komen, dan kunt u uw antwoord tot de deadline wijzigen."),
            _ => ($"Not coming: {@event.Title}", "Sorry you cannot make it. If things change you can change your answer until the deadline."),
        };
        var button = nl ? "Bekijk of wijzig uw antwoord" : "See or change your answer";
        if (link is null)
        {
            intro += nl ? " Wijzigen kan via de persoonlijke link in uw uitnodiging." : " You can change it through the personal link in your invitation.";
        }

        return WithCheckInPass(Compose(invitation, @event, subject, intro + CheckInSentence(invitation), button, link, nowUtc, AnswerKind), invitation);
    }

    /// <summary>
    /// Tells a waitlisted person they now have a seat. It carries no link: only the hash of their personal link is
    /// stored, and issuing a new one would break the link they already have, which keeps working.
    /// </summary>
    public static OutboxMessage Promotion(Invitation invitation, Event @event, DateTime nowUtc)
    {
        var nl = invitation.Language == Language.Nl;
        var subject = nl ? $"Er is een plaats voor u: {@event.Title}" : $"A place is yours: {@event.Title}";
        var intro = nl
            ? "Er is een plaats vrijgekomen en die is voor u: u bent nu aangemeld. Kunt u toch niet, meld u dan af via de persoonlijke link in uw uitnodiging, zodat de volgende op de wachtlijst kan komen."
            : "A place came free and it is yours: you are now registered. If you cannot come after all, please decline through the personal link in your invitation, so the next person on the waiting list can come.";
        return WithCheckInPass(Compose(invitation, @event, subject, intro + CheckInSentence(invitation), null, null, nowUtc, PromotionKind), invitation);
    }

    public static OutboxMessage Reminder(Invitation invitation, Event @event, string link, string? deduplicationKey, DateTime nowUtc)
    {
        var nl = invitation.Language == Language.Nl;
        var subject = nl ? $"Herinnering: {@event.Title}" : $"Reminder: {@event.Title}";
        var intro = nl
            ? "We hebben nog geen antwoord van u op onze uitnodiging. Laat u via deze link weten of u komt? (Gebruik deze nieuwste link; eerdere links werken niet meer.)"
            : "We have not had your answer to our invitation yet. Could you let us know through this link whether you can come? (Use this newest link; earlier links no longer work.)";
        return Compose(invitation, @event, subject, intro, nl ? "Beantwoord de uitnodiging" : "Answer the invitation", link, nowUtc, ReminderKind, deduplicationKey);
    }

    public static OutboxMessage SeeYouTomorrow(Invitation invitation, Event @event, string deduplicationKey, DateTime nowUtc)
    {
        var nl = invitation.Language == Language.Nl;
        var subject = nl ? $"Tot morgen: {@event.Title}" : $"See you tomorrow: {@event.Title}";
        var intro = nl
            ? "Fijn dat u morgen komt. Hieronder staan nog eens tijd en plaats."
            : "Glad you are coming tomorrow. Here are the time and place once more.";
        return Compose(invitation, @event, subject, intro, null, null, nowUtc, ReminderKind, deduplicationKey);
    }

    /// <summary>The organiser withdrew this invitation; the personal link stops working.</summary>
    public static OutboxMessage Withdrawn(Invitation invitation, Event @event, DateTime nowUtc)
    {
        var nl = invitation.Language == Language.Nl;
        var subject = nl ? $"Uitnodiging ingetrokken: {@event.Title}" : $"Invitation withdrawn: {@event.Title}";
        var intro = nl
            ? "De organisatie heeft uw uitnodiging voor deze bijeenkomst ingetrokken; uw persoonlijke link werkt niet meer. Hebt u vragen, neem dan contact op met de organisator."
            : "The organisers have withdrawn your invitation to this event; your personal link no longer works. If you have questions, please contact the organiser.";
        return Compose(invitation, @event, subject, intro, null, null, nowUtc, CancellationKind);
    }

    /// <summary>The event itself is cancelled; everyone still invited, coming or waiting is told why.</summary>
    public static OutboxMessage EventCancelled(Invitation invitation, Event @event, DateTime nowUtc)
    {
        var nl = invitation.Language == Language.Nl;
        var subject = nl ? $"Geannuleerd: {@event.Title}" : $"Cancelled: {@event.Title}";
        var intro = (nl ? "Deze bijeenkomst gaat niet door. Reden: " : "This event will not take place. Reason: ") + @event.CancellationReason;
        return Compose(invitation, @event, subject, intro, null, null, nowUtc, CancellationKind);
    }

    /// <summary>The date, time or place of the event changed after the invitation was sent.</summary>
    public static OutboxMessage EventChanged(Invitation invitation, Event @event, DateTime nowUtc)
    {
        var nl = invitation.Language == Language.Nl;
        var subject = nl ? $"Gewijzigd: {@event.Title}" : $"Changed: {@event.Title}";
        var intro = nl
            ? "De datum, tijd of plaats van deze bijeenkomst is gewijzigd. Hieronder staan de nieuwe gegevens. Kunt u nu niet meer, pas dan uw antwoord aan via de link in uw uitnodiging."
            : "The date, time or place of this event has changed; the new details are below. If you can no longer come, please change your answer through the link in your invitation.";
        return Compose(invitation, @event, subject, intro, null, null, nowUtc, ChangeKind);
    }

    /// <summary>People with a seat get their check-in code, also as a QR code to show at the entrance.</summary>
    private static string CheckInSentence(Invitation invitation)
    {
        if (invitation.Status != InvitationStatus.Accepted || invitation.CheckInCode is not { } code)
        {
            return "";
        }

        return invitation.Language == Language.Nl
            ? $" Uw aanmeldcode voor de ingang is {CheckInPass.Display(code)}; de QR-code zit als bijlage bij deze e-mail."
            : $" Your check-in code for the entrance is {CheckInPass.Display(code)}; the QR code is attached to this email.";
    }

    private static OutboxMessage WithCheckInPass(OutboxMessage message, Invitation invitation) =>
        invitation.Status == InvitationStatus.Accepted && invitation.CheckInCode is { } code
            ? message.Attach(CheckInPass.FileName(code), CheckInPass.PngContentType, CheckInPass.Png(code))
            : message;

    private static OutboxMessage Compose(Invitation invitation, Event @event, string subject, string intro, string? button, string? link, DateTime nowUtc, string kind, string? deduplicationKey = null)
    {
        var nl = invitation.Language == Language.Nl;
        var culture = CultureInfo.GetCultureInfo(nl ? "nl-NL" : "en-GB");
        var start = EventTime.ToLocal(@event.StartUtc, @event.TimeZoneId);
        var end = EventTime.ToLocal(@event.EndUtc, @event.TimeZoneId);
        var when = $"{start.ToString("dddd d MMMM yyyy", culture)}, {start:HH:mm}–{end:HH:mm}";
        var where = @event.Venue is { } venue ? $"{venue.Name}{(venue.Address is null ? "" : $", {venue.Address}")}" : @event.OnlineUrl ?? "";
        var deadline = @event.RsvpDeadlineUtc is { } d
            ? (nl ? "Graag antwoord vóór " : "Please answer before ") + EventTime.ToLocal(d, @event.TimeZoneId).ToString("dddd d MMMM, HH:mm", culture) + "."
            : "";
        var greeting = (nl ? "Beste " : "Dear ") + invitation.Contact.FirstName + ",";
        var action = link is null ? "" : $"{button}: {link}";
        var text = string.Join("\n\n", new[] { greeting, intro, $"{@event.Title}\n{when}\n{where}", deadline, action }.Where(p => p.Length > 0));
        var linkHtml = link is null ? "" : EmailHtml.Button(link, button!);
        var html = $"""
            <p>{EmailHtml.Encode(greeting)}</p>
            <p>{EmailHtml.Encode(intro)}</p>
            <p><strong>{EmailHtml.Encode(@event.Title)}</strong><br>{EmailHtml.Encode(when)}<br>{EmailHtml.Encode(where)}</p>
            {(deadline.Length > 0 ? $"<p>{EmailHtml.Encode(deadline)}</p>" : "")}
            {linkHtml}
            """;
        return new OutboxMessage(invitation.Contact.Email, invitation.Contact.FullName, subject, html, text, kind, nowUtc, deduplicationKey).About(invitation.Id);
    }
}
