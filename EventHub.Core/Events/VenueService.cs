using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Events;

/// <summary>A room as forms fill it in; <paramref name="Id"/> is null for a new room.</summary>
public sealed record RoomInput(int? Id, string Name, int? Capacity, AccessibilityFeatures Accessibility);

/// <summary>A venue and its rooms as forms fill them in.</summary>
public sealed record VenueInput(string Name, string? Address, AccessibilityFeatures Accessibility, IReadOnlyList<RoomInput> Rooms);

/// <summary>Venues with their rooms, reused across events so conflicts compare the same room.</summary>
public sealed class VenueService(IDbContextFactory<EventHubDbContext> dbFactory)
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

    /// <summary>Updates the venue and its rooms; rooms are added or renamed, never removed (sessions may use them).</summary>
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

            venue.Describe(input.Name, input.Address, input.Accessibility);
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

            return Result.Success();
        }, ct);
    }

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
