using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Accounts;

/// <summary>Accounts and roles: the roles every installation has, and the first admin.</summary>
public sealed class AccountService(
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IDbContextFactory<EventHubDbContext> dbFactory,
    TimeProvider time)
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
    public async Task<Result<bool>> CreateAdminAsync(string email, string password)
    {
        email = email.Trim();
        if (!System.Net.Mail.MailAddress.TryCreate(email, out _))
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

        var created = await CreateUserAsync(email, email, password, Language.En, [Roles.Admin]);
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

    /// <summary>Every account with its roles, by name.</summary>
    public async Task<IReadOnlyList<UserSummary>> ListUsersAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var roleNames = await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            select new { userRole.UserId, role.Name }).ToListAsync(ct);
        var now = time.GetUtcNow();
        var accounts = await db.Users.OrderBy(u => u.DisplayName).ToListAsync(ct);
        return accounts.Select(u => new UserSummary(
                u.Id,
                u.DisplayName,
                u.Email ?? "",
                roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
                u.LockoutEnd is { } end && end > now))
            .ToList();
    }

    /// <summary>People who can chair sessions: everyone with the Facilitator role, by name.</summary>
    public async Task<IReadOnlyList<UserSummary>> ListFacilitatorsAsync(CancellationToken ct = default) =>
        (await ListUsersAsync(ct)).Where(u => u.Roles.Contains(Roles.Facilitator)).ToList();

    private static void ThrowOnError(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
