using EventHub.Core.Data;
using EventHub.Core.Outbox;
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
/// A person turns two-factor sign-in on, or off, or makes new recovery codes (the page asks for the password first for
/// the last two). The change and its line in the account's history are saved in one transaction, and for the two that
/// weaken or replace the second factor so is the email that tells the person, so a change made by someone else at their
/// computer does not go unnoticed, not even when the app stops halfway. It works through the
/// request's UserManager and context, the ones the static two-factor page signed the person in with: the page's user
/// stays current for refreshing the sign-in afterwards.
/// </summary>
public sealed class TwoFactorChanges(UserManager<AppUser> users, EventHubDbContext db, TimeProvider time, SiteLinks links)
{
    /// <summary>Two-factor on (the caller checked the first code), with the first recovery codes; returns them.</summary>
    public Task<IReadOnlyList<string>> TurnOnAsync(AppUser user, int count) =>
        RecordedAsync(user, AccountAuditAction.TwoFactorTurnedOn, email: null, async () =>
        {
            ThrowOnError(await users.SetTwoFactorEnabledAsync(user, true));
            return await NewCodesAsync(user, count);
        });

    public Task<IReadOnlyList<string>> RenewRecoveryCodesAsync(AppUser user, int count) =>
        RecordedAsync(user, AccountAuditAction.RecoveryCodesRenewed, TwoFactorChange.NewRecoveryCodes, () => NewCodesAsync(user, count));

    /// <summary>Two-factor off, and the authenticator key replaced: a later set-up starts with a new key.</summary>
    public Task TurnOffAsync(AppUser user) =>
        RecordedAsync(user, AccountAuditAction.TwoFactorTurnedOff, TwoFactorChange.TurnedOff, async () =>
        {
            ThrowOnError(await users.SetTwoFactorEnabledAsync(user, false));
            ThrowOnError(await users.ResetAuthenticatorKeyAsync(user));
            return true;
        });

    private async Task<IReadOnlyList<string>> NewCodesAsync(AppUser user, int count) =>
        (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, count))?.ToList()
        ?? throw new InvalidOperationException("The new recovery codes could not be saved.");

    /// <summary>Identity saves each of its changes itself; inside this transaction they commit with the record and the notice, or not at all.</summary>
    private async Task<T> RecordedAsync<T>(AppUser user, AccountAuditAction action, TwoFactorChange? email, Func<Task<T>> work)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await work();
        if (user.Email is { } address)
        {
            var now = time.GetUtcNow().UtcDateTime;
            db.AccountAuditRecords.Add(new AccountAuditRecord(action, user.Id, address, user.Id, user.DisplayName, now));
            if (email is { } change)
            {
                db.OutboxMessages.Add(AccountEmails.TwoFactorChanged(links, user, change, now));
            }

            await db.SaveChangesAsync();
        }

        await transaction.CommitAsync();
        return result;
    }
}
