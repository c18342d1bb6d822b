using EventHub.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace EventHub.App.Components.Pages.Accounts.Password;

/// <summary>
/// Signs a person in after Core changed their password in a scope of its own. The request's own UserManager may still
/// hold the account as it was (the cookie check loaded it at the start of the request), and a cookie made from that
/// copy would carry the old security stamp and be refused on the next request; a fresh scope reads the account anew.
/// </summary>
internal static class FreshSignIn
{
    /// <summary>
    /// Signs in with the password just chosen, as the sign-in page does: an account with two-factor sign-in on is not
    /// signed in but gets <see cref="SignInResult.RequiresTwoFactor"/> (and Identity's short-lived cookie for the code
    /// step), so a set-password link — which anyone reading the mailbox has — is never enough on its own.
    /// </summary>
    public static async Task<SignInResult> PasswordSignInAsync(IServiceScopeFactory scopes, string userId, string password)
    {
        await using var scope = scopes.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        return await signIn.PasswordSignInAsync((await signIn.UserManager.FindByIdAsync(userId))!, password, isPersistent: false, lockoutOnFailure: false);
    }

    /// <summary>Keeps the current sign-in (and whether it was persistent), with the account's new security stamp.</summary>
    public static async Task RefreshAsync(IServiceScopeFactory scopes, string userId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        await signIn.RefreshSignInAsync((await signIn.UserManager.FindByIdAsync(userId))!);
    }
}
