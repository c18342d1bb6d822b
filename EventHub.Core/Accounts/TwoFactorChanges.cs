using EventHub.Core.Data;
using Microsoft.AspNetCore.Identity;
using static EventHub.Core.Accounts.IdentityOutcome;

namespace EventHub.Core.Accounts;

/// <summary>What someone did to their own two-factor sign-in that weakens it or replaces its spare keys.</summary>
public enum TwoFactorChange
{
    TurnedOff,
    NewRecoveryCodes,
}

/// <summary>
/// A person turns two-factor sign-in off or makes new recovery codes (the page asks for the password first). The change,
/// its line in the account's history and the email that tells the person are saved in one transaction, so a change made
/// by someone else at their computer does not go unnoticed, not even when the app stops halfway. It works through the
/// request's UserManager and context, the ones the static two-factor page signed the person in with: the page's user
/// stays current for refreshing the sign-in afterwards.
/// </summary>
public sealed class TwoFactorChanges(UserManager<AppUser> users, EventHubDbContext db, TimeProvider time)
{
    public Task<IReadOnlyList<string>> RenewRecoveryCodesAsync(AppUser user, int count) =>
        WithNoticeAsync(user, TwoFactorChange.NewRecoveryCodes, async () =>
            (IReadOnlyList<string>?)(await users.GenerateNewTwoFactorRecoveryCodesAsync(user, count))?.ToList()
            ?? throw new InvalidOperationException("The new recovery codes could not be saved."));

    /// <summary>Two-factor off, and the authenticator key replaced: a later set-up starts with a new key.</summary>
    public Task TurnOffAsync(AppUser user) =>
        WithNoticeAsync(user, TwoFactorChange.TurnedOff, async () =>
        {
            ThrowOnError(await users.SetTwoFactorEnabledAsync(user, false));
            ThrowOnError(await users.ResetAuthenticatorKeyAsync(user));
            return true;
        });

    /// <summary>Identity saves each of its changes itself; inside this transaction they commit with the notice, or not at all.</summary>
    private async Task<T> WithNoticeAsync<T>(AppUser user, TwoFactorChange change, Func<Task<T>> work)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await work();
        if (user.Email is { } email)
        {
            var now = time.GetUtcNow().UtcDateTime;
            var action = change == TwoFactorChange.TurnedOff ? AccountAuditAction.TwoFactorTurnedOff : AccountAuditAction.RecoveryCodesRenewed;
            db.AccountAuditRecords.Add(new AccountAuditRecord(action, user.Id, email, user.Id, user.DisplayName, now));
            db.OutboxMessages.Add(AccountEmails.TwoFactorChanged(user, change, now));
            await db.SaveChangesAsync();
        }

        await transaction.CommitAsync();
        return result;
    }
}
