using EventHub.Core.Common;
using static EventHub.Core.Accounts.IdentityOutcome;

namespace EventHub.Core.Accounts;

/// <summary>An admin helps a colleague who cannot sign in: locked out after wrong passwords, or without their two-factor device.</summary>
public sealed partial class StaffAccountService
{
    /// <summary>
    /// Identity's own names for where it keeps a person's recovery codes (a row in AspNetUserTokens); UserManager has no
    /// call that removes them, only one that replaces them.
    /// </summary>
    private const string IdentityTokenProvider = "[AspNetUserStore]";
    private const string RecoveryCodesToken = "RecoveryCodes";

    /// <summary>
    /// For a colleague who lost the phone with their authenticator app (and their recovery codes): two-factor sign-in is
    /// turned off, the authenticator key is replaced and the recovery codes are removed, so neither works again; a new
    /// security stamp ends their sign-ins everywhere. They sign in with their password next and, when their role needs
    /// two-factor sign-in, set it up again before anything else. They are emailed, so a reset they did not ask for does
    /// not go unnoticed. An admin cannot do this to their own account: they are signed in and can use their own
    /// two-factor page, which asks for their password first — here a moment at an unlocked screen would be enough.
    /// </summary>
    public Task<Result> ResetTwoFactorAsync(TeamMember actor, string userId) =>
        actor.UserId == userId
            ? Task.FromResult(Result.Failure(AccountErrors.OwnTwoFactor))
            : OnColleagueAsync(actor, userId, async (users, db, user) =>
            {
                if (!user.TwoFactorEnabled)
                {
                    return Result.Failure(AccountErrors.NoTwoFactor, user.DisplayName);
                }

                var now = Now;
                ThrowOnError(await users.SetTwoFactorEnabledAsync(user, false));
                ThrowOnError(await users.ResetAuthenticatorKeyAsync(user));
                ThrowOnError(await users.RemoveAuthenticationTokenAsync(user, IdentityTokenProvider, RecoveryCodesToken));
                ThrowOnError(await users.UpdateSecurityStampAsync(user));
                db.AccountAuditRecords.Add(Audit(AccountAuditAction.TwoFactorReset, user, actor, now));
                if (user.Email is not null)
                {
                    db.OutboxMessages.Add(AccountEmails.TwoFactorResetByAdmin(links, user, actor.DisplayName, now));
                }

                await db.SaveChangesAsync();
                return Result.Success();
            });

    /// <summary>
    /// Ends a lockout after too many wrong passwords now, instead of when it runs out, and starts the count of wrong
    /// passwords again. Nothing is recorded when the lockout has already ended.
    /// </summary>
    public Task<Result> UnlockAsync(TeamMember actor, string userId) =>
        OnColleagueAsync(actor, userId, async (users, db, user) =>
        {
            var now = time.GetUtcNow();
            if (user.LockoutEnd is not { } end || end <= now)
            {
                return Result.Success();
            }

            ThrowOnError(await users.SetLockoutEndDateAsync(user, null));
            ThrowOnError(await users.ResetAccessFailedCountAsync(user));
            db.AccountAuditRecords.Add(Audit(AccountAuditAction.Unlocked, user, actor, now.UtcDateTime));
            await db.SaveChangesAsync();
            return Result.Success();
        });
}
