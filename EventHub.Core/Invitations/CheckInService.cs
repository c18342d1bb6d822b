using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>Who just came in, as door staff see it.</summary>
public sealed record CheckInResult(int InvitationId, string Name, string? Organisation, InvitationStatus Status, DateTime CheckedInAtUtc, bool WasAlreadyCheckedIn);

/// <summary>A guest found by name at the door (someone without their code).</summary>
public sealed record ArrivingGuest(int InvitationId, string Name, string? Organisation, InvitationStatus Status, DateTime? CheckedInAtUtc);

/// <summary>An event people were checked in at, to invite them again.</summary>
public sealed record AttendedEvent(int EventId, string Title, DateTime StartUtc, string TimeZoneId, int Attended);

/// <summary>How many of those expected have arrived.</summary>
public sealed record ArrivalCounts(int CheckedIn, int Expected);

/// <summary>
/// Checking people in at the door, by the code on their QR code (or typed) or from the guest list. Checking in is
/// idempotent: a second scan says when the person arrived instead of counting them twice. Attendance feeds the
/// sector balance and "invite everyone who attended". Every read and write of the door checks the caller
/// (<see cref="DoorEvents"/>): door staff work only today's events.
/// </summary>
public sealed class CheckInService(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The events door staff can work today, soonest first (<see cref="DoorEvents.IsOnToday(EventSummary, DateTime)"/>).</summary>
    public async Task<IReadOnlyList<EventSummary>> EventsTodayAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // A day either side in UTC covers every time zone; the exact day is decided where the event takes place.
        var (from, to) = (now.AddDays(-1), now.AddDays(1));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var candidates = await EventService.Summaries(db.Events
                .Where(e => (e.Status == EventStatus.Published || e.Status == EventStatus.Closed) && e.StartUtc <= to && e.EndUtc >= from)
                .OrderBy(e => e.StartUtc))
            .ToListAsync(ct);
        return candidates.Where(e => DoorEvents.IsOnToday(e, now)).ToList();
    }

    /// <summary>Null when <paramref name="member"/> may work the door of the event; otherwise why not (see <see cref="DoorEvents"/>).</summary>
    public async Task<string?> DenyDoorAsync(int eventId, TeamMember member, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await DoorEvents.DenyAsync(db, eventId, member, time.GetUtcNow().UtcDateTime, ct);
    }

    public async Task<Result<CheckInResult>> CheckInByCodeAsync(int eventId, string code, TeamMember member, CancellationToken ct = default)
    {
        var normalised = CheckInCodes.Normalise(code ?? "");
        return normalised.Length == 0
            ? Result<CheckInResult>.Failure(InvitationErrors.UnknownCheckInCode)
            : await CheckInAsync(eventId, i => i.CheckInCode == normalised, member, ct);
    }

    public Task<Result<CheckInResult>> CheckInAsync(int eventId, int invitationId, TeamMember member, CancellationToken ct = default) =>
        CheckInAsync(eventId, i => i.Id == invitationId, member, ct);

    public Task<Result> UndoAsync(int eventId, int invitationId, TeamMember member, CancellationToken ct = default) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            if (await DoorEvents.DenyAsync(db, eventId, member, time.GetUtcNow().UtcDateTime, token) is { } denied)
            {
                return Result.Failure(denied);
            }

            var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.EventId == eventId, token);
            if (invitation is null)
            {
                return Result.Failure(InvitationErrors.NotFound);
            }

            invitation.UndoCheckIn();
            return Result.Success();
        }, ct);

    /// <summary>
    /// Guests of the event who may come (accepted, tentative, waitlisted, or not answered yet) whose name or organisation
    /// contains <paramref name="text"/> (at least two characters), for someone who arrives without their code; at most
    /// <paramref name="max"/>, by name. Never by email address (the door sees no addresses), and never someone who
    /// declined or withdrew: they appear only when their own code is scanned. Empty for a caller who may not work this door.
    /// </summary>
    public async Task<IReadOnlyList<ArrivingGuest>> FindAsync(int eventId, string? text, TeamMember member, int max = 10, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length < 2)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await DoorEvents.DenyAsync(db, eventId, member, time.GetUtcNow().UtcDateTime, ct) is not null)
        {
            return [];
        }

        var search = text.Trim().ToLowerInvariant();
        var organisationName = TextNormalizer.ForUniqueness(text);
        var mayCome = db.Invitations.Where(i => i.EventId == eventId && (i.Status == InvitationStatus.Accepted
            || i.Status == InvitationStatus.Tentative || i.Status == InvitationStatus.Waitlisted || i.Status == InvitationStatus.Invited));
        return await mayCome
            .Where(i => (i.Contact.FirstName + " " + i.Contact.LastName).ToLower().Contains(search)
                || (i.Contact.Organisation != null && i.Contact.Organisation.NormalizedName.Contains(organisationName)))
            .OrderBy(i => i.Contact.LastName).ThenBy(i => i.Contact.FirstName).ThenBy(i => i.Id)
            .Take(max)
            .Select(i => new ArrivingGuest(i.Id, i.Contact.FirstName + " " + i.Contact.LastName,
                i.Contact.Organisation != null ? i.Contact.Organisation.Name : null, i.Status, i.CheckedInAtUtc))
            .ToListAsync(ct);
    }

    public async Task<ArrivalCounts> CountsAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var invitations = db.Invitations.Where(i => i.EventId == eventId);
        return new ArrivalCounts(
            await invitations.CountAsync(i => i.CheckedInAtUtc != null, ct),
            await invitations.CountAsync(i => i.Status == InvitationStatus.Accepted, ct));
    }

    /// <summary>Events (other than <paramref name="exceptEventId"/>) at which people were checked in, newest first.</summary>
    public async Task<IReadOnlyList<AttendedEvent>> AttendedEventsAsync(int exceptEventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Events.Where(e => e.Id != exceptEventId)
            .Select(e => new { Event = e, Attended = db.Invitations.Count(i => i.EventId == e.Id && i.CheckedInAtUtc != null) })
            .Where(e => e.Attended > 0)
            .OrderByDescending(e => e.Event.StartUtc)
            .Select(e => new AttendedEvent(e.Event.Id, e.Event.Title, e.Event.StartUtc, e.Event.TimeZoneId, e.Attended))
            .ToListAsync(ct);
    }

    private Task<Result<CheckInResult>> CheckInAsync(int eventId, System.Linq.Expressions.Expression<Func<Invitation, bool>> which, TeamMember member, CancellationToken ct) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            if (await DoorEvents.DenyAsync(db, eventId, member, time.GetUtcNow().UtcDateTime, token) is { } denied)
            {
                return Result<CheckInResult>.Failure(denied);
            }

            var invitation = await db.Invitations.Include(i => i.Contact).ThenInclude(c => c.Organisation).Include(i => i.Event)
                .Where(i => i.EventId == eventId).SingleOrDefaultAsync(which, token);
            if (invitation is null || invitation.Status is InvitationStatus.Listed)
            {
                return Result<CheckInResult>.Failure(InvitationErrors.UnknownCheckInCode);
            }

            if (!invitation.IsOpen || invitation.Event.Status is not (EventStatus.Published or EventStatus.Closed))
            {
                return Result<CheckInResult>.Failure(InvitationErrors.CheckInNotPossible, invitation.Contact.FullName);
            }

            var already = invitation.Attended;
            invitation.CheckIn(time.GetUtcNow().UtcDateTime);
            return Result<CheckInResult>.Success(new CheckInResult(invitation.Id, invitation.Contact.FullName, invitation.Contact.Organisation?.Name,
                invitation.Status, invitation.CheckedInAtUtc!.Value, already));
        }, ct);
}
