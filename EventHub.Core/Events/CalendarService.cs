using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Events;

/// <summary>
/// An event as an .ics file, for staff (any status, with the online link) and for the public page (published events only;
/// the online link only when the organisers show it publicly), with what the calendar itself says in the reader's language.
/// </summary>
public sealed class CalendarService(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Any event by id, drafts included (the caller checks that the person may plan or run events); null when unknown.</summary>
    public async Task<CalendarFile?> ForEventAsync(int eventId, bool includeSessions, Uri siteRoot, Language language, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var @event = await WithProgramme(db).FirstOrDefaultAsync(e => e.Id == eventId, ct);
        return @event is null ? null : Write(@event, includeSessions, includeOnlineLink: true, siteRoot, language);
    }

    /// <summary>The event behind a public link; null for an unknown slug or an event that is not public.</summary>
    public async Task<CalendarFile?> ForPublicEventAsync(string slug, bool includeSessions, Uri siteRoot, Language language, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var @event = await WithProgramme(db).FirstOrDefaultAsync(e => e.Slug == slug, ct);
        return @event is null || !PublicEvents.IsVisible(@event.Status) ? null : Write(@event, includeSessions, @event.ShowOnlineLinkPublicly, siteRoot, language);
    }

    private CalendarFile Write(Event @event, bool includeSessions, bool includeOnlineLink, Uri siteRoot, Language language)
    {
        var content = new IcsBuilder(@event.Title, time.GetUtcNow().UtcDateTime, siteRoot, language)
            .AddEvent(@event, includeSessions, includeOnlineLink)
            .Build();
        return new CalendarFile($"{@event.Slug ?? Slugs.For(@event)}.ics", content);
    }

    internal static IQueryable<Event> WithProgramme(EventHubDbContext db) =>
        db.Events.AsNoTracking().AsSplitQuery()
            .Include(e => e.Venue)
            .Include(e => e.Sessions).ThenInclude(s => s.Room);
}
