using System.Security.Claims;
using EventHub.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EventHub.App.Components.Pages.Accounts;

/// <summary>
/// Adds the person's display name to the sign-in cookie so the shell can greet them without a query, and whether they
/// sign in with an authenticator app (<see cref="TwoFactorGate"/> reads it on every request without a query).
/// </summary>
internal sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "eventhub:display_name";
    public const string TwoFactorClaim = "eventhub:two_factor";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TwoFactorClaim, "on"));
        }

        return identity;
    }
}
