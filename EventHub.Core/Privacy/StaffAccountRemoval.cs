using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Privacy;

/// <summary>What removing an account changes beyond the account, for the dialog to say beforehand.</summary>
/// <param name="UpcomingSessions">Sessions still to come that the person facilitates: they lose them as facilitator.</param>
/// <param name="UpcomingEventsAsContact">Events still to come that name the person as the contact for partners: that contact is cleared.</param>
public sealed record AccountRemovalPreview(int UpcomingSessions, int UpcomingEventsAsContact);

/// <summary>
/// Removes a staff account at the end of its life (GDPR art. 17; the privacy notice keeps staff data "until the account is
/// removed by an admin"), in one transaction (<see cref="StaffAccountAnonymiser"/>): the account and everything that
/// signs in with it go, the person's name and address go from every record that kept them, and what they did for the
/// alliance stays under <see cref="RemovedAccount.Name"/>. Irreversible, so the admin confirms by typing the person's
/// name. Admins only; never one's own account, never the last admin who can sign in. The person's sign-ins end at once
/// (<see cref="EndedSignIns"/>).
/// </summary>
public sealed class StaffAccountRemoval(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time, EndedSignIns signIns)
{
    public async Task<Result<AccountRemovalPreview>> PreviewAsync(TeamMember actor, string userId, CancellationToken ct = default)
    {
        if (Refusal(actor, userId) is { } refused)
        {
            return Result<AccountRemovalPreview>.Failure(refused);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email ?? "").SingleOrDefaultAsync(ct);
        if (email is null)
        {
            return Result<AccountRemovalPreview>.Failure(AccountErrors.NotFound);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var address = email.ToLower();
        var sessions = await db.Sessions.CountAsync(s => s.EndUtc > now && s.Event.Status != EventStatus.Cancelled
            && s.Facilitators.Any(f => f.Id == userId), ct);
        var events = await db.Events.CountAsync(e => e.EndUtc > now && e.Status != EventStatus.Cancelled
            && e.OrganiserEmail != null && e.OrganiserEmail.ToLower() == address, ct);
        return Result<AccountRemovalPreview>.Success(new AccountRemovalPreview(sessions, events));
    }

    public async Task<Result> RemoveAsync(TeamMember actor, string userId, string? typedName, CancellationToken ct = default)
    {
        if (Refusal(actor, userId) is { } refused)
        {
            return Result.Failure(refused);
        }

        var result = await dbFactory.WriteAsync<Result>(async (db, token) =>
        {
            if (!await AccountAdmins.IsActiveAdminAsync(db, actor, token))
            {
                return Result.Failure(AccountErrors.NotAllowed);
            }

            if (await db.Users.SingleOrDefaultAsync(u => u.Id == userId, token) is not { } user)
            {
                return Result.Failure(AccountErrors.NotFound);
            }

            if (!ContactErasure.Confirms(typedName, user.DisplayName))
            {
                return Result.Failure(AccountErrors.NameDoesNotMatch);
            }

            if (user.DeactivatedAtUtc is null && await IsAdminAsync(db, userId, token) && await AccountAdmins.IsLastActiveAdminAsync(db, userId, token))
            {
                return Result.Failure(AccountErrors.LastAdmin, user.DisplayName);
            }

            await StaffAccountAnonymiser.RemoveAsync(db, user, actor, time.GetUtcNow().UtcDateTime, token);
            return Result.Success();
        }, ct);

        if (result.Succeeded)
        {
            signIns.End(userId);
        }

        return result;
    }

    /// <summary>Refused before anything is read: not an admin, or their own account (another admin removes it).</summary>
    private static string? Refusal(TeamMember actor, string userId) =>
        !actor.IsAdmin ? AccountErrors.NotAllowed
        : actor.UserId == userId ? AccountErrors.OwnAccount
        : null;

    private static Task<bool> IsAdminAsync(EventHubDbContext db, string userId, CancellationToken ct) =>
        (from userRole in db.UserRoles
         join role in db.Roles on userRole.RoleId equals role.Id
         where userRole.UserId == userId && role.Name == Roles.Admin
         select userRole).AnyAsync(ct);
}
