using System.Text.RegularExpressions;
using EventHub.Core.Common;
using EventHub.Core.Texts;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;
using IcalStatus = Ical.Net.EventStatus;

namespace EventHub.Core.Events;

/// <summary>
/// Writes events and sessions as one VCALENDAR. Times carry the event's IANA zone with a VTIMEZONE, so calendars
/// show "13:00 Europe/Amsterdam"; a local time that occurs twice (the autumn change) is written in UTC instead,
/// because a TZID time cannot say which of the two is meant. A cancelled event says so where every calendar app shows
/// it, not only in STATUS (which Google's and Outlook's subscriptions ignore): "Cancelled: " before its title and the
/// reason at the top of its description, in the reader's language.
/// </summary>
internal sealed partial class IcsBuilder
{
    public const string Publish = "PUBLISH";
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";

    private readonly IcalCalendar _calendar;
    private readonly HashSet<string> _zones = [];
    private readonly DateTime _stampUtc;
    private readonly Uri _siteRoot;
    private readonly Localized _text;

    /// <param name="language">The reader's: the texts the builder adds itself (a cancellation) are in it.</param>
    /// <param name="siteRoot">The installation's public root: its pages, and the host in every UID.</param>
    /// <param name="method">PUBLISH for downloads and feeds; REQUEST or CANCEL for a personal meeting (<see cref="AddMeeting"/>).</param>
    public IcsBuilder(string calendarName, DateTime stampUtc, Uri siteRoot, Language language, string method = Publish)
    {
        _text = Localized.Core(language);
        _calendar = new IcalCalendar { ProductId = "-//EventHub//EventHub//EN", Method = method };
        _stampUtc = stampUtc;
        _siteRoot = siteRoot;
        _calendar.AddProperty("X-WR-CALNAME", NullIfEmpty(calendarName) ?? "EventHub");
    }

    /// <summary>The event's UID: the same in every calendar of it (download, feed, personal meeting), unique across installations.</summary>
    public static string EventUid(int eventId, Uri siteRoot) => $"event-{eventId}@{siteRoot.IdnHost}";

    public static string SessionUid(int sessionId, Uri siteRoot) => $"session-{sessionId}@{siteRoot.IdnHost}";

    /// <summary>
    /// Adds the event; with <paramref name="includeSessions"/> each session except breaks becomes its own VEVENT too.
    /// <paramref name="includeOnlineLink"/>: staff calendars carry it; public ones only when the organisers chose so.
    /// </summary>
    public IcsBuilder AddEvent(Event @event, bool includeSessions, bool includeOnlineLink)
    {
        var entry = NewEntry(EventUid(@event.Id, _siteRoot), @event.Title, MarkdownText.ToPlainText(@event.Description), @event, @event.StartUtc, @event.EndUtc, @event.CalendarSequence);
        entry.Location = NullIfEmpty(Location(@event, roomName: null, includeOnlineLink));
        _calendar.Events.Add(entry);

        if (includeSessions)
        {
            foreach (var session in @event.Sessions.Where(s => s.Kind != SessionKind.Break).OrderBy(s => s.StartUtc).ThenBy(s => s.SortOrder))
            {
                AddSession(session, includeOnlineLink);
            }
        }

        return this;
    }

    /// <summary>A session on its own, titled "Session · Event"; its event (with venue) must be loaded.</summary>
    public IcsBuilder AddSession(Session session, bool includeOnlineLink)
    {
        var @event = session.Event;
        var entry = NewEntry(SessionUid(session.Id, _siteRoot), $"{session.Title} · {@event.Title}", session.Description, @event, session.StartUtc, session.EndUtc, @event.CalendarSequence);
        entry.Location = NullIfEmpty(Location(@event, session.Room?.Name, includeOnlineLink));
        _calendar.Events.Add(entry);
        return this;
    }

    /// <summary>
    /// The event as a meeting for one attendee (with METHOD:REQUEST, or METHOD:CANCEL when <see cref="CalendarMeeting.Cancelled"/>):
    /// Outlook and others show it as an invitation they answered, with the organiser and the attendee's participation
    /// status, and replace (or remove) the copy with the same UID and a lower SEQUENCE.
    /// </summary>
    public IcsBuilder AddMeeting(Event @event, CalendarMeeting meeting)
    {
        var entry = NewEntry(EventUid(@event.Id, _siteRoot), @event.Title, meeting.Description, @event, @event.StartUtc, @event.EndUtc, meeting.Sequence);
        if (meeting.Cancelled)
        {
            entry.Status = IcalStatus.Cancelled;
        }

        entry.Location = NullIfEmpty(Location(@event, roomName: null, meeting.IncludeOnlineLink));
        if (meeting.OrganizerEmail is { } organizer)
        {
            entry.Organizer = new Organizer($"mailto:{organizer}") { CommonName = NullIfEmpty(meeting.OrganizerName) };
        }

        entry.Attendees.Add(new Attendee($"mailto:{meeting.AttendeeEmail}")
        {
            CommonName = NullIfEmpty(meeting.AttendeeName),
            ParticipationStatus = meeting.ParticipationStatus,
            Role = "REQ-PARTICIPANT",
            Rsvp = false,
        });
        _calendar.Events.Add(entry);
        return this;
    }

    public string Build() => new CalendarSerializer().SerializeToString(_calendar) ?? "";

    private CalendarEvent NewEntry(string uid, string summary, string? description, Event @event, DateTime startUtc, DateTime endUtc, int sequence)
    {
        var cancelled = @event.Status == EventStatus.Cancelled;
        var entry = new CalendarEvent
        {
            Uid = uid,
            Summary = NullIfEmpty(cancelled ? _text["Calendar_CancelledSummary", summary] : summary),
            Description = NullIfEmpty(cancelled ? CancelledDescription(@event, description) : description),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(_stampUtc, DateTimeKind.Utc)),
            DtStart = At(startUtc, @event.TimeZoneId),
            DtEnd = At(endUtc, @event.TimeZoneId),
            Sequence = sequence,
            Status = @event.Status switch
            {
                EventStatus.Cancelled => IcalStatus.Cancelled,
                EventStatus.Draft => IcalStatus.Tentative, // a draft may still change or not happen
                _ => IcalStatus.Confirmed,
            },
        };
        if (@event.Slug is { } slug && PublicEvents.IsVisible(@event.Status))
        {
            entry.Url = new Uri(_siteRoot, PublicEvents.PagePath(slug));
        }

        return entry;
    }

    /// <summary>The reason first, where a calendar's preview shows it; then what the entry said before.</summary>
    private string? CancelledDescription(Event @event, string? description)
    {
        var reason = string.IsNullOrWhiteSpace(@event.CancellationReason)
            ? _text["Calendar_Cancelled"]
            : _text["Calendar_CancelledReason", @event.CancellationReason];
        return string.IsNullOrWhiteSpace(description) ? reason : $"{reason}\n\n{description}";
    }

    private CalDateTime At(DateTime utc, string timeZoneId)
    {
        var zone = EventTime.FindZone(timeZoneId);
        var local = EventTime.ToLocal(utc, timeZoneId);
        if (zone.IsAmbiguousTime(local))
        {
            return new CalDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        }

        if (_zones.Add(timeZoneId))
        {
            // Rules from a year before the first event are enough for any calendar to place these dates.
            _calendar.AddTimeZone(timeZoneId, utc.AddYears(-1), includeHistoricalData: false);
        }

        return new CalDateTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), timeZoneId);
    }

    private static string? Location(Event @event, string? roomName, bool includeOnlineLink)
    {
        var parts = new List<string>();
        if (roomName is not null)
        {
            parts.Add(roomName);
        }

        if (@event.Venue is { } venue)
        {
            parts.Add(venue.Name);
            if (venue.Address is not null)
            {
                parts.Add(venue.Address);
            }
        }

        if (includeOnlineLink && @event.OnlineUrl is not null)
        {
            parts.Add(@event.OnlineUrl);
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    // A calendar line carries no NUL or other control characters (parsers stop at them); line breaks are written escaped.
    private static string? NullIfEmpty(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : ControlCharacters().Replace(text.ReplaceLineEndings("\n"), "");

    [GeneratedRegex(@"[\p{Cc}-[\n\t]]")]
    private static partial Regex ControlCharacters();
}
