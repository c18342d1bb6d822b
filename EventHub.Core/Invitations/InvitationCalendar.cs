using System.Text;
using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using EventHub.Core.Texts;

namespace EventHub.Core.Invitations;

/// <summary>
/// The personal calendar (iTIP) that travels with the emails to someone who is coming or maybe coming: a REQUEST with
/// their answer when they say so and whenever the time or place changes, and a CANCEL when they stop coming (a decline,
/// a withdrawn invitation, a colleague sent instead, a cancelled event). All carry the event's UID and a SEQUENCE higher
/// than the one before (<see cref="Invitation.NextCalendarSequence"/>), in the person's language, and never their
/// personal link (only the outbox fills links into bodies).
/// </summary>
public static class InvitationCalendar
{
    /// <summary>
    /// The content types of the attachments. The <c>method=</c> parameter marks a scheduling message: the outbox also
    /// puts such a calendar inline, beside the text and HTML (<see cref="OutboxMimeMessage"/>), so mail programs show it
    /// as a calendar item. An invitation never carries one (its Yes/No buttons would answer to the organiser's mailbox).
    /// </summary>
    public const string ContentType = "text/calendar; method=REQUEST; charset=utf-8";

    public const string CancelContentType = "text/calendar; method=CANCEL; charset=utf-8";

    /// <summary>Who has the event in their calendar from us: those coming (Accepted) and maybe coming (Tentative).</summary>
    public static bool HasCalendar(InvitationStatus status) => status is InvitationStatus.Accepted or InvitationStatus.Tentative;

    /// <summary>
    /// Attaches the meeting with the person's answer. Needs the invitation's contact and choices, and the event's sessions
    /// (with rooms) and venue loaded.
    /// </summary>
    public static OutboxMessage WithRequest(OutboxMessage message, Invitation invitation, Event @event, SiteLinks links, DateTime nowUtc) =>
        message.Attach(FileName(@event), ContentType, Write(invitation, @event, links, nowUtc, cancelled: false));

    /// <summary>Attaches the cancellation of the meeting the person had in their calendar.</summary>
    public static OutboxMessage WithCancellation(OutboxMessage message, Invitation invitation, Event @event, SiteLinks links, DateTime nowUtc) =>
        message.Attach(FileName(@event), CancelContentType, Write(invitation, @event, links, nowUtc, cancelled: true));

    public static string FileName(Event @event) => $"{@event.Slug ?? $"event-{@event.Id}"}.ics";

    /// <summary>
    /// Whether the invitation page offers <see cref="Download"/>: to those coming or maybe coming, while the event takes
    /// place (published, not cancelled).
    /// </summary>
    public static bool OffersDownload(InvitationStatus status, EventStatus eventStatus) =>
        HasCalendar(status) && eventStatus is not (EventStatus.Draft or EventStatus.Cancelled);

    /// <summary>
    /// The invitation page's download, in the person's language: the event, and each session the person is in (with a
    /// seat, the plenaries and the sessions they have a place in) as an entry of its own — not the sessions they did not
    /// choose or only wait for. The UIDs are those of the event's other calendars, so a later download (after a change of
    /// sessions) updates the entries it had. Needs the invitation's choices, and the event's sessions (with rooms) and
    /// venue loaded.
    /// </summary>
    public static CalendarFile Download(Invitation invitation, Uri siteRoot, DateTime nowUtc)
    {
        var @event = invitation.Event;
        var calendar = new IcsBuilder(@event.Title, nowUtc, siteRoot, invitation.Language).AddEvent(@event, includeSessions: false, includeOnlineLink: true);
        foreach (var session in RegisteredSessions(invitation, @event))
        {
            calendar.AddSession(session, includeOnlineLink: true);
        }

        return new CalendarFile(FileName(@event), calendar.Build());
    }

    /// <summary>The sessions the person is in, in time order: with a seat, the plenaries and those they have a place in (<see cref="SessionPeople.ProgrammeOf"/>).</summary>
    private static IEnumerable<Session> RegisteredSessions(Invitation invitation, Event @event) =>
        SessionPeople.ProgrammeOf(invitation, @event).Where(p => !p.Waiting).Select(p => p.Session);

    private static byte[] Write(Invitation invitation, Event @event, SiteLinks links, DateTime nowUtc, bool cancelled)
    {
        var text = Localized.Partner(invitation.Language);
        var coming = !cancelled && HasCalendar(invitation.Status);
        // RFC 5545 PARTSTAT values.
        var participation = invitation.Status switch
        {
            _ when cancelled => "DECLINED",
            InvitationStatus.Accepted => "ACCEPTED",
            InvitationStatus.Tentative => "TENTATIVE",
            InvitationStatus.Declined => "DECLINED",
            _ => "NEEDS-ACTION",
        };
        var (organizerEmail, organizerName) = @event.OrganiserEmail is { } email
            ? (email, @event.OrganiserName)
            : (links.SenderAddress, text["Calendar_NoReply"]);
        var meeting = new CalendarMeeting(
            invitation.Contact.Email, invitation.Contact.FullName, participation, invitation.NextCalendarSequence(@event),
            Description(invitation, @event, text, coming), organizerEmail, organizerName, IncludeOnlineLink: coming, Cancelled: cancelled);
        var ics = new IcsBuilder(@event.Title, nowUtc, links.Root, invitation.Language, cancelled ? IcsBuilder.Cancel : IcsBuilder.Request)
            .AddMeeting(@event, meeting)
            .Build();
        return Encoding.UTF8.GetBytes(ics);
    }

    /// <summary>The event's description; for those coming also their sessions (time, title, room) and the online link.</summary>
    private static string Description(Invitation invitation, Event @event, Localized text, bool coming)
    {
        var parts = new List<string>();
        if (MarkdownText.ToPlainText(@event.Description) is { Length: > 0 } description)
        {
            parts.Add(description);
        }

        if (coming)
        {
            var sessions = RegisteredSessions(invitation, @event)
                .Select(s => $"- {Start(s.StartUtc)}–{Time(s.EndUtc)} {s.Title}{(s.Room is { } room ? $", {room.Name}" : "")}")
                .ToList();
            if (sessions.Count > 0)
            {
                parts.Add(text["Calendar_YourSessions"] + "\n" + string.Join("\n", sessions));
            }

            if (@event.OnlineUrl is { } online)
            {
                parts.Add($"{text["PublicEvent_OnlineLink"]} {online}");
            }
        }

        return string.Join("\n\n", parts);

        // Each session's start with its day when the event runs over more than one day, as in the emails.
        string Start(DateTime utc) => EventTime.ToLocal(utc, @event.TimeZoneId).ToString(EventDays.SessionStartPattern(@event.StartUtc, @event.EndUtc, @event.TimeZoneId), text.Culture);
        string Time(DateTime utc) => EventTime.ToLocal(utc, @event.TimeZoneId).ToString("HH:mm", text.Culture);
    }
}
