using System.Security.Cryptography;
using System.Text;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Door;

/// <summary>
/// A guest on the desk's list, with a salted hash of their check-in code so a desk can recognise it offline, and of their
/// email address, so that of two guests with the same name (and organisation) the desk finds the one whose invitation went
/// to the address they give. At a session's door <see cref="InSession"/> says whether they hold a place in it, and
/// <see cref="WaitingForSession"/> whether they are on its waiting list (both null at the event's door).
/// </summary>
public sealed record DoorListGuest(DoorGuest Guest, string? CodeHash, bool? InSession = null, string? EmailHash = null, bool? WaitingForSession = null);

/// <summary>
/// The door's copy of an event's guest list, for searching by name and for scanning while the connection is down:
/// names, organisations, answers and arrival, and a hash of each check-in code and email address salted for this copy —
/// never the codes, never email addresses or access needs. The desk forgets it after <see cref="ExpiresAtUtc"/> (the end
/// of the event's day). At a session's door (<see cref="SessionId"/>) a guest's arrival is their arrival in the session, as the session's
/// door answers online, and <see cref="Counts"/> are the session's room.
/// </summary>
public sealed record DoorList(int EventId, string Salt, DateTime ExpiresAtUtc, IReadOnlyList<DoorListGuest> Guests, ArrivalCounts Counts,
    int? SessionId = null)
{
    /// <summary>What a desk computes for a typed or scanned code to find it in <see cref="Guests"/>: hex SHA-256 of "salt:code".</summary>
    public static string HashOf(string salt, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{salt}:{CheckInCodes.Normalise(code)}")));

    /// <summary>What a desk computes for a typed email address: hex SHA-256 of "salt:address" in lower case, without spaces around it.</summary>
    public static string EmailHashOf(string salt, string email) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{salt}:{email.Trim().ToLowerInvariant()}")));
}

/// <summary>Builds the desk's list (<see cref="DoorList"/>) for someone who may work the door.</summary>
public sealed class DoorListService(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The list for the event's door, or for the door of one of its sessions (<paramref name="sessionId"/>).</summary>
    public async Task<Result<DoorList>> ForAsync(int eventId, TeamMember member, int? sessionId = null, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await DoorEvents.DenyAsync(db, eventId, member, now, ct) is { } denied)
        {
            return Result<DoorList>.Failure(denied);
        }

        // A plenary has no door of its own (SessionDoorService.SessionsAsync): the event's door is its door.
        if (sessionId is { } session && !await db.Sessions.Where(Events.Session.Choosable).AnyAsync(s => s.Id == session && s.EventId == eventId, ct))
        {
            return Result<DoorList>.Failure(DoorErrors.SessionNotFound);
        }

        var @event = await db.Events.Where(e => e.Id == eventId).Select(e => new { e.EndUtc, e.TimeZoneId }).SingleAsync(ct);
        var rows = await CheckInService.DoorGuests(db, eventId)
            .OrderBy(i => i.Contact.SortName).ThenBy(i => i.Id)
            .Select(CheckInService.GuestRow)
            .ToListAsync(ct);
        var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var guests = rows.Select(r => new DoorListGuest(r.ToGuest(member, now), r.CheckInCode is null ? null : DoorList.HashOf(salt, r.CheckInCode),
                EmailHash: string.IsNullOrWhiteSpace(r.Email) ? null : DoorList.EmailHashOf(salt, r.Email)))
            .ToList();
        if (sessionId is { } id)
        {
            guests = await AtTheSessionDoorAsync(db, eventId, id, rows, guests, ct);
        }

        return Result<DoorList>.Success(new DoorList(eventId, salt, EndOfEventDay(@event.EndUtc, @event.TimeZoneId),
            guests, sessionId is { } door ? await SessionDoorService.CountsAsync(db, eventId, door, ct) : await CheckInService.CountsAsync(db, eventId, ct),
            sessionId));
    }

    /// <summary>The guests as a session's door knows them: in the session or not yet, and whether they hold a place in it or wait for one.</summary>
    private static async Task<List<DoorListGuest>> AtTheSessionDoorAsync(EventHubDbContext db, int eventId, int sessionId,
        List<CheckInService.GuestRowData> rows, List<DoorListGuest> guests, CancellationToken ct)
    {
        var attendances = await db.SessionAttendances.AsNoTracking().Where(a => a.SessionId == sessionId)
            .ToDictionaryAsync(a => a.InvitationId, ct);
        var registered = (await db.Invitations.Where(i => i.EventId == eventId).Where(SessionDoorService.RegisteredFor(sessionId))
            .Select(i => i.Id).ToListAsync(ct)).ToHashSet();
        var waiting = (await db.SessionChoices.Where(c => c.SessionId == sessionId && c.Status == SessionChoiceStatus.Waitlisted)
            .Select(c => c.InvitationId).ToListAsync(ct)).ToHashSet();
        return guests.Zip(rows, (listed, row) =>
        {
            var guest = listed.Guest with { CheckedInAtUtc = null, CheckedInBy = null, Arrival = null, MayUndo = false };
            if (attendances.TryGetValue(row.Id, out var came))
            {
                guest = SessionDoorService.InTheSession(guest, row.IsWalkIn, came.AtUtc, came.ByName, came.Admitted);
            }

            return listed with { Guest = guest, InSession = registered.Contains(row.Id), WaitingForSession = waiting.Contains(row.Id) };
        }).ToList();
    }

    /// <summary>Midnight after the event ends, where it takes place.</summary>
    private static DateTime EndOfEventDay(DateTime endUtc, string timeZoneId)
    {
        var localEnd = EventTime.ToLocal(endUtc, timeZoneId);
        return EventTime.ToUtc(localEnd.Date.AddDays(1), timeZoneId);
    }
}
