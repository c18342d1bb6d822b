using System.Security.Claims;
using EventHub.App.Components.Account;
using EventHub.App.Hosting;
using EventHub.Core.Outcomes;
using Microsoft.AspNetCore.Authorization;

namespace EventHub.App.Components.Pages.Outcomes;

/// <summary>The signed-in person as Core's <see cref="OutcomeEditor"/>; Core decides what they may edit.</summary>
public static class OutcomeEditors
{
    public static async Task<OutcomeEditor> OfAsync(IAuthorizationService authorization, ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.FindFirstValue(AppClaimsPrincipalFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "",
        (await authorization.AuthorizeAsync(user, Policies.Organise)).Succeeded);
}
