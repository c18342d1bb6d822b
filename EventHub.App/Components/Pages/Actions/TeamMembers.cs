using System.Security.Claims;
using EventHub.App.Components.Account;
using EventHub.Core.Actions;

namespace EventHub.App.Components.Pages.Actions;

/// <summary>The signed-in person as Core's <see cref="TeamMember"/>: display name from the sign-in cookie, and roles.</summary>
public static class TeamMembers
{
    public static TeamMember Of(ClaimsPrincipal user) =>
        TeamMember.Of(user.FindFirst(AppClaimsPrincipalFactory.DisplayNameClaim)?.Value ?? user.Identity?.Name ?? "", user.IsInRole);
}
