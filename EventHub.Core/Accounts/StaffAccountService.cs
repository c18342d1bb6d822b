using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Core.Accounts.IdentityOutcome;

namespace EventHub.Core.Accounts;

/// <summary>
/// The admin's work on staff accounts (invite, roles, deactivate, reactivate, resend, reset link; unlock and two-factor
/// reset in <c>StaffAccountService.SignInHelp.cs</c>) and each person's
/// own set-password links and password change. Every change is one transaction that also writes its
/// <see cref="AccountAuditRecord"/> and queues its email. Core checks the admin's roles in the database, not the ones
/// their page opened with. Each call takes its own scope, so an interactive screen
/// never holds Identity's UserManager (and its DbContext) for a whole tab; a busy SQLite runs the whole call again.
/// </summary>
public sealed partial class StaffAccountService(
    IServiceScopeFactory scopes, IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time, SiteLinks links, RenamedSignIns renamedSignIns)
{
    public async Task<Result<string>> InviteAsync(TeamMember actor, string email, string displayName, Language language, IReadOnlyCollection<string> roles)
    {
        email = email.Trim();
        displayName = displayName.Trim();
        if (!actor.IsAdmin)
        {
            return Result<string>.Failure(AccountErrors.NotAllowed);
        }

        if (!EmailAddresses.IsValid(email))
        {
            return Result<string>.Failure(AccountService.InvalidEmail, email);
        }

        if (displayName.Length == 0)
        {
            return Result<string>.Failure(AccountErrors.NameRequired);
        }

        if (ValidRoles(roles) is not { } roleList)
        {
            return Result<string>.Failure(AccountErrors.NoRoles);
        }

        return await InScopeAsync(async (users, db) =>
        {
            if (!await AccountAdmins.IsActiveAdminAsync(db, actor))
            {
                return Result<string>.Failure(AccountErrors.NotAllowed);
            }

            if (await users.FindByEmailAsync(email) is not null)
            {
                return Result<string>.Failure(AccountErrors.EmailTaken, email);
            }

            var now = Now;
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName, PreferredLanguage = language };
            ThrowOnError(await users.CreateAsync(user));
            ThrowOnError(await users.AddToRolesAsync(user, roleList));
            var token = await IssueLinkAsync(db, user.Id, AccountLinkPurpose.Invitation, now);
            db.OutboxMessages.Add(AccountEmails.Invitation(user, actor.DisplayName, roleList, links.SetPassword(token), now));
            db.AccountAuditRecords.Add(Audit(AccountAuditAction.Invited, user, actor, now, string.Join(",", roleList)));
            await db.SaveChangesAsync();
            return Result<string>.Success(user.Id);
        });
    }

    public async Task<Result> ChangeRolesAsync(TeamMember actor, string userId, IReadOnlyCollection<string> roles)
    {
        if (ValidRoles(roles) is not { } roleList)
        {
            return actor.IsAdmin ? Result.Failure(AccountErrors.NoRoles) : Result.Failure(AccountErrors.NotAllowed);
        }

        return await OnColleagueAsync(actor, userId, async (users, db, user) =>
        {
            var current = await users.GetRolesAsync(user);
            if (current.Contains(Roles.Admin) && !roleList.Contains(Roles.Admin) && await AccountAdmins.IsLastActiveAdminAsync(db, user.Id))
            {
                return Result.Failure(AccountErrors.LastAdmin, user.DisplayName);
            }

            var removed = current.Except(roleList).ToList();
            ThrowOnError(await users.RemoveFromRolesAsync(user, removed));
            ThrowOnError(await users.AddToRolesAsync(user, roleList.Except(current)));
            if (removed.Count > 0)
            {
                // A role taken away ends the person's sign-ins and open pages at their next check, as deactivation does:
                // the cookie and an open page's circuit still carry the old roles.
                ThrowOnError(await users.UpdateSecurityStampAsync(user));
            }

            db.AccountAuditRecords.Add(Audit(AccountAuditAction.RolesChanged, user, actor, Now, string.Join(",", roleList)));
            await db.SaveChangesAsync();
            return Result.Success();
        });
    }

    /// <summary>
    /// The person can no longer sign in; a new security stamp ends their cookies and open pages at the next check,
    /// and their outstanding set-password links and their calendar link stop working.
    /// </summary>
    public Task<Result> DeactivateAsync(TeamMember actor, string userId) =>
        OnColleagueAsync(actor, userId, async (users, db, user) =>
        {
            if (user.DeactivatedAtUtc is not null)
            {
                return Result.Success();
            }

            if (await users.IsInRoleAsync(user, Roles.Admin) && await AccountAdmins.IsLastActiveAdminAsync(db, user.Id))
            {
                return Result.Failure(AccountErrors.LastAdmin, user.DisplayName);
            }

            var now = Now;
            user.DeactivatedAtUtc = now;
            user.CalendarFeedTokenHash = null; // the personal calendar link stops working too
            ThrowOnError(await users.UpdateSecurityStampAsync(user));
            await RevokeLinksAsync(db, user.Id, now);
            db.AccountAuditRecords.Add(Audit(AccountAuditAction.Deactivated, user, actor, now));
            await db.SaveChangesAsync();
            return Result.Success();
        });

    /// <summary>The person may sign in again with their password; someone who never chose one needs a new invitation.</summary>
    public Task<Result> ReactivateAsync(TeamMember actor, string userId) =>
        OnColleagueAsync(actor, userId, async (users, db, user) =>
        {
            if (user.DeactivatedAtUtc is null)
            {
                return Result.Success();
            }

            user.DeactivatedAtUtc = null;
            ThrowOnError(await users.UpdateAsync(user));
            ThrowOnError(await users.SetLockoutEndDateAsync(user, null));
            db.AccountAuditRecords.Add(Audit(AccountAuditAction.Reactivated, user, actor, Now));
            await db.SaveChangesAsync();
            return Result.Success();
        });

    /// <summary>A new invitation link for someone who has not chosen a password yet; earlier links stop working.</summary>
    public Task<Result> ResendInvitationAsync(TeamMember actor, string userId) =>
        OnColleagueAsync(actor, userId, async (users, db, user) =>
        {
            if (user.State != AccountState.Invited)
            {
                return Result.Failure(AccountErrors.NotInvited, user.DisplayName);
            }

            var now = Now;
            var token = await IssueLinkAsync(db, user.Id, AccountLinkPurpose.Invitation, now);
            var roles = (await users.GetRolesAsync(user)).Order().ToList();
            db.OutboxMessages.Add(AccountEmails.Invitation(user, actor.DisplayName, roles, links.SetPassword(token), now));
            db.AccountAuditRecords.Add(Audit(AccountAuditAction.InvitationResent, user, actor, now));
            await db.SaveChangesAsync();
            return Result.Success();
        });

    /// <summary>An admin sends an active colleague a link to choose a new password (their old one keeps working until then).</summary>
    public Task<Result> SendResetLinkAsync(TeamMember actor, string userId) =>
        OnColleagueAsync(actor, userId, async (users, db, user) =>
        {
            if (user.State != AccountState.Active)
            {
                return Result.Failure(AccountErrors.NotActive, user.DisplayName);
            }

            await QueueResetAsync(db, user, actor);
            return Result.Success();
        });

    /// <summary>
    /// "Forgot password": an active account with this address gets a reset link; any other address gets nothing.
    /// The caller shows the same message either way, so the answer never tells whether an account exists. While the
    /// last reset link is still valid and younger than <see cref="AccountLink.ResetRepeatAfter"/>, a repeated request
    /// sends nothing: anyone may ask, so asking again and again must neither flood the inbox nor keep cancelling the
    /// link the person is about to click. Requests for one account take turns (<see cref="JobLock"/>): on PostgreSQL two
    /// pressed at the same moment would otherwise both find no recent link and both send one.
    /// </summary>
    public async Task RequestPasswordResetAsync(string email)
    {
        await InScopeAsync(async (users, db) =>
        {
            if (await users.FindByEmailAsync(email.Trim()) is not { State: AccountState.Active } user)
            {
                return false;
            }

            await JobLock.TakeAsync(db, $"password-reset:{user.Id}", CancellationToken.None);
            if (!await HasRecentResetLinkAsync(db, user.Id))
            {
                await QueueResetAsync(db, user, actor: null);
            }

            return true;
        });
    }

    /// <summary>What a set-password link is for and whose it is, or null when it does not (or no longer) work.</summary>
    public async Task<AccountLinkView?> FindLinkAsync(string token) =>
        await InScopeAsync(async (_, db) =>
        {
            var found = await UsableLinkAsync(db, token);
            return found is { } f ? new AccountLinkView(f.Link.Purpose, f.User.Email ?? "", f.User.DisplayName, f.User.PreferredLanguage) : null;
        });

    /// <summary>
    /// The language of the person a working set-password link was sent to (the one their invitation email is in), for the
    /// page it opens; null for a link that does not work.
    /// </summary>
    public async Task<Language?> LanguageAsync(string token) => (await FindLinkAsync(token))?.Language;

    /// <summary>
    /// Sets the password through a link and uses the link up (with the person's other links). Returns the account's
    /// id, for the caller to sign them in. A password Identity's validators refuse leaves the link as it was.
    /// </summary>
    public async Task<Result<string>> SetPasswordAsync(string token, string password) =>
        await InScopeAsync(async (users, db) =>
        {
            if (await UsableLinkAsync(db, token) is not ({ } link, { } user))
            {
                return Result<string>.Failure(AccountErrors.LinkInvalid);
            }

            if (await ValidatePasswordAsync(users, user, password) is { } rejected)
            {
                return Result<string>.Failure(AccountErrors.PasswordRejected, rejected);
            }

            var now = Now;
            if (await users.HasPasswordAsync(user))
            {
                ThrowOnError(await users.RemovePasswordAsync(user));
            }

            ThrowOnError(await users.AddPasswordAsync(user, password));
            ThrowOnError(await users.ResetAccessFailedCountAsync(user));
            ThrowOnError(await users.SetLockoutEndDateAsync(user, null));
            link.Use(now);
            await RevokeLinksAsync(db, user.Id, now);
            db.AccountAuditRecords.Add(new AccountAuditRecord(AccountAuditAction.PasswordSet, user.Id, user.Email ?? "", user.Id, user.DisplayName, now, link.Purpose.ToString()));
            await db.SaveChangesAsync();
            return Result<string>.Success(user.Id);
        });

    /// <summary>The signed-in person changes their own password; the caller refreshes their sign-in (the security stamp changes).</summary>
    public async Task<Result> ChangePasswordAsync(string userId, string currentPassword, string newPassword) =>
        await InScopeAsync<Result>(async (users, db) =>
        {
            if (await users.FindByIdAsync(userId) is not { State: AccountState.Active } user)
            {
                return Result.Failure(AccountErrors.NotFound);
            }

            if (!await users.CheckPasswordAsync(user, currentPassword))
            {
                return Result.Failure(AccountErrors.WrongPassword);
            }

            if (await ValidatePasswordAsync(users, user, newPassword) is { } rejected)
            {
                return Result.Failure(AccountErrors.PasswordRejected, rejected);
            }

            ThrowOnError(await users.ChangePasswordAsync(user, currentPassword, newPassword));
            db.OutboxMessages.Add(AccountEmails.PasswordChanged(links, user, Now));
            db.AccountAuditRecords.Add(new AccountAuditRecord(AccountAuditAction.PasswordChanged, user.Id, user.Email ?? "", user.Id, user.DisplayName, Now));
            await db.SaveChangesAsync();
            return Result.Success();
        });

    /// <summary>The account's whole history, newest first; screens read it a page at a time, and only their own or as an admin, through <see cref="AccountHistoryReader"/>.</summary>
    public async Task<IReadOnlyList<AccountAuditRecord>> HistoryAsync(string userId) =>
        await InScopeAsync<IReadOnlyList<AccountAuditRecord>>(async (_, db) =>
            await db.AccountAuditRecords.AsNoTracking().Where(r => r.AccountId == userId).OrderByDescending(r => r.AtUtc).ThenByDescending(r => r.Id).ToListAsync());

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private static List<string>? ValidRoles(IReadOnlyCollection<string> roles)
    {
        var list = Roles.All.Where(roles.Contains).ToList();
        return list.Count == 0 || roles.Any(r => !Roles.All.Contains(r)) ? null : list;
    }

    private async Task QueueResetAsync(EventHubDbContext db, AppUser user, TeamMember? actor)
    {
        var now = Now;
        var token = await IssueLinkAsync(db, user.Id, AccountLinkPurpose.PasswordReset, now);
        db.OutboxMessages.Add(AccountEmails.PasswordReset(user, links.SetPassword(token), now, actor?.DisplayName));
        db.AccountAuditRecords.Add(actor is null
            ? new AccountAuditRecord(AccountAuditAction.PasswordResetRequested, user.Id, user.Email ?? "", null, null, now)
            : Audit(AccountAuditAction.PasswordResetSent, user, actor, now));
        await db.SaveChangesAsync();
    }

    private async Task<bool> HasRecentResetLinkAsync(EventHubDbContext db, string userId)
    {
        var now = Now;
        var recent = now - AccountLink.ResetRepeatAfter;
        return await db.AccountLinks.AnyAsync(l => l.UserId == userId && l.Purpose == AccountLinkPurpose.PasswordReset
            && l.UsedAtUtc == null && l.RevokedAtUtc == null && l.ExpiresAtUtc > now && l.CreatedAtUtc > recent);
    }

    /// <summary>A new link; the person's earlier links stop working, so only the newest email counts.</summary>
    private static async Task<string> IssueLinkAsync(EventHubDbContext db, string userId, AccountLinkPurpose purpose, DateTime now)
    {
        await RevokeLinksAsync(db, userId, now);
        var token = PersonalLinkTokens.NewToken();
        db.AccountLinks.Add(new AccountLink(userId, purpose, PersonalLinkTokens.Hash(token), now));
        return token;
    }

    private static async Task RevokeLinksAsync(EventHubDbContext db, string userId, DateTime now)
    {
        var open = await db.AccountLinks.Where(l => l.UserId == userId && l.UsedAtUtc == null && l.RevokedAtUtc == null).ToListAsync();
        open.ForEach(l => l.Revoke(now));
    }

    private async Task<(AccountLink Link, AppUser User)?> UsableLinkAsync(EventHubDbContext db, string token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = PersonalLinkTokens.Hash(token);
        var link = await db.AccountLinks.SingleOrDefaultAsync(l => l.TokenHash == hash);
        if (link is null || !link.IsUsable(Now))
        {
            return null;
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == link.UserId);
        return user is null || user.DeactivatedAtUtc is not null ? null : (link, user);
    }

    private static async Task<string?> ValidatePasswordAsync(UserManager<AppUser> users, AppUser user, string password)
    {
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        return errors.Count == 0 ? null : string.Join(" ", errors);
    }

    private static AccountAuditRecord Audit(AccountAuditAction action, AppUser user, TeamMember actor, DateTime now, string? detail = null) =>
        new(action, user.Id, user.Email ?? "", actor.UserId, actor.DisplayName, now, detail);

    /// <summary>An admin's action on one colleague's account, in one transaction; refused for others and unknown accounts.</summary>
    private async Task<Result> OnColleagueAsync(TeamMember actor, string userId, Func<UserManager<AppUser>, EventHubDbContext, AppUser, Task<Result>> action)
    {
        if (!actor.IsAdmin)
        {
            return Result.Failure(AccountErrors.NotAllowed);
        }

        return await InScopeAsync(async (users, db) =>
            !await AccountAdmins.IsActiveAdminAsync(db, actor) ? Result.Failure(AccountErrors.NotAllowed)
            : await users.FindByIdAsync(userId) is { } user ? await action(users, db, user)
            : Result.Failure(AccountErrors.NotFound));
    }

    private Task<T> InScopeAsync<T>(Func<UserManager<AppUser>, EventHubDbContext, Task<T>> work) =>
        dbFactory.RetryWhenBusyAsync(async _ =>
        {
            // A fresh scope per attempt: nothing of a failed attempt stays tracked by the next one.
            await using var scope = scopes.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var db = scope.ServiceProvider.GetRequiredService<EventHubDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var result = await work(users, db);
            await transaction.CommitAsync();
            return result;
        });
}

/// <summary>A working set-password link, as its page shows it.</summary>
public sealed record AccountLinkView(AccountLinkPurpose Purpose, string Email, string DisplayName, Language Language);
