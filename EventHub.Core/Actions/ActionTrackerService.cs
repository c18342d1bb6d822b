using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Actions;

/// <summary>
/// Every action item across events, for organisers and facilitators: a server-paged, filtered list with counts, an
/// item with its whole history, and progress recorded by the team (with the item's version as concurrency token).
/// </summary>
public sealed class ActionTrackerService(IDbContextFactory<EventHubDbContext> dbFactory, IActionThemes themes, TimeProvider time)
{
    public async Task<Paged<ActionRow>> ListAsync(ActionQuery query, CancellationToken ct = default)
    {
        var today = ActionDates.Today(time);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var filtered = query.Apply(db, themes, today);
        var total = await filtered.CountAsync(ct);
        var rows = await query.Order(filtered)
            .Skip(query.Page * query.PageSize)
            .Take(query.PageSize)
            .Select(ActionRows.Project(today))
            .ToListAsync(ct);
        return new Paged<ActionRow>(rows, total);
    }

    /// <summary>
    /// Counts for the filter chips: per status with every other filter applied (so a chip says what picking it would
    /// show), and overdue with every filter but the overdue switch itself.
    /// </summary>
    public async Task<ActionCounts> CountsAsync(ActionQuery query, CancellationToken ct = default)
    {
        var today = ActionDates.Today(time);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var byStatus = await query.Apply(db, themes, today, withStatus: false)
            .GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, ct);
        var overdue = await query.Apply(db, themes, today, withOverdue: false).CountAsync(ActionQuery.Overdue(today), ct);
        return new ActionCounts(Enum.GetValues<ActionItemStatus>().ToDictionary(s => s, s => byStatus.GetValueOrDefault(s)), overdue);
    }

    /// <summary>Organisations that own at least one action item whose name matches: the owner filter's suggestions.</summary>
    public async Task<IReadOnlyList<OwnerOption>> OwnersAsync(string? search, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var owners = db.Organisations.Where(o => db.ActionItems.Any(a => a.OwnerOrganisationId == o.Id));
        if (!string.IsNullOrWhiteSpace(search))
        {
            var name = TextNormalizer.ForUniqueness(search);
            owners = owners.Where(o => o.NormalizedName.Contains(name));
        }

        return await owners.OrderBy(o => o.NormalizedName).Take(20).Select(o => new OwnerOption(o.Id, o.Name)).ToListAsync(ct);
    }

    /// <summary>Events with action items, newest first: the event filter's choices.</summary>
    public async Task<IReadOnlyList<EventOption>> EventsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Events.Where(e => db.ActionItems.Any(a => a.Session.EventId == e.Id))
            .OrderByDescending(e => e.StartUtc)
            .Select(e => new EventOption(e.Id, e.Title, e.StartUtc, e.EndUtc, e.TimeZoneId))
            .ToListAsync(ct);
    }

    public async Task<ActionDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        var today = ActionDates.Today(time);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.ActionItems.Where(a => a.Id == id).Select(ActionRows.Project(today)).SingleOrDefaultAsync(ct);
        if (item is null)
        {
            return null;
        }

        var links = await db.ActionItems.Where(a => a.Id == id)
            .Select(a => new
            {
                HasContact = a.OwnerContact != null && a.OwnerContact.AnonymisedAtUtc == null,
                Erased = a.OwnerContact != null && a.OwnerContact.AnonymisedAtUtc != null,
                HasLink = a.OwnerTokenHash != null,
            })
            .SingleAsync(ct);
        var history = await (
                from u in db.ActionItemUpdates
                where u.ActionItemId == id
                join e in db.Events on u.AtEventId equals e.Id into at
                from e in at.DefaultIfEmpty()
                orderby u.AtUtc descending, u.Id descending
                select new ActionHistoryEntry(u.AtUtc, u.Status, u.Note, u.Source, u.By, u.AtEventId, e != null ? e.Title : null))
            .ToListAsync(ct);
        return new ActionDetail(item, links.HasContact, links.HasLink, history, links.Erased);
    }

    /// <summary>Whether <paramref name="member"/> may record progress on <paramref name="item"/> (the rule <see cref="RecordProgressAsync"/> applies).</summary>
    public async Task<bool> CanRecordProgressAsync(ActionRow item, TeamMember member, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return (await ActionAccess.ProgressChangeableAsync(db, [item], member, ct)).Contains(item.Id);
    }

    /// <summary>
    /// An organiser, or a facilitator of the item's session, records a status and/or a progress note; a stale version
    /// changes nothing.
    /// </summary>
    public Task<Result> RecordProgressAsync(int id, ActionProgressInput input, TeamMember member, CancellationToken ct = default)
    {
        if (!member.CanRecordProgress)
        {
            return Task.FromResult(Result.Failure(ActionErrors.NotAllowed));
        }

        return dbFactory.WriteAsync(async (db, token) =>
        {
            var item = await db.ActionItems.SingleOrDefaultAsync(a => a.Id == id, token);
            if (item is null)
            {
                return Result.Failure(ActionErrors.NotFound);
            }

            // Facilitators change only the items of sessions they facilitate.
            return await ActionAccess.DenyProgressAsync(db, item.SessionId, member, token) is { } denied
                ? Result.Failure(denied)
                : ActionProgress.Record(item, input, ActionUpdateSource.Team, member, null, time.GetUtcNow().UtcDateTime);
        }, ct);
    }
}

public sealed record OwnerOption(int Id, string Name);

public sealed record EventOption(int Id, string Title, DateTime StartUtc, DateTime EndUtc, string TimeZoneId);
