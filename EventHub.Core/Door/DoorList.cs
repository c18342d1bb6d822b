using System.Security.Cryptography;
using System.Text;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Door;

/// <summary>A guest on the desk's list, with a salted hash of their check-in code so a desk can recognise it offline.</summary>
public sealed record DoorListGuest(DoorGuest Guest, string? CodeHash);

/// <summary>
/// The door's copy of an event's guest list, for searching by name and for scanning while the connection is down:
/// names, organisations, answers and arrival, and a hash of each check-in code salted for this copy — never the codes,
/// never email addresses or access needs. The desk forgets it after <see cref="ExpiresAtUtc"/> (the end of the event's day).
/// </summary>
public sealed record DoorList(int EventId, string Salt, DateTime ExpiresAtUtc, IReadOnlyList<DoorListGuest> Guests, ArrivalCounts Counts)
{
    /// <summary>What a desk computes for a typed or scanned code to find it in <see cref="Guests"/>: hex SHA-256 of "salt:code".</summary>
    public static string HashOf(string salt, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{salt}:{CheckInCodes.Normalise(code)}")));
}

/// <summary>Builds the desk's list (<see cref="DoorList"/>) for someone who may work the door.</summary>
public sealed class DoorListService(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    public async Task<Result<DoorList>> ForAsync(int eventId, TeamMember member, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await DoorEvents.DenyAsync(db, eventId, member, now, ct) is { } denied)
        {
            return Result<DoorList>.Failure(denied);
        }

        var @event = await db.Events.Where(e => e.Id == eventId).Select(e => new { e.EndUtc, e.TimeZoneId }).SingleAsync(ct);
        var rows = await CheckInService.DoorGuests(db, eventId)
            .OrderBy(i => i.Contact.LastName).ThenBy(i => i.Contact.FirstName).ThenBy(i => i.Id)
            .Select(CheckInService.GuestRow)
            .ToListAsync(ct);
        var salt = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var guests = rows.Select(r => new DoorListGuest(r.ToGuest(member, now), r.CheckInCode is null ? null : DoorList.HashOf(salt, r.CheckInCode)))
            .ToList();
        return Result<DoorList>.Success(new DoorList(eventId, salt, EndOfEventDay(@event.EndUtc, @event.TimeZoneId),
            guests, await CheckInService.CountsAsync(db, eventId, ct)));
    }

    /// <summary>Midnight after the event ends, where it takes place.</summary>
    private static DateTime EndOfEventDay(DateTime endUtc, string timeZoneId)
    {
        var localEnd = EventTime.ToLocal(endUtc, timeZoneId);
        return EventTime.ToUtc(localEnd.Date.AddDays(1), timeZoneId);
    }
}
