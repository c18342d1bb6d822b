using EventHub.Core.Common;

namespace EventHub.Core.Events;

/// <summary>A meeting day or evening of the alliance. Instants are UTC; <see cref="TimeZoneId"/> is how people see them.</summary>
public class Event
{
    public const int TitleMaxLength = 200;

    private readonly List<Session> _sessions = [];
    private readonly List<Theme> _themes = [];

    private Event()
    {
    }

    public Event(string title, DateTime startUtc, DateTime endUtc, string timeZoneId = EventTime.DefaultTimeZoneId)
    {
        Retitle(title);
        Reschedule(startUtc, endUtc, timeZoneId);
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>The title folded for search: case and accents do not count ("coordinatie" finds "Coördinatieoverleg").</summary>
    public string SearchTitle { get; private set; } = "";
    public string? Description { get; private set; }

    /// <summary>
    /// The language the organisers write this event in (title, description, its sessions). Pages and emails in the other
    /// language mark that text with it, so screen readers switch voice (WCAG 3.1.2).
    /// </summary>
    public Language Language { get; private set; } = Language.Nl;

    /// <summary>The organisers' personal message in the invitation (Markdown), in English and in Dutch; either may be empty.</summary>
    public string? InvitationMessageEn { get; private set; }

    public string? InvitationMessageNl { get; private set; }
    public DateTime StartUtc { get; private set; }
    public DateTime EndUtc { get; private set; }
    public string TimeZoneId { get; private set; } = EventTime.DefaultTimeZoneId;
    public int? VenueId { get; private set; }
    public Venue? Venue { get; private set; }
    public string? OnlineUrl { get; private set; }

    /// <summary>
    /// Whether the public page and the public calendars show <see cref="OnlineUrl"/>; off by default, so a hybrid event's
    /// link reaches only the people coming (in their emails and calendars).
    /// </summary>
    public bool ShowOnlineLinkPublicly { get; private set; }

    /// <summary>
    /// The calendar revision (iCalendar SEQUENCE): raised whenever the date, time or place changes and when the event is
    /// cancelled, so calendar programs take the newer copy of the same UID.
    /// </summary>
    public int CalendarSequence { get; private set; }
    public int? Capacity { get; private set; }
    public DateTime? RsvpDeadlineUtc { get; private set; }
    public EventStatus Status { get; private set; } = EventStatus.Draft;
    public string? CancellationReason { get; private set; }

    /// <summary>Who partners can contact about this event.</summary>
    public string? OrganiserName { get; private set; }

    public string? OrganiserEmail { get; private set; }

    /// <summary>The readable part of the public URL (/e/{slug}); fixed at first publication so shared links keep working.</summary>
    public string? Slug { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    /// <summary>Set when the date, time or place of a published event changed, so invitees can be told.</summary>
    public DateTime? ChangedSinceInvitationsAtUtc { get; private set; }

    /// <summary>Seats held by accepted invitees; changed only by a conditional UPDATE in one transaction (never overbooks).</summary>
    public int SeatsTaken { get; private set; }

    /// <summary>Warn before sending when one sector is more than this share (percent) of the invite list.</summary>
    public int SectorBalanceThreshold { get; private set; } = 50;

    /// <summary>Days before the RSVP deadline on which people who have not answered are reminded, e.g. "7,2".</summary>
    public string ReminderDays { get; private set; } = EventReminders.DefaultDays;

    /// <summary>
    /// When the feedback survey after the event closes, when the organiser chose a date; null means the default,
    /// <see cref="FeedbackDefaultDays"/> days after the event ends (<see cref="FeedbackClosesAt"/>).
    /// </summary>
    public DateTime? FeedbackClosesAtUtc { get; private set; }

    /// <summary>
    /// Raised by one on every save of the event's details (the edit form); the concurrency token. A form opened before
    /// another organiser's save carries an older version, and saving it is refused instead of putting back their changes.
    /// </summary>
    public int Version { get; private set; }

    public IReadOnlyList<Session> Sessions => _sessions;
    public IReadOnlyList<Theme> Themes => _themes;

    /// <summary>How long the feedback survey stays open after the event when the organiser sets no date.</summary>
    public const int FeedbackDefaultDays = 14;

    /// <summary>
    /// Until when attendees can answer or change their feedback: by default the midnight (in the event's time zone) that
    /// ends the <see cref="FeedbackDefaultDays"/>th day after the event.
    /// </summary>
    public DateTime FeedbackClosesAt => FeedbackClosesAtUtc ?? EventTime.ToUtc(LocalEnd.Date.AddDays(FeedbackDefaultDays + 1), TimeZoneId);

    /// <summary>Surveys go out from this hour, local time, on the day after the event: not in the middle of the night.</summary>
    public const int FeedbackSendFromLocalHour = 9;

    /// <summary>When the feedback survey goes out: the morning after the day the event ended, in its time zone.</summary>
    public DateTime FeedbackSendsAtUtc => EventTime.ToUtc(LocalEnd.Date.AddDays(1).AddHours(FeedbackSendFromLocalHour), TimeZoneId);

    /// <summary>The last day (in the event's time zone) on which the survey can be answered.</summary>
    public DateOnly FeedbackLastDay => DateOnly.FromDateTime(EventTime.ToLocal(FeedbackClosesAt, TimeZoneId).AddTicks(-1));

    /// <summary>Details, programme and invite list can still change: the event is a draft or published, not over or called off.</summary>
    public bool IsOpenForChanges => Status is EventStatus.Draft or EventStatus.Published;

    /// <summary>When answers close: the RSVP deadline, or else the start of the event.</summary>
    public DateTime AnswersCloseAtUtc => RsvpDeadlineUtc ?? StartUtc;

    public DateTime LocalStart => EventTime.ToLocal(StartUtc, TimeZoneId);
    public DateTime LocalEnd => EventTime.ToLocal(EndUtc, TimeZoneId);

    /// <summary>Invitees can answer (or change their answer) while the event is published and answers have not closed.</summary>
    public bool AcceptsAnswers(DateTime nowUtc) => Status == EventStatus.Published && nowUtc < AnswersCloseAtUtc;

    /// <summary>
    /// Its guests can be sent invitations, reminders and withdrawals: the event is published and has not ended. Once it
    /// is cancelled, closed or over, a fresh link or a "withdrawn" email would only confuse them.
    /// </summary>
    public bool SendsToGuests(DateTime nowUtc) => Status == EventStatus.Published && nowUtc < EndUtc;

    /// <summary>The meeting has begun: only from then on can there be anything to report.</summary>
    public bool HasStarted(DateTime nowUtc) => nowUtc >= StartUtc;

    /// <summary>
    /// "End event" is offered: the event is published and its meeting has begun. Ending cannot be undone (answers close,
    /// the door checks no one in), so not a month early by mistake.
    /// </summary>
    public bool CanEnd(DateTime nowUtc) => CanMoveTo(EventStatus.Closed) && HasStarted(nowUtc);

    /// <summary>
    /// "Cancel" is offered: a draft, or a published event whose meeting has not ended. A meeting that took place cannot be
    /// called off: everyone who came would be told it "is cancelled" (it is ended instead).
    /// </summary>
    public bool CanCancel(DateTime nowUtc) => CanMoveTo(EventStatus.Cancelled) && !(Status == EventStatus.Published && nowUtc >= EndUtc);

    public void Retitle(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = TextNormalizer.OneLine(title);
        KeepSearchKey();
    }

    /// <summary>Sets <see cref="SearchTitle"/> from the title; also for events kept from before it.</summary>
    internal void KeepSearchKey() => SearchTitle = TextNormalizer.ForUniqueness(Title);

    public void WriteIn(Language language) => Language = language;

    public const int InvitationMessageMaxLength = 4000;

    public void WriteInvitationMessage(string? english, string? dutch)
    {
        InvitationMessageEn = string.IsNullOrWhiteSpace(english) ? null : english.Trim();
        InvitationMessageNl = string.IsNullOrWhiteSpace(dutch) ? null : dutch.Trim();
    }

    /// <summary>The personal message for a reader of <paramref name="language"/>, or the other one when only that was written, with the language it is in.</summary>
    public (string? Message, Language Language) InvitationMessageFor(Language language) =>
        (language == Language.Nl ? InvitationMessageNl : InvitationMessageEn) is { } own ? (own, language)
        : InvitationMessageEn is { } en ? (en, Language.En)
        : (InvitationMessageNl, Language.Nl);

    public void Describe(string? description) =>
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();

    public void Reschedule(DateTime startUtc, DateTime endUtc, string timeZoneId)
    {
        if (endUtc <= startUtc)
        {
            throw new ArgumentException("An event ends after it starts.", nameof(endUtc));
        }

        if (!EventTime.IsKnownZone(timeZoneId))
        {
            throw new ArgumentException($"Unknown time zone '{timeZoneId}'.", nameof(timeZoneId));
        }

        StartUtc = startUtc;
        EndUtc = endUtc;
        TimeZoneId = timeZoneId;
    }

    /// <summary>How many sessions lie (partly) outside the event's times: the programme editor flags each of them.</summary>
    public int SessionsOutside => _sessions.Count(s => !s.FitsWithin(StartUtc, EndUtc));

    /// <summary>
    /// Gives the event new times. With <paramref name="withProgramme"/> and a new start, every session moves by the same
    /// wall-clock time as the start, in the event's zone, so the day keeps its shape: a session at 14:00 of a 13:00 start
    /// is at 14:00 of the new day, also across a change to or from summer time. Refused, changing nothing, when that would
    /// put a session that fitted the old times outside the new ones (the end came closer); the detail names them.
    /// Without <paramref name="withProgramme"/> the sessions keep their times (see <see cref="SessionsOutside"/>).
    /// </summary>
    /// <returns>How many sessions moved.</returns>
    public Result<int> Move(DateTime startUtc, DateTime endUtc, string timeZoneId, bool withProgramme)
    {
        var startMoved = startUtc != StartUtc || timeZoneId != TimeZoneId;
        if (!withProgramme || !startMoved || _sessions.Count == 0)
        {
            Reschedule(startUtc, endUtc, timeZoneId);
            return Result<int>.Success(0);
        }

        var (oldZone, by) = (TimeZoneId, EventTime.ToLocal(startUtc, timeZoneId) - LocalStart);
        DateTime Shift(DateTime utc) => EventTime.ToUtc(EventTime.ToLocal(utc, oldZone) + by, timeZoneId);
        var moves = _sessions.OrderBy(s => s.SortOrder).Select(s => (Session: s, Start: Shift(s.StartUtc), End: Shift(s.EndUtc))).ToList();
        var pushedOut = moves.Where(m => m.Session.FitsWithin(StartUtc, EndUtc) && !(m.Start >= startUtc && m.End <= endUtc)).ToList();
        if (pushedOut.Count > 0)
        {
            return Result<int>.Failure(EventErrors.ProgrammeWouldNotFit, string.Join(", ", pushedOut.Select(m => $"\u201c{m.Session.Title}\u201d")));
        }

        Reschedule(startUtc, endUtc, timeZoneId);
        foreach (var (session, start, end) in moves)
        {
            session.Reschedule(start, end);
        }

        return Result<int>.Success(moves.Count);
    }

    public void HoldAt(Venue? venue, string? onlineUrl)
    {
        Venue = venue;
        VenueId = venue?.Id;
        OnlineUrl = string.IsNullOrWhiteSpace(onlineUrl) ? null : onlineUrl.Trim();
    }

    public void ShowOnlineLinkToPublic(bool show) => ShowOnlineLinkPublicly = show;

    /// <summary>The online link as the public may see it: null unless the organisers chose to show it.</summary>
    public string? PublicOnlineUrl => ShowOnlineLinkPublicly ? OnlineUrl : null;

    /// <summary>The event's details were saved: a form opened before this is out of date (<see cref="Version"/>).</summary>
    internal void Stamp() => Version++;

    /// <summary>The date, time or place changed: calendars get a new revision of the event.</summary>
    public void NoteCalendarChange() => CalendarSequence++;

    public void Limit(int? capacity, DateTime? rsvpDeadlineUtc)
    {
        if (capacity is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), "An event has room for at least one person.");
        }

        if (rsvpDeadlineUtc is { } deadline && deadline >= StartUtc)
        {
            throw new ArgumentException("The RSVP deadline must be before the event starts.", nameof(rsvpDeadlineUtc));
        }

        Capacity = capacity;
        RsvpDeadlineUtc = rsvpDeadlineUtc;
    }

    /// <summary>Warn before sending when one sector is more than <paramref name="percent"/> of the invite list.</summary>
    public void WarnAboveSectorShare(int percent)
    {
        if (percent is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), "A share is between 1 and 100 percent.");
        }

        SectorBalanceThreshold = percent;
    }

    /// <summary>Sets the days before the RSVP deadline on which people who have not answered are reminded.</summary>
    public void RemindOn(IEnumerable<int> daysBeforeDeadline)
    {
        var days = daysBeforeDeadline.Distinct().OrderDescending().ToList();
        if (days.Count > EventReminders.MaxCount || days.Any(d => d is < 1 or > EventReminders.MaxDays))
        {
            throw new ArgumentOutOfRangeException(nameof(daysBeforeDeadline), "Up to five reminder days, each 1 to 60 days before the deadline.");
        }

        ReminderDays = EventReminders.Format(days);
    }

    /// <summary>
    /// The organiser sets when the feedback survey closes (null: back to the default). A survey cannot close before it
    /// goes out (<see cref="FeedbackSendsAtUtc"/>): nobody would ever be asked.
    /// </summary>
    public Result CloseFeedbackAt(DateTime? closesAtUtc)
    {
        if (closesAtUtc is { } at && at <= FeedbackSendsAtUtc)
        {
            return Result.Failure(EventErrors.FeedbackCloseBeforeSend);
        }

        FeedbackClosesAtUtc = closesAtUtc;
        return Result.Success();
    }

    public void SetOrganiser(string? name, string? email)
    {
        OrganiserName = string.IsNullOrWhiteSpace(name) ? null : TextNormalizer.OneLine(name);
        OrganiserEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
    }

    public void Tag(IEnumerable<Theme> themes)
    {
        var wanted = themes.DistinctBy(t => t.Id).ToList();
        _themes.RemoveAll(t => wanted.All(w => w.Id != t.Id));
        _themes.AddRange(wanted.Where(w => _themes.All(t => t.Id != w.Id)));
    }

    /// <summary>Records that a published event's date, time or place changed; the invitations feature tells invitees.</summary>
    public void NoteChangeForInvitees(DateTime nowUtc)
    {
        if (Status == EventStatus.Published)
        {
            ChangedSinceInvitationsAtUtc = nowUtc;
        }
    }

    public Session AddSession(string title, SessionKind kind, DateTime startUtc, DateTime endUtc, Room? room = null, int? capacity = null)
    {
        var session = new Session(this, title, kind, startUtc, endUtc, room, capacity, NextSortOrder());
        _sessions.Add(session);
        return session;
    }

    public void RemoveSession(Session session)
    {
        _sessions.Remove(session);
        Renumber();
    }

    /// <summary>Moves a session one place up (-1) or down (+1) in the programme's order.</summary>
    public void MoveSession(Session session, int direction)
    {
        var ordered = _sessions.OrderBy(s => s.SortOrder).ToList();
        var index = ordered.IndexOf(session);
        var target = index + Math.Sign(direction);
        if (index < 0 || target < 0 || target >= ordered.Count)
        {
            return;
        }

        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Order(i);
        }
    }

    private int NextSortOrder() => _sessions.Count == 0 ? 0 : _sessions.Max(s => s.SortOrder) + 1;

    private void Renumber()
    {
        var i = 0;
        foreach (var session in _sessions.OrderBy(s => s.SortOrder))
        {
            session.Order(i++);
        }
    }

    public bool CanMoveTo(EventStatus next) => (Status, next) switch
    {
        (EventStatus.Draft, EventStatus.Published) => true,
        (EventStatus.Published, EventStatus.Closed) => true,
        (EventStatus.Closed, EventStatus.Archived) => true,
        (EventStatus.Draft or EventStatus.Published, EventStatus.Cancelled) => true,
        _ => false,
    };

    /// <summary>What publishing still needs: a place (venue or online link), then at least one session; success when nothing.</summary>
    public Result ReadyToPublish() =>
        Venue is null && VenueId is null && OnlineUrl is null ? Result.Failure(EventErrors.NoPlace)
        : _sessions.Count == 0 ? Result.Failure(EventErrors.NoSessions)
        : Result.Success();

    /// <summary>
    /// Publishes a complete event: it needs a place (venue or online link) and at least one session.
    /// The public link's slug is fixed here, the first time.
    /// </summary>
    public Result Publish(DateTime nowUtc, string slug)
    {
        if (ReadyToPublish() is { Succeeded: false } missing)
        {
            return missing;
        }

        var moved = MoveTo(EventStatus.Published);
        if (moved.Succeeded)
        {
            PublishedAtUtc ??= nowUtc;
            Slug ??= slug;
        }

        return moved;
    }

    public Result Close() => MoveTo(EventStatus.Closed);

    /// <summary>The organiser ends the meeting (<see cref="CanEnd"/>): refused before it has started.</summary>
    public Result End(DateTime nowUtc) =>
        Status == EventStatus.Published && !HasStarted(nowUtc) ? Result.Failure(EventErrors.NotStartedYet) : Close();

    public Result Archive() => MoveTo(EventStatus.Archived);

    /// <summary>The organiser calls the event off (<see cref="CanCancel"/>): refused once a published meeting has ended.</summary>
    public Result Cancel(string reason, DateTime nowUtc) =>
        Status == EventStatus.Published && nowUtc >= EndUtc ? Result.Failure(EventErrors.AlreadyTookPlace) : Cancel(reason);

    public Result Cancel(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure(EventErrors.CancellationReasonRequired);
        }

        var moved = MoveTo(EventStatus.Cancelled);
        if (moved.Succeeded)
        {
            CancellationReason = reason.Trim();
            NoteCalendarChange();
        }

        return moved;
    }

    private Result MoveTo(EventStatus next)
    {
        if (!CanMoveTo(next))
        {
            return Result.Failure(EventErrors.InvalidTransition, $"{Status} → {next}");
        }

        Status = next;
        return Result.Success();
    }
}
