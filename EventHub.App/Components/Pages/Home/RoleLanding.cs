using System.Security.Claims;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Events;

namespace EventHub.App.Components.Pages.Home;

/// <summary>
/// Where a person's work starts, where every sign-in leads (<c>/start</c>, see <see cref="MapStart"/>): door staff to the
/// check-in of the event on today (or the list of check-ins when there is none or more than one), facilitators to My
/// sessions. Admins and organisers, who plan, go home. Home itself stays home for everyone.
/// </summary>
public static class RoleLanding
{
    public const string Path = "/start";

    /// <summary><c>GET /start</c>: a redirect to where the signed-in person's work starts.</summary>
    public static void MapStart(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, async (HttpContext http, EventService events, TimeProvider time) =>
            Results.LocalRedirect("~/" + (await ForAsync(http.User, events, time, http.RequestAborted) ?? "")));

    public static async Task<string?> ForAsync(ClaimsPrincipal user, EventService events, TimeProvider time, CancellationToken ct = default)
    {
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Organiser))
        {
            return null;
        }

        if (user.IsInRole(Roles.DoorStaff))
        {
            var today = (await events.ListUpcomingAsync(max: 10, ct))
                .Where(e => e.Status == EventStatus.Published && IsOnToday(e, time.GetUtcNow().UtcDateTime))
                .ToList();
            if (today.Count == 1)
            {
                return $"check-in/{today[0].Id}";
            }

            if (!user.IsInRole(Roles.Facilitator))
            {
                return "check-in";
            }
        }

        return user.IsInRole(Roles.Facilitator) ? "my-sessions" : null;
    }

    /// <summary>Whether today, where the event takes place, falls between its first and last day.</summary>
    private static bool IsOnToday(EventSummary summary, DateTime nowUtc)
    {
        var today = DateOnly.FromDateTime(EventTime.ToLocal(nowUtc, summary.TimeZoneId));
        return DateOnly.FromDateTime(EventTime.ToLocal(summary.StartUtc, summary.TimeZoneId)) <= today
            && today <= DateOnly.FromDateTime(EventTime.ToLocal(summary.EndUtc, summary.TimeZoneId));
    }
}
