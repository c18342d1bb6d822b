using EventHub.Core.Events;
using EventHub.Core.Outbox;
using EventHub.Core.Texts;

namespace EventHub.Core.Invitations;

/// <summary>Notices of a change or an end: a withdrawn invitation, a meeting called off or moved, a session changed, a refused nomination.</summary>
public static partial class InvitationEmails
{
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
