using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Actions;

/// <summary>
/// Report-back: when an organiser plans an event, or a facilitator runs a session, the open action items of earlier
/// events that concern it — the same themes, or an owner organisation that is invited — come up to be followed up.
/// Progress recorded there is kept in the item's history with the event it was reported at.
/// </summary>
public sealed class ReportBackService(IDbContextFactory<EventHubDbContext> dbFactory, IActionThemes themes, TimeProvider time)
{
    /// <summary>Open items of events that started before this one, sharing a theme with it or owned by an invited organisation.</summary>
    public async Task<IReadOnlyList<ActionRow>> ForEventAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var themeIds = await db.Events.Where(e => e.Id == eventId).SelectMany(e => e.Themes.Select(t => t.Id)).ToListAsync(ct);
        return await SelectAsync(db, eventId, themeIds, ct);
    }

    /// <summary>As for the session's event, plus the themes of this session's outcome, when it has one.</summary>
    public async Task<IReadOnlyList<ActionRow>> ForSessionAsync(int sessionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var eventId = await db.Sessions.Where(s => s.Id == sessionId).Select(s => (int?)s.EventId).SingleOrDefaultAsync(ct);
        if (eventId is not { } id)
        {
            return [];
        }

        var eventThemes = await db.Events.Where(e => e.Id == id).SelectMany(e => e.Themes.Select(t => t.Id)).ToListAsync(ct);
        var outcomeThemes = await themes.OfSessionAsync(db, sessionId, ct);
        return await SelectAsync(db, id, eventThemes.Union(outcomeThemes).ToList(), ct);
    }

    /// <summary>
    /// Of these items, reported back at event <paramref name="atEventId"/> (they are of earlier events), those whose
    /// progress <paramref name="member"/> may record: organisers all; facilitators those of their own sessions, and all
    /// of them when they run a session of that event (<see cref="ActionAccess.DenyReportBackAsync"/>).
    /// </summary>
    public async Task<IReadOnlySet<int>> ChangeableByAsync(IReadOnlyCollection<ActionRow> items, int atEventId, TeamMember member, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return member.CanRecordProgress && !member.IsOrganiser && await ActionAccess.FacilitatesAtAsync(db, atEventId, member, ct)
            ? items.Select(i => i.Id).ToHashSet()
            : await ActionAccess.ProgressChangeableAsync(db, items, member, ct);
    }

    /// <summary>
    /// The latest note on each of these items (what the owner or the team last wrote, by whom and when): what is read out
    /// when the item comes up, without opening it.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, ActionHistoryEntry>> LatestNotesAsync(IReadOnlyCollection<int> itemIds, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var notes = await db.ActionItemUpdates.AsNoTracking()
            .Where(u => itemIds.Contains(u.ActionItemId) && u.Note != null)
            .Select(u => new { u.Id, u.ActionItemId, Entry = new ActionHistoryEntry(u.AtUtc, u.Status, u.Note, u.Source, u.By, u.AtEventId, null) })
            .ToListAsync(ct);
        return notes.GroupBy(n => n.ActionItemId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Entry.AtUtc).ThenByDescending(n => n.Id).First().Entry);
    }

    /// <summary>Progress reported back at event <paramref name="atEventId"/>; it shows in the item's history with that event.</summary>
    public Task<Result> RecordProgressAsync(int actionItemId, ActionProgressInput input, int atEventId, TeamMember member, CancellationToken ct = default)
    {
        if (!member.CanRecordProgress)
        {
            return Task.FromResult(Result.Failure(ActionErrors.NotAllowed));
        }

        return dbFactory.WriteAsync(async (db, token) =>
        {
            if (!await db.Events.AnyAsync(e => e.Id == atEventId, token))
            {
                return Result.Failure(ActionErrors.UnknownEvent);
            }

            var item = await db.ActionItems.SingleOrDefaultAsync(a => a.Id == actionItemId, token);
            if (item is null)
            {
                return Result.Failure(ActionErrors.NotFound);
            }

            // Facilitators change the items of sessions they facilitate, and those reported back at an event where they run a session.
            return await ActionAccess.DenyReportBackAsync(db, item.SessionId, atEventId, member, token) is { } denied
                ? Result.Failure(denied)
                : ActionProgress.Record(item, input, ActionUpdateSource.ReportBack, member, atEventId, time.GetUtcNow().UtcDateTime);
        }, ct);
    }

    private async Task<IReadOnlyList<ActionRow>> SelectAsync(EventHubDbContext db, int eventId, IReadOnlyCollection<int> themeIds, CancellationToken ct)
    {
        var start = await db.Events.Where(e => e.Id == eventId).Select(e => (DateTime?)e.StartUtc).SingleOrDefaultAsync(ct);
        if (start is null)
        {
            return [];
        }

        var invited = db.Invitations
            .Where(i => i.EventId == eventId && i.Status != InvitationStatus.Cancelled && i.Status != InvitationStatus.Substituted
                && i.OrganisationId != null)
            .Select(i => i.OrganisationId!.Value);
        var earlierOpen = db.ActionItems.Where(a => a.Session.Event.StartUtc < start
            && (a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress));
        var byTheme = themeIds.Count == 0 ? [] : await earlierOpen.Where(themes.AnyOf(db, themeIds)).Select(a => a.Id).ToListAsync(ct);
        var byOwner = await earlierOpen.Where(a => invited.Contains(a.OwnerOrganisationId)).Select(a => a.Id).ToListAsync(ct);
        var ids = byTheme.Union(byOwner).ToList();
        var today = ActionDates.Today(time);
        return await db.ActionItems.Where(a => ids.Contains(a.Id))
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Select(ActionRows.Project(today))
            .ToListAsync(ct);
    }
}
