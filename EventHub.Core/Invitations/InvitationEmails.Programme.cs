using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using EventHub.Core.Texts;

namespace EventHub.Core.Invitations;

/// <summary>The facts an email shows about the meeting and the person: when and where, the programme, the check-in pass.</summary>
public static partial class InvitationEmails
{
    /// <summary>
    /// The day and time, and the place; the online link for someone <paramref name="coming"/> (or maybe). A notice to
    /// someone no longer invited (<paramref name="coming"/> null: a cancellation) does not promise them the link.
    /// </summary>
    private static IEnumerable<string> Details(Event @event, Localized text, Invitation? coming)
    {
        yield return EventDays.WithTimes(@event.StartUtc, @event.EndUtc, @event.TimeZoneId, text.Culture);
        if (@event.Venue is { } venue)
        {
            yield return venue.Address is null ? venue.Name : $"{venue.Name}, {venue.Address}";
        }

        // The online link goes to those coming or maybe coming only, not to the public nor to everyone invited (issue 14 part 4).
        if (@event.OnlineUrl is { } online)
        {
            if (coming is not null && InvitationCalendar.HasCalendar(coming.Status))
            {
                yield return $"{text["PublicEvent_OnlineLink"]} {online}";
            }
            else if (coming is not null && @event.Venue is null)
            {
                yield return text["PublicEvent_OnlineLinkForGuests"];
            }
        }
    }

    /// <summary>The sessions of the programme (breaks left out), by time: "13:00–14:00 Title (Room)".</summary>
    private static IEnumerable<string> Programme(Event @event, Localized text) =>
        @event.Sessions.Where(s => s.Kind != SessionKind.Break).OrderBy(s => s.StartUtc).ThenBy(s => s.SortOrder)
            .Select(s => SessionLine(s, @event, text, s.IsForEveryone ? text["Programme_ForEveryone"] : null));

    /// <summary>
    /// The person's own programme (<see cref="SessionPeople.ProgrammeOf"/>), by time: with a seat, the plenaries (for
    /// everyone) and the sessions they have a place in; and those they wait for, saying so. Needs the event's sessions loaded.
    /// </summary>
    private static IEnumerable<string> OwnProgramme(Invitation invitation, Event @event, Localized text) =>
        SessionPeople.ProgrammeOf(invitation, @event).Select(p => SessionLine(p.Session, @event, text,
            p.Waiting ? text["Email_SessionWaiting"] : p.ForEveryone ? text["Programme_ForEveryone"] : null));

    private static string SessionLine(Session session, Event @event, Localized text, string? note = null)
    {
        var start = EventTime.ToLocal(session.StartUtc, @event.TimeZoneId);
        var end = EventTime.ToLocal(session.EndUtc, @event.TimeZoneId);
        var line = $"{start.ToString(DayAndTime(@event), text.Culture)}–{end:HH:mm} {session.Title}";
        if (session.Room is { } room)
        {
            line += $" ({room.Name})";
        }

        return note is null ? line : $"{line} — {note}";
    }

    /// <summary>A session's start: its time, and its day in front ("di 12 jan 09:00") when the event runs over more than one day.</summary>
    private static string DayAndTime(Event @event) => EventDays.SessionStartPattern(@event.StartUtc, @event.EndUtc, @event.TimeZoneId);

    /// <summary>People with a seat get their check-in code, and the QR code to show at the entrance inside the email.</summary>
    private static EmailDraft WithCheckIn(EmailDraft draft, Invitation invitation, Localized text) =>
        invitation.Status == InvitationStatus.Accepted && invitation.CheckInCode is { } code
            // The text part has no QR code to point at: it asks for the code alone.
            ? draft.Paragraph(text["InvitationEmail_CheckIn", CheckInPass.Display(code)], text["InvitationEmail_CheckInText", CheckInPass.Display(code)])
                .Image(CheckInImageId, text["InvitationEmail_CheckInImage", CheckInPass.Display(code)], 180)
            : draft;

    private static OutboxMessage WithCheckInImage(OutboxMessage message, Invitation invitation) =>
        invitation.Status == InvitationStatus.Accepted && invitation.CheckInCode is { } code
            ? message.Embed(CheckInImageId, CheckInPass.FileName(code), CheckInPass.PngContentType, CheckInPass.Png(code))
            : message;
}
