using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Accounts;

/// <summary>What someone did to their own two-factor sign-in that weakens it or replaces its spare keys.</summary>
public enum TwoFactorChange
{
    TurnedOff,
    NewRecoveryCodes,
}

/// <summary>
/// After a person turned two-factor sign-in off or made new recovery codes (the page changes them through Identity and
/// asks for the password first): the change goes into the account's history and the person gets an email about it, so
/// a change made by someone else at their computer does not go unnoticed.
/// </summary>
public sealed class TwoFactorNotices(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    public Task SendAsync(string userId, TwoFactorChange change, CancellationToken ct = default) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            if (await db.Users.SingleOrDefaultAsync(u => u.Id == userId, token) is not { Email: not null } user)
            {
                return false;
            }

            var now = time.GetUtcNow().UtcDateTime;
            var action = change == TwoFactorChange.TurnedOff ? AccountAuditAction.TwoFactorTurnedOff : AccountAuditAction.RecoveryCodesRenewed;
            db.AccountAuditRecords.Add(new AccountAuditRecord(action, user.Id, user.Email, user.Id, user.DisplayName, now));
            db.OutboxMessages.Add(AccountEmails.TwoFactorChanged(user, change, now));
            return true;
        }, ct);
}
