using System.Security.Claims;
using EventHub.App.Hosting;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EventHub.App.Components.Pages.Accounts;

/// <summary>
/// Identity's sign-in, refusing deactivated accounts (the sign-in page then shows its one failure message), and setting
/// the browser's screens to the account's language at every sign-in.
/// </summary>
internal sealed class AppSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private bool _renewing;

    public override async Task<bool> CanSignInAsync(AppUser user) =>
        user.DeactivatedAtUtc is null && await base.CanSignInAsync(user);

    /// <summary>
    /// Every way in ends here: the password (the sign-in page, and the set-password link of an invitation or a reset) and
    /// the second step (an authenticator or a recovery code). Someone signed in has one language, their account's, which
    /// their emails are written in (as on GitHub or Indico): the first page after signing in speaks it in any browser, also
    /// where another language was picked on the sign-in page before. Picking one while signed in changes the account.
    /// </summary>
    public override async Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
        if (!_renewing)
        {
            Localization.RememberCulture(Context, user.PreferredLanguage.ToCultureName());
        }
    }

    /// <summary>
    /// A renewal of the current sign-in (after a new password, two-factor turned on, a new name) is no new sign-in: the
    /// screens keep the language they have.
    /// </summary>
    public override async Task RefreshSignInAsync(AppUser user)
    {
        _renewing = true;
        try
        {
            await base.RefreshSignInAsync(user);
        }
        finally
        {
            _renewing = false;
        }
    }
}
