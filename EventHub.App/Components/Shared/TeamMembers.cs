using System.Security.Claims;
using EventHub.App.Components.Pages.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using EventHub.Core.Common;

namespace EventHub.App.Components.Shared;

/// <summary>The signed-in person as Core's <see cref="TeamMember"/>: id and display name from the sign-in cookie, and roles.</summary>
public static class TeamMembers
{
    public static TeamMember Of(ClaimsPrincipal user) => TeamMember.Of(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(AppClaimsPrincipalFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "",
        user.IsInRole);

    /// <summary>For a component's cascading authentication state: the person using the page, as Core asks for them.</summary>
    public static async Task<TeamMember> OfAsync(Task<AuthenticationState> authentication) => Of((await authentication).User);
}
