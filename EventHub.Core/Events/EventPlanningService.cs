using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Events;

/// <summary>
/// Planning an event: create, edit, and move it through its lifecycle; copy last year's. Organisers and admins only:
/// every method refuses anyone else (<see cref="AccessErrors.NotAllowed"/>), whatever a page shows them.
/// </summary>
public sealed class EventPlanningService(IDbContextFactory<EventHubDbContext> dbFactory, IEventChangeHandler changes, TimeProvider time)
{
    public async Task<Result<int>> CreateAsync(EventInput input, TeamMember organiser, CancellationToken ct = default)
    {
        if (!organiser.IsOrganiser)
        {
            return Result<int>.Failure(AccessErrors.NotAllowed);
        }

        if (input.Problem() is { } problem)
        {
            return Result<int>.Failure(problem);
        }

        return await dbFactory.WriteAsync(async (db, token) =>
        {
            var venue = await VenueAsync(db, input.VenueId, token);
            if (input.VenueId is not null && venue is null)
            {
                return Result<int>.Failure(EventErrors.UnknownVenue);
            }

            var @event = new Event(input.Title, Utc(input.LocalStart, input), Utc(input.LocalEnd, input), input.TimeZoneId);
            await ApplyAsync(db, @event, input, venue, token);
            db.Events.Add(@event);
            await db.SaveChangesAsync(token);
            return Result<int>.Success(@event.Id);
        }, ct);
    }

    /// <summary>
    /// Saves the event's details; for a published event a new date, time or place is noted so invitees can be told, with
    /// their sessions' new times. A new start takes the programme along unless <see cref="EventInput.MoveProgramme"/> is off
    /// (<see cref="Event.Move"/>); the answer says how many sessions moved and how many now lie outside the event.
    /// Saved on top of <paramref name="expectedVersion"/> only (<see cref="Event.Version"/>): a form opened before another
    /// organiser's save is refused (<see cref="EventErrors.ChangedMeanwhile"/>), so it never puts back their date, place
    /// or capacity, nor tells the invitees about a change nobody meant to make.
    /// </summary>
    public async Task<Result<EventSaved>> UpdateAsync(int id, EventInput input, int expectedVersion, TeamMember organiser, CancellationToken ct = default)
    {
        if (!organiser.IsOrganiser)
        {
            return Result<EventSaved>.Failure(AccessErrors.NotAllowed);
        }

        if (input.Problem() is { } problem)
        {
            return Result<EventSaved>.Failure(problem);
        }

        try
        {
            return await dbFactory.WriteAsync((db, token) => SaveDetailsAsync(db, id, input, expectedVersion, token), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another save won the race (the version is the concurrency token; on SQLite writers take turns instead).
            return Result<EventSaved>.Failure(EventErrors.ChangedMeanwhile);
        }
    }

    private async Task<Result<EventSaved>> SaveDetailsAsync(EventHubDbContext db, int id, EventInput input, int expectedVersion, CancellationToken token)
    {
        var @event = await db.Events.Include(e => e.Themes).Include(e => e.Sessions).SingleOrDefaultAsync(e => e.Id == id, token);
        if (@event is null)
        {
            return Result<EventSaved>.Failure(EventErrors.NotFound);
        }

        if (!@event.IsOpenForChanges)
        {
            return Result<EventSaved>.Failure(EventErrors.EventNotEditable);
        }

        if (@event.Version != expectedVersion)
        {
            return Result<EventSaved>.Failure(EventErrors.ChangedMeanwhile);
        }

        var venue = await VenueAsync(db, input.VenueId, token);
        if (input.VenueId is not null && venue is null)
        {
            return Result<EventSaved>.Failure(EventErrors.UnknownVenue);
        }

        var (startUtc, endUtc) = (Utc(input.LocalStart, input), Utc(input.LocalEnd, input));
        var placeOrTimeChanged = Moves(@event, input);
        // Refused before anything changed: the write saves whatever the context tracks.
        var moved = @event.Move(startUtc, endUtc, input.TimeZoneId, input.MoveProgramme);
        if (!moved.Succeeded)
        {
            return Result<EventSaved>.Failure(moved.ErrorCode!, moved.ErrorDetail);
        }

        await ApplyAsync(db, @event, input, venue, token);
        @event.Stamp();
        if (placeOrTimeChanged)
        {
            @event.NoteCalendarChange();
        }

        // More places than before: the people waiting get them now, in order.
        if (@event.Status == EventStatus.Published)
        {
            await changes.PublishedEventSavedAsync(db, @event, time.GetUtcNow().UtcDateTime, token);
        }

        if (placeOrTimeChanged && @event.Status == EventStatus.Published)
        {
            var now = time.GetUtcNow().UtcDateTime;
            @event.NoteChangeForInvitees(now);
            // The sessions moved in this context, so the invitees' calendars carry their new times.
            await changes.EventMovedAsync(db, @event, now, token);
        }

        return Result<EventSaved>.Success(new EventSaved(moved.Value, @event.SessionsOutside));
    }

    public Task<Result> PublishAsync(int id, TeamMember organiser, CancellationToken ct = default) =>
        ChangeAsync(id, organiser, async (db, @event, token) =>
        {
            var slug = @event.Slug ?? await FreeSlugAsync(db, Slugs.For(@event), token);
            return @event.Publish(time.GetUtcNow().UtcDateTime, slug);
        }, ct);

    /// <summary>"End event": the meeting is over (status Closed); refused before it has started (<see cref="Event.End"/>).</summary>
    public Task<Result> CloseAsync(int id, TeamMember organiser, CancellationToken ct = default) =>
        ChangeAsync(id, organiser, (_, e, _) => Task.FromResult(e.End(time.GetUtcNow().UtcDateTime)), ct);

    public Task<Result> ArchiveAsync(int id, TeamMember organiser, CancellationToken ct = default) => ChangeAsync(id, organiser, (_, e, _) => Task.FromResult(e.Archive()), ct);

    /// <summary>
    /// Cancels the event with a reason; everyone invited, coming or waiting is told (through the outbox). Refused once a
    /// published meeting has ended (<see cref="Event.Cancel(string, DateTime)"/>): it took place, so nobody is told otherwise.
    /// </summary>
    public Task<Result> CancelAsync(int id, string reason, TeamMember organiser, CancellationToken ct = default) =>
        ChangeAsync(id, organiser, async (db, e, token) =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            var cancelled = e.Cancel(reason, now);
            if (cancelled.Succeeded)
            {
                await changes.EventCancelledAsync(db, e, now, token);
            }

            return cancelled;
        }, ct);

    /// <summary>
    /// Copies an event with its programme, rooms, facilitators and themes to a new day, as a draft, with the organisers'
    /// settings (reminder days, sector-balance warning, invitation message). Every time moves by the same number of days,
    /// so the day keeps its shape.
    /// </summary>
    public async Task<Result<int>> CopyAsync(int id, DateOnly newLocalDay, TeamMember organiser, CancellationToken ct = default) =>
        !organiser.IsOrganiser ? Result<int>.Failure(AccessErrors.NotAllowed) : await dbFactory.WriteAsync(async (db, token) =>
        {
            var source = await db.Events.AsNoTracking()
                .Include(e => e.Themes)
                .Include(e => e.Sessions).ThenInclude(s => s.Facilitators)
                .SingleOrDefaultAsync(e => e.Id == id, token);
            if (source is null)
            {
                return Result<int>.Failure(EventErrors.NotFound);
            }

            // A meeting is planned ahead: a day already past would be a draft nobody can hold.
            if (!CopyDay.IsOpen(newLocalDay, CopyDay.Today(time.GetUtcNow().UtcDateTime, source.TimeZoneId)))
            {
                return Result<int>.Failure(EventErrors.CopyDayPassed);
            }

            var shift = newLocalDay.DayNumber - DateOnly.FromDateTime(source.LocalStart).DayNumber;
            DateTime Shift(DateTime utc) => EventTime.AddLocalDays(utc, shift, source.TimeZoneId);

            var copy = new Event(source.Title, Shift(source.StartUtc), Shift(source.EndUtc), source.TimeZoneId);
            copy.WriteIn(source.Language);
            copy.Describe(source.Description);
            copy.HoldAt(await VenueAsync(db, source.VenueId, token), source.OnlineUrl);
            copy.ShowOnlineLinkToPublic(source.ShowOnlineLinkPublicly);
            copy.Limit(source.Capacity, source.RsvpDeadlineUtc is { } deadline ? Shift(deadline) : null);
            copy.SetOrganiser(source.OrganiserName, source.OrganiserEmail);
            // The organisers' own settings come along too: who is reminded when, the balance warning, their message.
            copy.WarnAboveSectorShare(source.SectorBalanceThreshold);
            copy.RemindOn(EventReminders.Parse(source.ReminderDays));
            copy.WriteInvitationMessage(source.InvitationMessageEn, source.InvitationMessageNl);
            if (source.FeedbackClosesAtUtc is { } feedbackCloses)
            {
                copy.CloseFeedbackAt(Shift(feedbackCloses));
            }

            var themeIds = source.Themes.Select(t => t.Id).ToList();
            copy.Tag(await db.Themes.Where(t => themeIds.Contains(t.Id)).ToListAsync(token));
            var rooms = await db.Rooms.Where(r => r.VenueId == source.VenueId).ToListAsync(token);
            var facilitatorIds = source.Sessions.SelectMany(s => s.Facilitators).Select(f => f.Id).Distinct().ToList();
            var facilitators = await db.Users.Where(u => facilitatorIds.Contains(u.Id)).ToListAsync(token);
            foreach (var session in source.Sessions.OrderBy(s => s.SortOrder))
            {
                var room = rooms.SingleOrDefault(r => r.Id == session.RoomId);
                var added = copy.AddSession(session.Title, session.Kind, Shift(session.StartUtc), Shift(session.EndUtc), room, session.Capacity);
                added.Plan(session.Title, session.Kind, added.StartUtc, added.EndUtc, room, session.Capacity, session.Description);
                added.AssignFacilitators(facilitators.Where(f => session.Facilitators.Any(sf => sf.Id == f.Id)));
            }

            db.Events.Add(copy);
            await db.SaveChangesAsync(token);
            return Result<int>.Success(copy.Id);
        }, ct);

    private Task<Result> ChangeAsync(int id, TeamMember organiser, Func<EventHubDbContext, Event, CancellationToken, Task<Result>> change, CancellationToken ct) =>
        !organiser.IsOrganiser ? Task.FromResult(Result.Failure(AccessErrors.NotAllowed)) : dbFactory.WriteAsync(async (db, token) =>
        {
            var @event = await db.Events.Include(e => e.Sessions).Include(e => e.Venue).SingleOrDefaultAsync(e => e.Id == id, token);
            return @event is null ? Result.Failure(EventErrors.NotFound) : await change(db, @event, token);
        }, ct);

    private static async Task ApplyAsync(EventHubDbContext db, Event @event, EventInput input, Venue? venue, CancellationToken ct)
    {
        @event.Retitle(input.Title);
        @event.WriteIn(input.Language);
        @event.Describe(input.Description);
        @event.HoldAt(venue, Clean(input.OnlineUrl));
        @event.ShowOnlineLinkToPublic(input.ShowOnlineLinkPublicly);
        @event.Limit(input.Capacity, input.LocalRsvpDeadline is { } deadline ? Utc(deadline, input) : null);
        @event.SetOrganiser(input.OrganiserName, input.OrganiserEmail);
        @event.WarnAboveSectorShare(input.SectorBalanceThreshold);
        EventReminders.TryParse(input.ReminderDays, out var reminderDays);
        @event.RemindOn(reminderDays);
        var themeIds = input.ThemeIds ?? [];
        @event.Tag(await db.Themes.Where(t => themeIds.Contains(t.Id)).ToListAsync(ct));
    }

    private static async Task<Venue?> VenueAsync(EventHubDbContext db, int? venueId, CancellationToken ct) =>
        venueId is { } id ? await db.Venues.SingleOrDefaultAsync(v => v.Id == id, ct) : null;

    /// <summary>The slug, or the slug with -2, -3… when another event already has it.</summary>
    private static async Task<string> FreeSlugAsync(EventHubDbContext db, string slug, CancellationToken ct)
    {
        var taken = await db.Events.Where(e => e.Slug != null && e.Slug.StartsWith(slug)).Select(e => e.Slug!).ToListAsync(ct);
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }

    /// <summary>
    /// Whether saving <paramref name="input"/> changes the event's date, time or place: calendars get a new revision, and
    /// for a published event every invitee still open is emailed (the edit form asks first, by the same rule).
    /// </summary>
    public static bool Moves(Event @event, EventInput input) =>
        Utc(input.LocalStart, input) != @event.StartUtc || Utc(input.LocalEnd, input) != @event.EndUtc
        || input.VenueId != @event.VenueId || Clean(input.OnlineUrl) != @event.OnlineUrl;

    private static DateTime Utc(DateTime local, EventInput input) => EventTime.ToUtc(local, input.TimeZoneId);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
