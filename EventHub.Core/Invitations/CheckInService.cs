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
/// sector balance and "invite everyone who attended".
/// </summary>
public sealed class CheckInService(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    public async Task<Result<CheckInResult>> CheckInByCodeAsync(int eventId, string code, CancellationToken ct = default)
    {
        var normalised = CheckInCodes.Normalise(code ?? "");
        return normalised.Length == 0
            ? Result<CheckInResult>.Failure(InvitationErrors.UnknownCheckInCode)
            : await CheckInAsync(eventId, i => i.CheckInCode == normalised, ct);
    }

    public Task<Result<CheckInResult>> CheckInAsync(int eventId, int invitationId, CancellationToken ct = default) =>
        CheckInAsync(eventId, i => i.Id == invitationId, ct);

    public Task<Result> UndoAsync(int eventId, int invitationId, CancellationToken ct = default) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.EventId == eventId, token);
            if (invitation is null)
            {
                return Result.Failure(InvitationErrors.NotFound);
            }

            invitation.UndoCheckIn();
            return Result.Success();
        }, ct);

    /// <summary>
    /// Guests of the event whose name, email or organisation contains <paramref name="text"/> (at least two characters),
    /// for someone who arrives without their code; at most <paramref name="max"/>, by name.
    /// </summary>
    public async Task<IReadOnlyList<ArrivingGuest>> FindAsync(int eventId, string? text, int max = 10, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length < 2)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sent = db.Invitations.Where(i => i.EventId == eventId && i.Status != InvitationStatus.Listed
            && i.Status != InvitationStatus.Cancelled && i.Status != InvitationStatus.Substituted);
        return await new GuestQuery(Search: text).Apply(sent)
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

    private Task<Result<CheckInResult>> CheckInAsync(int eventId, System.Linq.Expressions.Expression<Func<Invitation, bool>> which, CancellationToken ct) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
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
