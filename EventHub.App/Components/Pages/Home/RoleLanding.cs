using System.Security.Claims;
using EventHub.Core.Common;
using EventHub.Core.Door;
using EventHub.Core.Invitations;

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
        endpoints.MapGet(Path, async (HttpContext http, CheckInService checkIns) =>
            Results.LocalRedirect("~/" + (await ForAsync(http.User, checkIns, http.RequestAborted) ?? "")));

    public static async Task<string?> ForAsync(ClaimsPrincipal user, CheckInService checkIns, CancellationToken ct = default)
    {
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Organiser))
        {
            return null;
        }

        if (user.IsInRole(Roles.DoorStaff))
        {
            var today = await checkIns.EventsTodayAsync(ct);
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
}
