using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Accounts;

/// <summary>
/// Who may manage accounts now, by the database rather than by the roles a page opened with, and the rule that the
/// alliance always keeps one admin who can sign in. Shared by every admin action on accounts (and by their removal,
/// which lives with the other erasures in Privacy).
/// </summary>
internal static class AccountAdmins
{
    private const string WorkLock = "staff-accounts";

    /// <summary>
    /// Whether the caller is an admin now (a page opened before they were demoted or deactivated still says admin). On
    /// PostgreSQL it first waits for any other admin's work on accounts to end: two admins demoting or removing each other
    /// at the same moment would otherwise both pass the last-admin check. On SQLite the write transaction already holds
    /// the whole database.
    /// </summary>
    public static async Task<bool> IsActiveAdminAsync(EventHubDbContext db, TeamMember actor, CancellationToken ct = default)
    {
        await JobLock.TakeAsync(db, WorkLock, ct);
        return await Active(db).AnyAsync(a => a.Id == actor.UserId, ct);
    }

    /// <summary>Only a non-deactivated admin with a password keeps the alliance administrable.</summary>
    public static async Task<bool> IsLastActiveAdminAsync(EventHubDbContext db, string userId, CancellationToken ct = default) =>
        !await Active(db).AnyAsync(a => a.Id != userId && a.PasswordHash != null, ct);

    private static IQueryable<AppUser> Active(EventHubDbContext db) =>
        from userRole in db.UserRoles
        join role in db.Roles on userRole.RoleId equals role.Id
        join account in db.Users on userRole.UserId equals account.Id
        where role.Name == Roles.Admin && account.DeactivatedAtUtc == null
        select account;
}
