using EventHub.Core.Events;
using EventHub.Core.Outbox;
using EventHub.Core.Texts;

namespace EventHub.Core.Invitations;

/// <summary>The invitation, and the emails that bring its personal link again: a reminder, a new link the partner asked for.</summary>
public static partial class InvitationEmails
{
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

    public static OutboxMessage Reminder(SiteLinks links, Invitation invitation, Event @event, string link, string? deduplicationKey, DateTime nowUtc)
    {
        var text = Localized.Partner(invitation.Language);
        var draft = Start(invitation, text, text["InvitationEmail_Reminder_Intro"]).Facts(@event.Title, Details(@event, text, invitation), @event.Language);
        return Finish(draft, links, invitation, @event, text, Subject(text, "Reminder", @event), text["InvitationEmail_AnswerButton"], link, nowUtc, ReminderKind, deduplicationKey);
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
}
