using System.Text;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;

namespace EventHub.App.Components.Pages.Events.Calendar;

/// <summary>
/// The .ics downloads: an event for staff (<c>/events/{id}/calendar.ics</c>), a published event for anyone
/// (<c>/e/{slug}/calendar.ics</c>), a person's subscription feed (<c>/calendar/feed/{token}.ics</c>) and an invitee's
/// own event and sessions (<c>/rsvp/{token}/calendar.ics</c>).
/// <c>?sessions=true</c> adds each session as its own calendar entry.
/// </summary>
public static class CalendarEndpoints
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static void MapCalendarEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/events/{id:int}/calendar.ics", async (int id, bool? sessions, HttpContext http, CalendarService calendars) =>
                Answer(await calendars.ForEventAsync(id, sessions == true, SiteRoot(http.Request), Languages.OfReader, http.RequestAborted)))
            .RequireAuthorization(Policies.Facilitate);

        endpoints.MapGet("/e/{slug}/calendar.ics", async (string slug, bool? sessions, HttpContext http, CalendarService calendars) =>
                Answer(await calendars.ForPublicEventAsync(slug, sessions == true, SiteRoot(http.Request), Languages.OfReader, http.RequestAborted)))
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicPage);

        // The secret in the path is the credential: calendar apps poll this URL without cookies.
        endpoints.MapGet("/calendar/feed/{token}.ics", async (string token, HttpContext http, CalendarFeedService feeds) =>
            {
                var feed = await feeds.FeedAsync(token, SiteRoot(http.Request), http.RequestAborted);
                http.Response.Headers.CacheControl = "private, no-store";
                return Answer(feed);
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PersonalLink);

        // Behind the invitation's link, as its page: what the person chose is theirs alone.
        endpoints.MapGet("/rsvp/{token}/calendar.ics", async (string token, HttpContext http, RsvpService rsvp) =>
            {
                http.Response.Headers.CacheControl = "private, no-store";
                return Answer(await rsvp.CalendarAsync(token, http.RequestAborted));
            })
            .AllowAnonymous()
            .RequireRateLimiting(RateLimits.PersonalLink);
    }

    /// <summary>Links in the calendar point at the site's public address, never at the request's Host header.</summary>
    public static Uri SiteRoot(HttpRequest request) => request.HttpContext.RequestServices.GetRequiredService<SiteLinks>().Root;

    /// <summary>A download is in the language of the page it was clicked on (request localization set it); a feed in its owner's.</summary>

    private static IResult Answer(CalendarFile? file) =>
        file is null
            ? Results.NotFound()
            : Results.File(Encoding.UTF8.GetBytes(file.Content), ContentType, file.FileName);
}
