using System.Linq.Expressions;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Door;

/// <summary>An event people were checked in at, to invite them again.</summary>
public sealed record AttendedEvent(int EventId, string Title, DateTime StartUtc, DateTime EndUtc, string TimeZoneId, int Attended);

/// <summary>
/// A check-in a desk did while offline, sent later: its own id makes sending it twice change nothing. <see cref="AtUtc"/>
/// (when the person came in) and <see cref="SentAtUtc"/> (when the desk sent it) are both read from the desk's clock,
/// which may be wrong (a phone set by hand, a laptop's drifted clock); the time between them is not.
/// </summary>
public sealed record DoorOperation(Guid Id, DateTime AtUtc, DateTime? SentAtUtc = null);

/// <summary>
/// The door: every scan, name pick or admission gets one of a few clear answers (<see cref="DoorAnswerKind"/>). Only
/// accepted guests are checked in by a scan; anyone else invited is "not on the list" until door staff press Admit.
/// A check-in is claimed in the database with one conditional update, so two desks checking in one person at the same
/// moment count them once and the second is told "already in". Door staff may undo their own check-in for
/// <see cref="UndoWindow"/>; organisers any time until the event is ended. Every read and write checks the caller, and every
/// change that the event is not ended yet (<see cref="DoorEvents"/>).
/// </summary>
public sealed class CheckInService(IDbContextFactory<EventHubDbContext> dbFactory, InvitationNotifier notifier, TimeProvider time)
{
    public static readonly TimeSpan UndoWindow = TimeSpan.FromMinutes(5);

    /// <summary>How far back a desk that was offline may date a check-in it queued.</summary>
    public static readonly TimeSpan OfflineHorizon = TimeSpan.FromHours(24);

    /// <summary>The events door staff can work today, soonest first (<see cref="DoorEvents.IsOnToday(EventSummary, DateTime)"/>).</summary>
    public async Task<IReadOnlyList<EventSummary>> EventsTodayAsync(CancellationToken ct = default)
    {
        var now = Now;
        // A day either side in UTC covers every time zone; the exact day is decided where the event takes place.
        var (from, to) = (now.AddDays(-1), now.AddDays(1));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var candidates = await EventService.Summaries(db.Events
                .Where(e => (e.Status == EventStatus.Published || e.Status == EventStatus.Closed) && e.StartUtc <= to && e.EndUtc >= from)
                .OrderBy(e => e.StartUtc))
            .ToListAsync(ct);
        return candidates.Where(e => DoorEvents.IsOnToday(e, now)).ToList();
    }

    /// <summary>
    /// The first published event on a later day than today where it is held, for door staff who look before the day
    /// (its title and day only: its desk opens on that day). Null when none is planned.
    /// </summary>
    public async Task<EventSummary?> NextDoorDayAsync(CancellationToken ct = default)
    {
        var now = Now;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var upcoming = EventService.Summaries(db.Events
                .Where(e => e.Status == EventStatus.Published && e.StartUtc > now)
                .OrderBy(e => e.StartUtc))
            .AsAsyncEnumerable();
        await foreach (var summary in upcoming.WithCancellation(ct))
        {
            if (!DoorEvents.IsOnToday(summary, now)) // an event later today is on today's list
            {
                return summary;
            }
        }

        return null;
    }

    /// <summary>Null when <paramref name="member"/> may work the door of the event; otherwise why not (see <see cref="DoorEvents"/>).</summary>
    public async Task<string?> DenyDoorAsync(int eventId, TeamMember member, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await DoorEvents.DenyAsync(db, eventId, member, Now, ct);
    }

    /// <summary>A scanned or typed check-in code: accepted guests are checked in; everyone else gets their answer.</summary>
    public Task<Result<DoorAnswer>> ScanAsync(int eventId, string? code, TeamMember member, DoorOperation? operation = null, CancellationToken ct = default)
    {
        var normalised = CheckInCodes.Normalise(code ?? "");
        return AnswerAsync(eventId, i => i.CheckInCode == normalised && normalised != "", admit: false, member, operation, ct);
    }

    /// <summary>A guest picked by name: checked in when accepted, otherwise "not on the list".</summary>
    public Task<Result<DoorAnswer>> CheckInAsync(int eventId, int invitationId, TeamMember member, DoorOperation? operation = null, CancellationToken ct = default) =>
        AnswerAsync(eventId, i => i.Id == invitationId, admit: false, member, operation, ct);

    /// <summary>Lets in someone invited who is not on the list (waitlisted, maybe, declined, no answer); counted as admitted, over capacity if need be.</summary>
    public Task<Result<DoorAnswer>> AdmitAsync(int eventId, int invitationId, TeamMember member, DoorOperation? operation = null, CancellationToken ct = default) =>
        AnswerAsync(eventId, i => i.Id == invitationId, admit: true, member, operation, ct);

    /// <summary>Takes back a check-in: door staff only their own and within <see cref="UndoWindow"/>; a walk-in's registration is cancelled.</summary>
    public async Task<Result> UndoAsync(int eventId, int invitationId, TeamMember member, CancellationToken ct = default)
    {
        var result = await dbFactory.WriteAsync(async (db, token) =>
        {
            if (await DoorEvents.DenyChangeAsync(db, eventId, member, Now, token) is { } denied)
            {
                return Result.Failure(denied);
            }

            var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.EventId == eventId, token);
            if (invitation is not { CheckedInAtUtc: not null })
            {
                return Result.Failure(DoorErrors.NotCheckedIn);
            }

            if (!MayUndo(member, invitation.CheckedInAtUtc, invitation.CheckedInByUserId))
            {
                return Result.Failure(invitation.CheckedInByUserId == member.UserId ? DoorErrors.UndoTooLate : DoorErrors.UndoNotYours);
            }

            invitation.UndoCheckIn();
            return Result.Success();
        }, ct);
        return result;
    }

    /// <summary>Who is in the room (see <see cref="ArrivalCounts"/>); every checked-in person counts in exactly one group.</summary>
    public async Task<ArrivalCounts> CountsAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await CountsAsync(db, eventId, ct);
    }

    /// <summary>Events (other than <paramref name="exceptEventId"/>) at which people were checked in, newest first.</summary>
    public async Task<IReadOnlyList<AttendedEvent>> AttendedEventsAsync(int exceptEventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Events.Where(e => e.Id != exceptEventId)
            .Select(e => new { Event = e, Attended = db.Invitations.Count(i => i.EventId == e.Id && i.CheckedInAtUtc != null) })
            .Where(e => e.Attended > 0)
            .OrderByDescending(e => e.Event.StartUtc)
            .Select(e => new AttendedEvent(e.Event.Id, e.Event.Title, e.Event.StartUtc, e.Event.EndUtc, e.Event.TimeZoneId, e.Attended))
            .ToListAsync(ct);
    }

    /// <summary>Whether <paramref name="member"/> may take back a check-in done by <paramref name="byUserId"/> at <paramref name="atUtc"/>.</summary>
    internal static bool MayUndo(TeamMember member, DateTime? atUtc, string? byUserId, DateTime nowUtc) =>
        atUtc is { } at && (member.IsOrganiser || (byUserId == member.UserId && nowUtc - at <= UndoWindow));

    /// <summary>
    /// Invitations the door knows: everyone invited, except cancelled ones. Someone who sent a colleague and then came
    /// after all is found by name, said to have passed it on, and may be let in as someone who declined may.
    /// </summary>
    internal static IQueryable<Invitation> DoorGuests(EventHubDbContext db, int eventId) =>
        db.Invitations.Where(i => i.EventId == eventId && i.Status != InvitationStatus.Listed && i.Status != InvitationStatus.Cancelled);

    internal static readonly Expression<Func<Invitation, GuestRowData>> GuestRow = i => new GuestRowData(
        i.Id, i.Contact.FirstName + " " + i.Contact.LastName,
        i.Organisation != null ? i.Organisation.Name : null,
        i.Organisation != null ? i.Organisation.Sector : null,
        i.Status, i.CheckedInAtUtc, i.CheckedInByUserId, i.CheckedInByName, i.IsWalkIn, i.CheckInCode, i.Contact.Email);

    /// <summary>What a query reads of a guest; <see cref="ToGuest"/> adds what depends on who asks (and leaves the code and email out).</summary>
    internal sealed record GuestRowData(int Id, string Name, string? Organisation, Sector? Sector, InvitationStatus Status,
        DateTime? CheckedInAtUtc, string? CheckedInByUserId, string? CheckedInByName, bool IsWalkIn, string? CheckInCode, string? Email)
    {
        public DoorGuest ToGuest(TeamMember member, DateTime nowUtc) => new(Id, Name, Organisation, Sector, Status, CheckedInAtUtc,
            CheckedInByName, CheckedInAtUtc is null ? null : Invitation.ArrivalOf(Status, IsWalkIn), MayUndo(member, CheckedInAtUtc, CheckedInByUserId, nowUtc));
    }

    internal static async Task<ArrivalCounts> CountsAsync(EventHubDbContext db, int eventId, CancellationToken ct)
    {
        var capacity = await db.Events.Where(e => e.Id == eventId).Select(e => e.Capacity).SingleOrDefaultAsync(ct);
        var rows = await db.Invitations
            .Where(i => i.EventId == eventId && (i.CheckedInAtUtc != null || (i.Status == InvitationStatus.Accepted && !i.IsWalkIn)))
            .Select(i => new
            {
                i.Status,
                i.IsWalkIn,
                In = i.CheckedInAtUtc != null,
                Sector = i.Organisation != null ? (Sector?)i.Organisation.Sector : null,
            })
            .ToListAsync(ct);
        var inTheRoom = rows.Where(r => r.In).ToList();
        var kinds = inTheRoom.Select(r => Invitation.ArrivalOf(r.Status, r.IsWalkIn)).ToList();
        return new ArrivalCounts(
            Arrived: kinds.Count(k => k == ArrivalKind.Expected),
            Expected: rows.Count(r => r.Status == InvitationStatus.Accepted && !r.IsWalkIn),
            Admitted: kinds.Count(k => k == ArrivalKind.Admitted),
            WalkIns: kinds.Count(k => k == ArrivalKind.WalkIn),
            BySector: ArrivalCounts.BySectorOf(inTheRoom.Select(r => r.Sector)),
            Capacity: capacity);
    }

    /// <summary>
    /// The door's answer for the invitation <paramref name="which"/> picks, checking it in when that is the answer.
    /// Runs in one transaction; the check-in itself is a conditional update (<see cref="DoorClaims"/>).
    /// </summary>
    internal Task<Result<DoorAnswer>> AnswerAsync(int eventId, Expression<Func<Invitation, bool>> which, bool admit, TeamMember member,
        DoorOperation? operation, CancellationToken ct) =>
        AnswerAsync(eventId, admit, member, operation, async (db, token) => Result<int?>.Success(await db.Invitations
            .Where(i => i.EventId == eventId && i.Status != InvitationStatus.Listed).Where(which)
            .Select(i => (int?)i.Id).SingleOrDefaultAsync(token)), ct);

    /// <summary>
    /// The door's answer for the invitation <paramref name="pick"/> finds (or makes: a walk-in's registration), in the
    /// same transaction as the check-in: no registration is ever left without its check-in. The pick runs after the
    /// caller and the event were checked; null is an unknown code, a failure is passed on.
    /// </summary>
    internal async Task<Result<DoorAnswer>> AnswerAsync(int eventId, bool admit, TeamMember member, DoorOperation? operation,
        Func<EventHubDbContext, CancellationToken, Task<Result<int?>>> pick, CancellationToken ct)
    {
        var checkedIn = false;
        var result = await dbFactory.WriteAsync(async (db, token) =>
        {
            checkedIn = false; // a retried attempt starts again
            if (await DoorEvents.DenyChangeAsync(db, eventId, member, Now, token) is { } denied)
            {
                return Result<DoorAnswer>.Failure(denied);
            }

            var picked = await pick(db, token);
            if (!picked.Succeeded)
            {
                return Result<DoorAnswer>.Failure(picked.ErrorCode!, picked.ErrorDetail);
            }

            var found = picked.Value is not { } id ? null : await db.Invitations.Where(i => i.Id == id)
                .Select(i => new { i.Id, EventStatus = i.Event.Status, i.CheckInOperationId })
                .SingleAsync(token);
            if (found is null)
            {
                return Result<DoorAnswer>.Success(DoorAnswer.Unknown);
            }

            var guest = await GuestAsync(db, found.Id, token);
            if (found.EventStatus is EventStatus.Cancelled || guest.Status is InvitationStatus.Cancelled)
            {
                return Result<DoorAnswer>.Success(new DoorAnswer(DoorAnswerKind.Cancelled, guest));
            }

            if (found.EventStatus is not EventStatus.Published) // a closed (ended) event was refused above: its attendance is final
            {
                return Result<DoorAnswer>.Failure(InvitationErrors.CheckInNotPossible, guest.Name);
            }

            if (guest.CheckedInAtUtc is null && (guest.Status == InvitationStatus.Accepted || admit))
            {
                checkedIn = await DoorClaims.ClaimAsync(db, found.Id, AtUtc(operation, Now), member, admitted: guest.Status != InvitationStatus.Accepted,
                    operation?.Id, token);
                guest = await GuestAsync(db, found.Id, token);
            }

            var counts = await CountsAsync(db, eventId, token);
            var replayed = operation is not null && found.CheckInOperationId == operation.Id; // this desk's check-in, sent again
            var kind = checkedIn || replayed ? DoorAnswerKind.CheckedIn
                : guest.CheckedInAtUtc is not null ? DoorAnswerKind.AlreadyIn
                : DoorAnswerKind.NotOnList;
            return Result<DoorAnswer>.Success(new DoorAnswer(kind, guest, counts.RoomFull) { Counts = counts });

            async Task<DoorGuest> GuestAsync(EventHubDbContext context, int id, CancellationToken t) =>
                (await context.Invitations.AsNoTracking().Where(i => i.Id == id).Select(GuestRow).SingleAsync(t)).ToGuest(member, Now);
        }, ct);

        if (checkedIn)
        {
            notifier.Publish([eventId]); // the conditional update bypasses the change tracker that tells other screens
        }

        return result;
    }

    /// <summary>
    /// When a check-in happened: now, or as long before now as the desk counted between recording and sending it (by
    /// the server's clock, not the desk's; a desk that did not say when it sent: the time it recorded). Never in the
    /// future, nor before <see cref="OfflineHorizon"/>.
    /// </summary>
    internal static DateTime AtUtc(DoorOperation? operation, DateTime nowUtc)
    {
        if (operation is null)
        {
            return nowUtc;
        }

        var at = operation.SentAtUtc is { } sent ? nowUtc - (sent - operation.AtUtc) : operation.AtUtc;
        return at > nowUtc || at < nowUtc - OfflineHorizon ? nowUtc : DateTime.SpecifyKind(at, DateTimeKind.Utc);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private bool MayUndo(TeamMember member, DateTime? atUtc, string? byUserId) => MayUndo(member, atUtc, byUserId, Now);
}
