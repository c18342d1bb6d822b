using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventHub.Core.Actions;

/// <summary>
/// The owner's side of an action item, reached through their personal link without an account: see the item and its
/// history (team members unnamed), and record status and progress. A token opens exactly one item; organisers send
/// (and so rotate) the link; it also rotates when the item gets another owner, and expires a while after the item closed
/// (<see cref="OwnerLinkExpiry"/>).
/// </summary>
public sealed class ActionOwnerService(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, IOptions<PersonalLinkOptions> linkOptions, TimeProvider time)
{
    /// <summary>The item behind a token, or null for an unknown, replaced or expired link.</summary>
    public async Task<OwnerActionView?> GetAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        var hash = PersonalLinkTokens.Hash(token);
        var today = ActionDates.Today(time);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.ActionItems.AsNoTracking()
            .Where(a => a.OwnerTokenHash == hash)
            .Select(a => new
            {
                Row = new ActionRow(a.Id, a.What, a.OwnerOrganisationId, a.OwnerOrganisation.Name, null, a.DueOn, a.Status,
                    (a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress) && a.DueOn < today,
                    a.Session.EventId, a.Session.Event.Title, a.Session.Event.StartUtc, a.Session.Event.TimeZoneId,
                    a.SessionId, a.Session.Title, a.UpdatedAtUtc, a.Version),
                FirstName = a.OwnerContact != null ? a.OwnerContact.FirstName : null,
                Language = a.OwnerContact != null ? a.OwnerContact.PreferredLanguage : Language.En,
                EventLanguage = a.Session.Event.Language,
            })
            .SingleOrDefaultAsync(ct);
        if (item is null || await ExpiredAsync(db, item.Row.Id, item.Row.Status, item.Row.UpdatedAtUtc, ct))
        {
            return null;
        }

        // The owner sees what was recorded and where, not which team member recorded it.
        var history = await (
                from u in db.ActionItemUpdates
                where u.ActionItemId == item.Row.Id
                join e in db.Events on u.AtEventId equals e.Id into at
                from e in at.DefaultIfEmpty()
                orderby u.AtUtc descending, u.Id descending
                select new ActionHistoryEntry(u.AtUtc, u.Status, u.Note, u.Source, null, u.AtEventId, e != null ? e.Title : null))
            .ToListAsync(ct);
        return new OwnerActionView(item.Row, item.FirstName, item.Language, item.EventLanguage, history);
    }

    /// <summary>
    /// Whom to contact about a link that opened an item and has expired (the item closed long enough ago); null for any
    /// other link — unknown and replaced links stay indistinguishable, and a working link is not expired.
    /// </summary>
    public async Task<ExpiredLink?> ExpiredAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.ActionItems.Where(a => a.OwnerTokenHash == hash)
            .Select(a => new { a.Id, a.Status, a.UpdatedAtUtc, a.Session.Event.OrganiserName, a.Session.Event.OrganiserEmail })
            .SingleOrDefaultAsync(ct);
        return item is not null && await ExpiredAsync(db, item.Id, item.Status, item.UpdatedAtUtc, ct)
            ? new ExpiredLink(item.OrganiserName, item.OrganiserEmail)
            : null;
    }

    /// <summary>
    /// The language of the owner contact behind a link (English without one), or null for an unknown or replaced link.
    /// One small query, for choosing the page's language before it renders (also the "expired" page's).
    /// </summary>
    public async Task<Language?> LanguageAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ActionItems.Where(a => a.OwnerTokenHash == hash)
            .Select(a => (Language?)(a.OwnerContact != null ? a.OwnerContact.PreferredLanguage : Language.En))
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>
    /// The owner records progress on item <paramref name="actionItemId"/>. The token must be that item's: a link never
    /// reaches another item, whatever id is posted with it.
    /// </summary>
    public Task<Result> UpdateAsync(string token, int actionItemId, ActionProgressInput input, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return Task.FromResult(Result.Failure(ActionErrors.NotFound));
        }

        var hash = PersonalLinkTokens.Hash(token);
        return dbFactory.WriteAsync(async (db, cancel) =>
        {
            var item = await db.ActionItems.SingleOrDefaultAsync(a => a.Id == actionItemId && a.OwnerTokenHash == hash, cancel);
            return item is null || await ExpiredAsync(db, item.Id, item.Status, item.UpdatedAtUtc, cancel)
                ? Result.Failure(ActionErrors.NotFound)
                : ActionProgress.Record(item, input, ActionUpdateSource.Owner, null, null, time.GetUtcNow().UtcDateTime);
        }, ct);
    }

    /// <summary>An organiser emails the owner contact a new personal link (the previous link stops working).</summary>
    public Task<Result> SendLinkAsync(int actionItemId, TeamMember member, CancellationToken ct = default)
    {
        if (!member.CanSendOwnerLinks)
        {
            return Task.FromResult(Result.Failure(ActionErrors.NotAllowed));
        }

        return dbFactory.WriteAsync(async (db, cancel) =>
        {
            var item = await db.ActionItems
                .Include(a => a.OwnerContact)
                .Include(a => a.OwnerOrganisation)
                .Include(a => a.Session).ThenInclude(s => s.Event)
                .SingleOrDefaultAsync(a => a.Id == actionItemId, cancel);
            if (item is null)
            {
                return Result.Failure(ActionErrors.NotFound);
            }

            if (!ActionOwnerLinks.CanEmailOwner(item))
            {
                return Result.Failure(ActionErrors.NoOwnerContact);
            }

            ActionOwnerLinks.Send(db, item, links, time.GetUtcNow().UtcDateTime);
            return Result.Success();
        }, ct);
    }

    private Task<bool> ExpiredAsync(EventHubDbContext db, int actionItemId, ActionItemStatus status, DateTime updatedAtUtc, CancellationToken ct) =>
        OwnerLinkExpiry.IsExpiredAsync(db, actionItemId, status, updatedAtUtc, linkOptions.Value, time.GetUtcNow().UtcDateTime, ct);
}

/// <summary>
/// What the owner's page shows: the item, whom to greet, in which language, and its history without names. The item's
/// words, its event's and session's names are in the event's language, which may not be the page's.
/// </summary>
public sealed record OwnerActionView(ActionRow Item, string? ContactFirstName, Language Language, Language EventLanguage, IReadOnlyList<ActionHistoryEntry> History);
