using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static EventHub.Core.Accounts.IdentityOutcome;

namespace EventHub.Core.Accounts;

/// <summary>
/// A staff member's own details: their name and language (changed at once, by themselves; an admin may correct a
/// colleague's name) and their email address, which changes only once the new address confirmed it through Identity's
/// change-email token, as GitHub and Nextcloud do; the old address is then told.
/// </summary>
public sealed partial class StaffAccountService
{
    /// <summary>The longest name an account keeps (as the invitation form allows).</summary>
    public const int NameMaxLength = 200;

    /// <summary>
    /// The person changes their own name, or an admin corrects a colleague's. The same name again changes nothing. The
    /// person's sign-ins carry the new name from their next request on, and their open pages at once (<see cref="RenamedSignIns"/>).
    /// </summary>
    public async Task<Result> ChangeNameAsync(TeamMember actor, string userId, string displayName)
    {
        displayName = displayName.Trim();
        if (displayName.Length == 0)
        {
            return Result.Failure(AccountErrors.NameRequired);
        }

        if (displayName.Length > NameMaxLength)
        {
            return Result.Failure(AccountErrors.NameTooLong, NameMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Task<Result> Rename(UserManager<AppUser> users, EventHubDbContext db, AppUser user) => RenameAsync(users, db, user, actor, displayName);

        var result = actor.UserId == userId
            ? await OnOwnAccountAsync(userId, Rename)
            : await OnColleagueAsync(actor, userId, Rename);
        if (result.Succeeded)
        {
            renamedSignIns.Rename(userId, displayName); // after the commit: a sign-in renewed now reads the new name
        }

        return result;
    }

    /// <summary>The person chooses the language of their screens and of the emails EventHub sends them.</summary>
    public Task<Result> ChangeLanguageAsync(TeamMember self, Language language) =>
        OnOwnAccountAsync(self.UserId, async (users, db, user) =>
        {
            if (user.PreferredLanguage == language)
            {
                return Result.Success();
            }

            user.PreferredLanguage = language;
            ThrowOnError(await users.UpdateAsync(user));
            db.AccountAuditRecords.Add(Audit(AccountAuditAction.LanguageChanged, user, self, Now, language.ToString()));
            await db.SaveChangesAsync();
            return Result.Success();
        });

    /// <summary>
    /// The person asks to use another address: it gets a link (<see cref="EmailChangeLink"/>) in their language, and
    /// nothing changes until it is opened and confirmed. A newer request makes the links of earlier ones stop working.
    /// </summary>
    public async Task<Result> RequestEmailChangeAsync(TeamMember self, string newEmail)
    {
        newEmail = newEmail.Trim();
        if (!EmailAddresses.IsValid(newEmail) || newEmail.Length > 256)
        {
            return Result.Failure(AccountErrors.InvalidEmail, newEmail);
        }

        return await OnOwnAccountAsync(self.UserId, async (users, db, user) =>
        {
            if (string.Equals(user.Email, newEmail, StringComparison.OrdinalIgnoreCase))
            {
                return Result.Failure(AccountErrors.SameEmail, newEmail);
            }

            if (await users.FindByEmailAsync(newEmail) is not null)
            {
                return Result.Failure(AccountErrors.EmailInUse, newEmail);
            }

            var now = Now;
            var code = await users.GenerateChangeEmailTokenAsync(user, newEmail);
            var link = links.ConfirmEmail(EmailChangeLink.Encode(user.Id, newEmail, code));
            db.OutboxMessages.Add(AccountEmails.EmailChangeConfirmation(user, newEmail, link, now));
            db.AccountAuditRecords.Add(Audit(AccountAuditAction.EmailChangeRequested, user, self, now, newEmail));
            await db.SaveChangesAsync();
            return Result.Success();
        });
    }

    /// <summary>What a confirmation link would change, for its page; null when the link does not (or no longer) work.</summary>
    public async Task<EmailChangeView?> FindEmailChangeAsync(string token) =>
        await InScopeAsync(async (users, db) =>
            await UsableEmailChangeAsync(users, db, token) is ({ } user, { } link)
                ? new EmailChangeView(user.Email ?? "", link.NewEmail, user.DisplayName, user.PreferredLanguage)
                : null);

    /// <summary>
    /// The new address confirmed: it becomes the account's address and its sign-in name, the old address is told, and
    /// the new security stamp ends the person's other sign-ins (the caller refreshes the one it serves). Returns the
    /// account's id.
    /// </summary>
    public async Task<Result<string>> ConfirmEmailChangeAsync(string token) =>
        await InScopeAsync(async (users, db) =>
        {
            if (await UsableEmailChangeAsync(users, db, token) is not ({ } user, { } link))
            {
                return Result<string>.Failure(AccountErrors.LinkInvalid);
            }

            if (await users.FindByEmailAsync(link.NewEmail) is { } other && other.Id != user.Id)
            {
                return Result<string>.Failure(AccountErrors.EmailInUse, link.NewEmail);
            }

            var old = user.Email ?? "";
            var now = Now;
            var notice = AccountEmails.EmailChanged(links, user, link.NewEmail, now);
            // One save for the address, the sign-in name and the new stamp: ChangeEmailAsync checks the token and saves.
            user.UserName = link.NewEmail;
            var changed = await users.ChangeEmailAsync(user, link.NewEmail, link.Code);
            if (!changed.Succeeded)
            {
                return changed.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName")
                    ? Result<string>.Failure(AccountErrors.EmailInUse, link.NewEmail)
                    : Result<string>.Failure(AccountErrors.LinkInvalid);
            }

            db.OutboxMessages.Add(notice);
            db.AccountAuditRecords.Add(new AccountAuditRecord(AccountAuditAction.EmailChanged, user.Id, link.NewEmail, user.Id, user.DisplayName, now, old));
            await db.SaveChangesAsync();
            return Result<string>.Success(user.Id);
        });

    private async Task<Result> RenameAsync(UserManager<AppUser> users, EventHubDbContext db, AppUser user, TeamMember actor, string displayName)
    {
        if (user.DisplayName == displayName)
        {
            return Result.Success();
        }

        user.DisplayName = displayName;
        ThrowOnError(await users.UpdateAsync(user));
        db.AccountAuditRecords.Add(Audit(AccountAuditAction.NameChanged, user, actor, Now));
        await db.SaveChangesAsync();
        return Result.Success();
    }

    /// <summary>
    /// The link's account and address when it can still be used: the account is not deactivated, the address is the one
    /// of the person's newest request, and Identity accepts the code (it stops working once the address changed).
    /// </summary>
    private static async Task<(AppUser User, EmailChangeLink Link)?> UsableEmailChangeAsync(UserManager<AppUser> users, EventHubDbContext db, string token)
    {
        if (EmailChangeLink.Decode(token) is not { } link || await users.FindByIdAsync(link.UserId) is not { DeactivatedAtUtc: null } user)
        {
            return null;
        }

        var newest = await db.AccountAuditRecords.Where(r => r.AccountId == user.Id && r.Action == AccountAuditAction.EmailChangeRequested)
            .OrderByDescending(r => r.AtUtc).ThenByDescending(r => r.Id).Select(r => r.Detail).FirstOrDefaultAsync();
        if (!string.Equals(newest, link.NewEmail, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var purpose = UserManager<AppUser>.GetChangeEmailTokenPurpose(link.NewEmail);
        return await users.VerifyUserTokenAsync(user, users.Options.Tokens.ChangeEmailTokenProvider, purpose, link.Code) ? (user, link) : null;
    }

    /// <summary>The signed-in person's own account (not deactivated), in one transaction.</summary>
    private Task<Result> OnOwnAccountAsync(string userId, Func<UserManager<AppUser>, EventHubDbContext, AppUser, Task<Result>> action) =>
        InScopeAsync(async (users, db) =>
            await users.FindByIdAsync(userId) is { DeactivatedAtUtc: null } user ? await action(users, db, user) : Result.Failure(AccountErrors.NotFound));
}

/// <summary>A working address-change link, as its page shows it.</summary>
public sealed record EmailChangeView(string OldEmail, string NewEmail, string DisplayName, Language Language);
