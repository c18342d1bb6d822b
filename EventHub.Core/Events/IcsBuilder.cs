using System.Text.RegularExpressions;
using EventHub.Core.Common;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;
using IcalStatus = Ical.Net.EventStatus;

namespace EventHub.Core.Events;

/// <summary>
/// Writes events and sessions as one VCALENDAR. Times carry the event's IANA zone with a VTIMEZONE, so calendars
/// show "13:00 Europe/Amsterdam"; a local time that occurs twice (the autumn change) is written in UTC instead,
/// because a TZID time cannot say which of the two is meant.
/// </summary>
internal sealed partial class IcsBuilder
{
    private readonly IcalCalendar _calendar;
    private readonly HashSet<string> _zones = [];
    private readonly DateTime _stampUtc;
    private readonly Uri _siteRoot;

    /// <param name="method">PUBLISH for downloads and feeds; REQUEST for a personal invitation that calendars treat as a meeting.</param>
    public IcsBuilder(string calendarName, DateTime stampUtc, Uri siteRoot, string method = "PUBLISH")
    {
        _calendar = new IcalCalendar { ProductId = "-//EventHub//EventHub//EN", Method = method };
        _stampUtc = stampUtc;
        _siteRoot = siteRoot;
        _calendar.AddProperty("X-WR-CALNAME", NullIfEmpty(calendarName) ?? "EventHub");
    }

    /// <summary>Adds the event; with <paramref name="includeSessions"/> each session except breaks becomes its own VEVENT too.</summary>
    public IcsBuilder AddEvent(Event @event, bool includeSessions)
    {
        var entry = NewEntry($"event-{@event.Id}@eventhub", @event.Title, @event, @event.StartUtc, @event.EndUtc);
        entry.Description = NullIfEmpty(MarkdownText.ToPlainText(@event.Description));
        entry.Location = NullIfEmpty(Location(@event, roomName: null));
        _calendar.Events.Add(entry);

        if (includeSessions)
        {
            foreach (var session in @event.Sessions.Where(s => s.Kind != SessionKind.Break).OrderBy(s => s.StartUtc).ThenBy(s => s.SortOrder))
            {
                AddSession(session);
            }
        }

        return this;
    }

    /// <summary>A session on its own, titled "Session · Event"; its event (with venue) must be loaded.</summary>
    public IcsBuilder AddSession(Session session)
    {
        var @event = session.Event;
        var entry = NewEntry($"session-{session.Id}@eventhub", $"{session.Title} · {@event.Title}", @event, session.StartUtc, session.EndUtc);
        entry.Description = NullIfEmpty(session.Description);
        entry.Location = NullIfEmpty(Location(@event, session.Room?.Name));
        _calendar.Events.Add(entry);
        return this;
    }

    /// <summary>
    /// The event as a meeting for one attendee (with METHOD:REQUEST): Outlook and others show it as an invitation
    /// they answered, with the organiser and the attendee's participation status.
    /// </summary>
    public IcsBuilder AddMeeting(Event @event, string attendeeEmail, string attendeeName, string participationStatus)
    {
        var entry = NewEntry($"event-{@event.Id}@eventhub", @event.Title, @event, @event.StartUtc, @event.EndUtc);
        entry.Description = NullIfEmpty(MarkdownText.ToPlainText(@event.Description));
        entry.Location = NullIfEmpty(Location(@event, roomName: null));
        entry.Organizer = new Organizer($"mailto:{@event.OrganiserEmail ?? "noreply@eventhub.example"}") { CommonName = NullIfEmpty(@event.OrganiserName) ?? "EventHub" };
        entry.Attendees.Add(new Attendee($"mailto:{attendeeEmail}")
        {
            CommonName = NullIfEmpty(attendeeName),
            ParticipationStatus = participationStatus,
            Role = "REQ-PARTICIPANT",
            Rsvp = false,
        });
        _calendar.Events.Add(entry);
        return this;
    }

    public string Build() => new CalendarSerializer().SerializeToString(_calendar) ?? "";

    private CalendarEvent NewEntry(string uid, string summary, Event @event, DateTime startUtc, DateTime endUtc)
    {
        var entry = new CalendarEvent
        {
            Uid = uid,
            Summary = NullIfEmpty(summary),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(_stampUtc, DateTimeKind.Utc)),
            DtStart = At(startUtc, @event.TimeZoneId),
            DtEnd = At(endUtc, @event.TimeZoneId),
            Status = @event.Status == EventStatus.Cancelled ? IcalStatus.Cancelled : IcalStatus.Confirmed,
        };
        if (@event.Slug is { } slug && PublicEvents.IsVisible(@event.Status))
        {
            entry.Url = new Uri(_siteRoot, PublicEvents.PagePath(slug));
        }

        return entry;
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

    private static string? Location(Event @event, string? roomName)
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

        if (@event.OnlineUrl is not null)
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
