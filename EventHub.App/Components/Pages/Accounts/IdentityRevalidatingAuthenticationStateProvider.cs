using System.Security.Claims;
using EventHub.App.Hosting;
using EventHub.Core.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EventHub.App.Components.Pages.Accounts;

/// <summary>
/// Re-checks the signed-in user's security stamp while a circuit is open (every <see cref="AccountOptions.RevalidationInterval"/>),
/// so a deactivated or changed account loses its open pages without waiting for the cookie to expire; a removed account
/// loses them at once (<see cref="EndedSignIns"/>), and a renamed one carries its new name at once (<see cref="RenamedSignIns"/>).
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly IOptions<IdentityOptions> _options;
    private readonly IOptions<AccountOptions> _accountOptions;
    private readonly EndedSignIns _endedSignIns;
    private readonly RenamedSignIns _renamedSignIns;
    private readonly IHostApplicationLifetime _lifetime;

    public IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<IdentityOptions> options,
        IOptions<AccountOptions> accountOptions,
        EndedSignIns endedSignIns,
        RenamedSignIns renamedSignIns,
        IHostApplicationLifetime lifetime)
        : base(loggerFactory)
    {
        (_scopeFactory, _options, _accountOptions, _endedSignIns, _renamedSignIns, _lifetime) =
            (scopeFactory, options, accountOptions, endedSignIns, renamedSignIns, lifetime);
        _endedSignIns.Ended += SignOutIfMine;
        _renamedSignIns.Renamed += TakeNameIfMine;
    }

    protected override TimeSpan RevalidationInterval => _accountOptions.Value.CircuitRevalidationInterval;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _endedSignIns.Ended -= SignOutIfMine;
            _renamedSignIns.Renamed -= TakeNameIfMine;
        }

        base.Dispose(disposing);
    }

    /// <summary>The page's person was removed: every page of theirs open on this server signs out now.</summary>
    private async void SignOutIfMine(string userId)
    {
        try
        {
            var state = await GetAuthenticationStateAsync();
            if (state.User.FindFirstValue(ClaimTypes.NameIdentifier) == userId)
            {
                SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
            }
        }
        catch (InvalidOperationException)
        {
            // The circuit has no authentication state yet (or no longer): its next check refuses the removed account.
        }
    }

    /// <summary>
    /// The page's person was renamed: every page of theirs open on this server carries the new name now (the user menu
    /// shows it, the audit log records what they do next under it); they stay signed in.
    /// </summary>
    private async void TakeNameIfMine(string userId, string displayName)
    {
        try
        {
            var user = (await GetAuthenticationStateAsync()).User;
            if (user.FindFirstValue(ClaimTypes.NameIdentifier) != userId || user.Identity is not ClaimsIdentity identity
                || identity.FindFirst(AppClaimsPrincipalFactory.DisplayNameClaim)?.Value == displayName)
            {
                return;
            }

            var renamed = identity.Clone();
            if (renamed.FindFirst(AppClaimsPrincipalFactory.DisplayNameClaim) is { } old)
            {
                renamed.RemoveClaim(old);
            }

            renamed.AddClaim(new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, displayName));
            SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(renamed))));
        }
        catch (InvalidOperationException)
        {
            // The circuit has no authentication state yet (or no longer): its page loads with the renewed cookie.
        }
    }

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        try
        {
            return await IsStillValidAsync(authenticationState);
        }
        catch (ObjectDisposedException) when (_lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // The app is shutting down and its services are gone; the open page goes with it. Signing it out here would
            // only log an error and render the sign-in prompt with services that no longer exist (a second error).
            return true;
        }
    }

    private async Task<bool> IsStillValidAsync(AuthenticationState authenticationState)
    {
        await using var scope = _scopeFactory.CreateAsyncScope();
        if (SessionLifetime.HasEnded(authenticationState.User, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow()))
        {
            return false; // the absolute session lifetime ended while the page was open
        }

        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await ValidateSecurityStampAsync(userManager, authenticationState.User);
    }

    private async Task<bool> ValidateSecurityStampAsync(UserManager<AppUser> userManager, ClaimsPrincipal principal)
    {
        var user = await userManager.GetUserAsync(principal);
        if (user is null || user.DeactivatedAtUtc is not null)
        {
            return false;
        }

        if (!userManager.SupportsUserSecurityStamp)
        {
            return true;
        }

        var principalStamp = principal.FindFirstValue(_options.Value.ClaimsIdentity.SecurityStampClaimType);
        var userStamp = await userManager.GetSecurityStampAsync(user);
        return principalStamp == userStamp;
    }
}
