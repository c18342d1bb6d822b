using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Accounts;

/// <summary>The newest lines of an account's history, and how many there are in all.</summary>
public sealed record AccountHistoryPage(IReadOnlyList<AccountAuditRecord> Records, int Total);

/// <summary>
/// Reads an account's history (<see cref="AccountAuditRecord"/>), newest first, a page at a time: for an admin about any
/// account, for everyone else about their own only.
/// </summary>
public sealed class AccountHistoryReader(IDbContextFactory<EventHubDbContext> dbFactory)
{
    /// <summary>How many lines a screen shows at first, and how many more each time it is asked for more.</summary>
    public const int PageSize = 20;

    public async Task<Result<AccountHistoryPage>> ReadAsync(TeamMember reader, string userId, int take = PageSize, CancellationToken ct = default)
    {
        if (!reader.IsAdmin && reader.UserId != userId)
        {
            return Result<AccountHistoryPage>.Failure(AccountErrors.NotAllowed);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var history = db.AccountAuditRecords.AsNoTracking().Where(r => r.AccountId == userId);
        var records = await history.OrderByDescending(r => r.AtUtc).ThenByDescending(r => r.Id)
            .Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
        return Result<AccountHistoryPage>.Success(new AccountHistoryPage(records, await history.CountAsync(ct)));
    }
}
