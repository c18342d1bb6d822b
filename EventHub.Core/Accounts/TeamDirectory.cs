using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Accounts;

/// <summary>
/// The team as screens read it: accounts with their roles, and who can chair sessions. Read-only, one context per
/// call, so an interactive component never holds Identity's UserManager (and its scoped DbContext) for a whole tab.
/// </summary>
public sealed class TeamDirectory(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Every account with its roles, by name, with whether it is locked out (until when) and uses two-factor sign-in.</summary>
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
                u.LockoutEnd is { } end && end > now ? end.UtcDateTime : null,
                u.State,
                u.TwoFactorEnabled))
            .ToList();
    }

    /// <summary>One account as its owner sees it; null when there is no such account (any more).</summary>
    public async Task<AccountOverview?> FindAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return null;
        }

        var roles = await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            where userRole.UserId == userId
            select role.Name!).ToListAsync(ct);
        return new AccountOverview(user.Id, user.DisplayName, user.Email ?? "", user.PreferredLanguage,
            Roles.All.Where(roles.Contains).ToList(), user.State, user.TwoFactorEnabled, user.CalendarFeedTokenHash is not null);
    }

    /// <summary>People who can chair sessions: everyone with the Facilitator role who is not deactivated, by name.</summary>
    public async Task<IReadOnlyList<UserSummary>> ListFacilitatorsAsync(CancellationToken ct = default) =>
        (await ListUsersAsync(ct)).Where(u => u.Roles.Contains(Roles.Facilitator) && u.State != AccountState.Deactivated).ToList();
}
