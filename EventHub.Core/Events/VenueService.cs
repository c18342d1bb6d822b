using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Events;

/// <summary>A room as forms fill it in; <paramref name="Id"/> is null for a new room.</summary>
public sealed record RoomInput(int? Id, string Name, int? Capacity, AccessibilityFeatures Accessibility);

/// <summary>A venue and its rooms as forms fill them in.</summary>
public sealed record VenueInput(string Name, string? Address, AccessibilityFeatures Accessibility, IReadOnlyList<RoomInput> Rooms);

/// <summary>Venues with their rooms, reused across events so conflicts compare the same room.</summary>
public sealed class VenueService(IDbContextFactory<EventHubDbContext> dbFactory, IEventChangeHandler changes, TimeProvider time)
{
    public const string NameRequired = "Venue.NameRequired";
    public const string RoomNameRequired = "Venue.RoomNameRequired";
    public const string RoomNameTwice = "Venue.RoomNameTwice";
    public const string CapacityTooSmall = "Venue.CapacityTooSmall";
    public const string NotFound = "Venue.NotFound";

    public async Task<IReadOnlyList<Venue>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Venues.AsNoTracking().Include(v => v.Rooms).OrderBy(v => v.Name).ToListAsync(ct);
    }

    public async Task<Result<int>> CreateAsync(VenueInput input, TeamMember caller, CancellationToken ct = default)
    {
        if (!caller.IsOrganiser)
        {
            return Result<int>.Failure(AccessErrors.NotAllowed);
        }

        if (Problem(input) is { } problem)
        {
            return Result<int>.Failure(problem);
        }

        return await dbFactory.WriteAsync(async (db, token) =>
        {
            var venue = new Venue(input.Name, input.Address);
            venue.Describe(input.Name, input.Address, input.Accessibility);
            foreach (var room in input.Rooms)
            {
                venue.AddRoom(room.Name, room.Capacity, room.Accessibility);
            }

            db.Venues.Add(venue);
            await db.SaveChangesAsync(token);
            return Result<int>.Success(venue.Id);
        }, ct);
    }

    /// <summary>
    /// Updates the venue and its rooms; rooms are added or renamed, never removed (sessions may use them). A new name or
    /// address moves every upcoming published event held there, as a new place chosen on the event would
    /// (<see cref="EventPlanningService.UpdateAsync"/>): their calendars get a new revision and invitees are told; a renamed
    /// room gives the calendars of the events with sessions in it a new revision.
    /// </summary>
    public async Task<Result> UpdateAsync(int id, VenueInput input, TeamMember caller, CancellationToken ct = default)
    {
        if (!caller.IsOrganiser)
        {
            return Result.Failure(AccessErrors.NotAllowed);
        }

        if (Problem(input) is { } problem)
        {
            return Result.Failure(problem);
        }

        return await dbFactory.WriteAsync(async (db, token) =>
        {
            var venue = await db.Venues.Include(v => v.Rooms).SingleOrDefaultAsync(v => v.Id == id, token);
            if (venue is null)
            {
                return Result.Failure(NotFound);
            }

            var moved = venue.IsMovedBy(input.Name, input.Address);
            venue.Describe(input.Name, input.Address, input.Accessibility);
            var renamedRooms = await RenameRoomsAsync(db, venue, input.Rooms, token);
            foreach (var room in input.Rooms)
            {
                if (room.Id is { } roomId && venue.Rooms.SingleOrDefault(r => r.Id == roomId) is { } existing)
                {
                    existing.Describe(room.Name, room.Capacity, room.Accessibility);
                }
                else
                {
                    venue.AddRoom(room.Name, room.Capacity, room.Accessibility);
                }
            }

            await FollowAsync(db, venue, moved, renamedRooms, token);
            return Result.Success();
        }, ct);
    }

    /// <summary>
    /// Gives the venue's rooms their new names; the ids of those renamed. When a room takes a name another one gives up
    /// in the same save (two names swapped), the renamed rooms pass through a temporary name saved first, in the same
    /// transaction: the unique index on a venue's room names must hold after every statement, and EF cannot order a swap.
    /// </summary>
    private static async Task<IReadOnlyList<int>> RenameRoomsAsync(EventHubDbContext db, Venue venue, IReadOnlyList<RoomInput> rooms, CancellationToken ct)
    {
        var renames = rooms
            .Select(input => (Input: input, Room: venue.Rooms.SingleOrDefault(r => r.Id == input.Id)))
            .Where(rename => rename.Room is not null && rename.Room.Name != TextNormalizer.OneLine(rename.Input.Name))
            .Select(rename => (rename.Input, Room: rename.Room!))
            .ToList();
        if (renames.Any(rename => venue.Rooms.Any(other => other != rename.Room && other.Name == TextNormalizer.OneLine(rename.Input.Name))))
        {
            foreach (var (_, room) in renames)
            {
                room.Describe($"({Guid.NewGuid():N})", room.Capacity, room.Accessibility);
            }

            await db.SaveChangesAsync(ct);
        }

        foreach (var (input, room) in renames)
        {
            room.Describe(input.Name, room.Capacity, room.Accessibility);
        }

        return renames.Select(rename => rename.Room.Id).ToList();
    }

    /// <summary>Tells the upcoming published events at the venue (inside the update's transaction) that their place changed.</summary>
    private async Task FollowAsync(EventHubDbContext db, Venue venue, bool moved, IReadOnlyList<int> renamedRooms, CancellationToken ct)
    {
        if (!moved && renamedRooms.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var events = await MovesWith(db, venue.Id, now)
            .Where(e => moved || e.Sessions.Any(s => s.RoomId != null && renamedRooms.Contains(s.RoomId.Value)))
            .ToListAsync(ct);
        foreach (var @event in events)
        {
            @event.NoteCalendarChange();
            if (moved)
            {
                @event.NoteChangeForInvitees(now);
                await changes.EventMovedAsync(db, @event, now, ct);
            }
        }
    }

    /// <summary>
    /// The events a new name or address of the venue would move, with their invitees told (<see cref="UpdateAsync"/>):
    /// upcoming published ones, by start. The venue dialog names them before the organiser saves.
    /// </summary>
    public async Task<IReadOnlyList<EventSummary>> EventsMovedWithAsync(int venueId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await EventService.Summaries(MovesWith(db, venueId, time.GetUtcNow().UtcDateTime).OrderBy(e => e.StartUtc)).ToListAsync(ct);
    }

    private static IQueryable<Event> MovesWith(EventHubDbContext db, int venueId, DateTime nowUtc) =>
        db.Events.Where(e => e.VenueId == venueId && e.Status == EventStatus.Published && e.EndUtc > nowUtc);

    private static string? Problem(VenueInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            return NameRequired;
        }

        if (input.Rooms.Any(r => string.IsNullOrWhiteSpace(r.Name)))
        {
            return RoomNameRequired;
        }

        if (input.Rooms.Any(r => r.Capacity is < 1))
        {
            return CapacityTooSmall;
        }

        return input.Rooms.GroupBy(r => TextNormalizer.ForUniqueness(r.Name)).Any(g => g.Count() > 1) ? RoomNameTwice : null;
    }
}
