using EventHub.Core.Common;
using Microsoft.AspNetCore.Identity;
using static EventHub.Core.Accounts.IdentityOutcome;

namespace EventHub.Core.Accounts;

/// <summary>
/// Creating accounts and roles through Identity: the roles every installation has, and the first admin. Used at
/// start-up, by the create-admin command and the demo seeder; screens read the team through <see cref="TeamDirectory"/>.
/// </summary>
public sealed class AccountService(UserManager<AppUser> users, RoleManager<IdentityRole> roles)
{
    public const string InvalidEmail = "Account.InvalidEmail";
    public const string Rejected = "Account.Rejected";

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                ThrowOnError(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    /// <summary>
    /// Creates an admin account, or gives an existing account the Admin role (its password stays as it is).
    /// Returns whether a new account was created.
    /// </summary>
    public async Task<Result<bool>> CreateAdminAsync(string email, string password, string? displayName = null)
    {
        email = email.Trim();
        if (!EmailAddresses.IsValid(email))
        {
            return Result<bool>.Failure(InvalidEmail, email);
        }

        await EnsureRolesAsync();
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            if (!await users.IsInRoleAsync(existing, Roles.Admin))
            {
                ThrowOnError(await users.AddToRoleAsync(existing, Roles.Admin));
            }

            return Result<bool>.Success(false);
        }

        var name = string.IsNullOrWhiteSpace(displayName) ? email : displayName.Trim();
        var created = await CreateUserAsync(email, name, password, Language.En, [Roles.Admin]);
        return created.Succeeded ? Result<bool>.Success(true) : Result<bool>.Failure(created.ErrorCode!, created.ErrorDetail);
    }

    public async Task<Result> CreateUserAsync(string email, string displayName, string password, Language language, IReadOnlyList<string> roleNames)
    {
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            PreferredLanguage = language,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return Result.Failure(Rejected, string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        ThrowOnError(await users.AddToRolesAsync(user, roleNames));
        return Result.Success();
    }
}
