using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Events;

public sealed class EventService(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Events that have not ended yet and are not archived, soonest first.</summary>
    public async Task<IReadOnlyList<EventSummary>> ListUpcomingAsync(int max, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var upcoming = db.Events
            .Where(e => e.EndUtc >= now && e.Status != EventStatus.Archived)
            .OrderBy(e => e.StartUtc)
            .Take(max);
        return await Summaries(upcoming).ToListAsync(ct);
    }

    /// <summary>All events, newest first by default, one page at a time; optionally filtered by title and status.</summary>
    public async Task<Paged<EventSummary>> ListAsync(EventListQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var events = db.Events.AsQueryable();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = TextNormalizer.ForUniqueness(query.Search);
            events = events.Where(e => e.SearchTitle.Contains(search));
        }

        if (query.Status is { } status)
        {
            events = events.Where(e => e.Status == status);
        }

        var total = await events.CountAsync(ct);
        var ordered = query.Sort switch
        {
            EventSort.StartAscending => events.OrderBy(e => e.StartUtc),
            EventSort.Title => events.OrderBy(e => e.Title),
            _ => events.OrderByDescending(e => e.StartUtc),
        };
        var page = await Summaries(ordered.ThenBy(e => e.Id).Skip(query.Page * query.PageSize).Take(query.PageSize))
            .ToListAsync(ct);
        return new Paged<EventSummary>(page, total);
    }

    /// <summary>An event with its venue, rooms, themes and programme (sessions with rooms and facilitators) for its page.</summary>
    /// <summary>The event's status alone (null for no such event): for a live page to see whether it must read the event again.</summary>
    public async Task<EventStatus?> StatusAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Events.Where(e => e.Id == id).Select(e => (EventStatus?)e.Status).SingleOrDefaultAsync(ct);
    }

    public async Task<Event?> GetAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Events.AsNoTracking()
            .Include(e => e.Venue).ThenInclude(v => v!.Rooms)
            .Include(e => e.Themes)
            .Include(e => e.Sessions).ThenInclude(s => s.Room)
            .Include(e => e.Sessions).ThenInclude(s => s.Facilitators)
            .AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Id == id, ct);
    }

    internal static IQueryable<EventSummary> Summaries(IQueryable<Event> events) =>
        events.Select(e => new EventSummary(
            e.Id,
            e.Title,
            e.StartUtc,
            e.EndUtc,
            e.TimeZoneId,
            e.Status,
            e.Venue != null ? e.Venue.Name : null,
            e.OnlineUrl != null,
            e.Sessions.Count,
            e.Capacity));
}

public enum EventSort
{
    StartDescending,
    StartAscending,
    Title,
}

public sealed record EventListQuery(int Page = 0, int PageSize = 25, string? Search = null, EventStatus? Status = null, EventSort Sort = EventSort.StartDescending);
