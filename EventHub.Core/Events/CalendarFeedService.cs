using System.Buffers.Text;
using System.Security.Cryptography;
using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Events;

/// <summary>
/// A person's calendar subscription link: /calendar/feed/{token}.ics. The token is the only credential (calendar
/// apps cannot sign in), so it is long and random, shown once, and only its SHA-256 hash is stored.
/// </summary>
public sealed class CalendarFeedService(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    public const string UserNotFound = "Calendar.UserNotFound";

    /// <summary>How far back the feed goes, so last month's meeting stays in people's calendars.</summary>
    public static readonly TimeSpan History = TimeSpan.FromDays(30);

    private const int TokenBytes = 32;

    /// <summary>Makes a new link for the person and returns its token; any earlier link stops working.</summary>
    public async Task<Result<string>> CreateAsync(string userId, CancellationToken ct = default)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        var found = await dbFactory.WriteAsync(async (db, cancel) =>
        {
            var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancel);
            if (user is not null)
            {
                user.CalendarFeedTokenHash = Hash(token);
            }

            return user is not null;
        }, ct);
        return found ? Result<string>.Success(token) : Result<string>.Failure(UserNotFound);
    }

    /// <summary>Stops the person's link from working.</summary>
    public async Task<Result> RevokeAsync(string userId, CancellationToken ct = default)
    {
        var found = await dbFactory.WriteAsync(async (db, cancel) =>
        {
            var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancel);
            if (user is not null)
            {
                user.CalendarFeedTokenHash = null;
            }

            return user is not null;
        }, ct);
        return found ? Result.Success() : Result.Failure(UserNotFound);
    }

    public async Task<bool> HasFeedAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.AnyAsync(u => u.Id == userId && u.CalendarFeedTokenHash != null, ct);
    }

    /// <summary>
    /// The calendar behind a link, or null for an unknown or revoked one, or a deactivated colleague's: every public event from
    /// <see cref="History"/> ago on (cancelled ones marked so, in the person's language), plus the sessions the person facilitates.
    /// </summary>
    public async Task<CalendarFile?> FeedAsync(string token, Uri siteRoot, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.Where(u => u.CalendarFeedTokenHash == hash && u.DeactivatedAtUtc == null)
            .Select(u => new { u.Id, u.PreferredLanguage }).FirstOrDefaultAsync(ct);
        if (user is null)
        {
            return null;
        }

        var userId = user.Id;

        var now = time.GetUtcNow().UtcDateTime;
        var from = now - History;
        var events = await CalendarService.WithProgramme(db)
            // Every event that is public (PublicEvents.IsVisible), written so the database can filter on it.
            .Where(e => e.EndUtc >= from && e.PublishedAtUtc != null && e.Status != EventStatus.Draft)
            .OrderBy(e => e.StartUtc)
            .ToListAsync(ct);
        var eventIds = events.Select(e => e.Id).ToList();
        var mine = await db.Sessions.AsNoTracking()
            .Where(s => eventIds.Contains(s.EventId) && s.Kind != SessionKind.Break && s.Facilitators.Any(f => f.Id == userId))
            .Select(s => s.Id)
            .ToListAsync(ct);

        var builder = new IcsBuilder("EventHub", now, siteRoot, user.PreferredLanguage);
        foreach (var @event in events)
        {
            // The feed is a link calendar apps hold without signing in: the online link only where it is public.
            builder.AddEvent(@event, includeSessions: false, @event.ShowOnlineLinkPublicly);
            foreach (var session in @event.Sessions.Where(s => mine.Contains(s.Id)).OrderBy(s => s.StartUtc))
            {
                builder.AddSession(session, @event.ShowOnlineLinkPublicly);
            }
        }

        return new CalendarFile("eventhub.ics", builder.Build());
    }

    /// <summary>Lower-case hex SHA-256; 64 characters, as the column allows.</summary>
    internal static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}
