using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Events;

/// <summary>The public page of an event: anyone with the link may read it once the event is published.</summary>
public sealed class PublicEventService(IDbContextFactory<EventHubDbContext> dbFactory)
{
    /// <summary>The event behind /e/{slug}; null for an unknown slug or a draft.</summary>
    public async Task<PublicEvent?> GetBySlugAsync(string slug, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var e = await db.Events.AsNoTracking().AsSplitQuery()
            .Include(x => x.Venue)
            .Include(x => x.Themes)
            .Include(x => x.Sessions).ThenInclude(s => s.Room)
            .Include(x => x.Sessions).ThenInclude(s => s.Facilitators)
            .FirstOrDefaultAsync(x => x.Slug == slug, ct);
        if (e is null || !PublicEvents.IsVisible(e.Status))
        {
            return null;
        }

        var sessions = e.Sessions.OrderBy(s => s.StartUtc).ThenBy(s => s.SortOrder).ToList();
        var rooms = sessions.Select(s => s.Room).OfType<Room>()
            .DistinctBy(r => r.Id)
            .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(r => new PublicRoom(r.Name, r.Accessibility))
            .ToList();
        return new PublicEvent(
            e.Id,
            e.Slug!,
            e.Title,
            e.Description,
            e.StartUtc,
            e.EndUtc,
            e.TimeZoneId,
            e.Status,
            e.CancellationReason,
            e.Venue is { } v ? new PublicVenue(v.Name, v.Address, v.Accessibility) : null,
            e.PublicOnlineUrl,
            rooms,
            sessions.Select(s => new PublicSession(
                s.Id,
                s.Title,
                s.Kind,
                s.StartUtc,
                s.EndUtc,
                s.Room?.Name,
                s.Facilitators.Select(f => f.DisplayName).Order(StringComparer.CurrentCultureIgnoreCase).ToList(),
                s.Description)).ToList(),
            e.OrganiserName,
            e.OrganiserEmail,
            e.Themes.Select(t => t.LocalName).Order(StringComparer.CurrentCultureIgnoreCase).ToList(),
            e.Language,
            IsOnline: e.OnlineUrl is not null);
    }

    /// <summary>
    /// The head of the public page behind /e/{slug}, for a page about the event that has nothing else to show yet (its
    /// report); null where that page is not found either — an unknown slug or a draft — so such a page reveals no more.
    /// </summary>
    public async Task<PublicEventHeading?> HeadingBySlugAsync(string slug, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var heading = await db.Events.AsNoTracking().Where(e => e.Slug == slug)
            .Select(e => new PublicEventHeading(e.Slug!, e.Title, e.Language, e.StartUtc, e.EndUtc, e.TimeZoneId, e.Status, e.CancellationReason))
            .FirstOrDefaultAsync(ct);
        return heading is not null && PublicEvents.IsVisible(heading.Status) ? heading : null;
    }
}
