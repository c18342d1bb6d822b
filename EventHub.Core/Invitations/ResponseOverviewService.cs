using EventHub.Core.Data;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Invitations;

/// <summary>An event as the home page lists it, with how its invitees have answered.</summary>
public sealed record EventWithResponses(EventSummary Event, ResponseCounts Responses);

/// <summary>The upcoming events with their answers: Events says which events, Invitations counts the answers.</summary>
public sealed class ResponseOverviewService(IDbContextFactory<EventHubDbContext> dbFactory, EventService events)
{
    /// <summary>As <see cref="EventService.ListUpcomingAsync"/>, each with the answers to its invitations.</summary>
    public async Task<IReadOnlyList<EventWithResponses>> ListUpcomingAsync(int max, CancellationToken ct = default)
    {
        var upcoming = await events.ListUpcomingAsync(max, ct);
        var ids = upcoming.Select(e => e.Id).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await db.Invitations.Where(i => ids.Contains(i.EventId))
            .GroupBy(i => new { i.EventId, i.Status, CheckedIn = i.CheckedInAtUtc != null })
            .Select(g => new { g.Key.EventId, g.Key.Status, g.Key.CheckedIn, Count = g.Count() })
            .ToListAsync(ct);
        return upcoming
            .Select(e => new EventWithResponses(e, ResponseCounts.From(GuestStanding.Count(
                counts.Where(c => c.EventId == e.Id).Select(c => (c.Status, c.CheckedIn, c.Count))))))
            .ToList();
    }
}
