using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Outcomes;

/// <summary>
/// Two days after an event, organisers learn which sessions still have no final record: on their pages
/// (<see cref="ListAsync"/>) and by one email per event through the outbox (at most once, by de-duplication key)
/// to the event's organiser email, or to every organiser when the event names none.
/// </summary>
public sealed class MissingOutcomeFollowUp(IDbContextFactory<EventHubDbContext> dbFactory, SiteLinks links, TimeProvider time) : IReminderJob
{
    /// <summary>The email goes out only this long after the follow-up became due; older events are not mailed about all at once.</summary>
    public static readonly TimeSpan EmailWindow = TimeSpan.FromDays(14);

    private const string KeyPrefix = "missing-outcomes:";

    /// <summary>Events that ended at least two days ago (and are not archived) with sessions lacking a final record.</summary>
    public async Task<IReadOnlyList<EventAwaitingOutcomes>> ListAsync(int? eventId = null, CancellationToken ct = default)
    {
        var dueBefore = time.GetUtcNow().UtcDateTime - EventReports.FollowUpAfter;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var events = await db.Events.AsNoTracking()
            .Where(e => (e.Status == EventStatus.Published || e.Status == EventStatus.Closed) && e.EndUtc <= dueBefore)
            .Where(e => eventId == null || e.Id == eventId)
            .OrderByDescending(e => e.EndUtc)
            .ToListAsync(ct);
        var gaps = await GapsAsync(db, events.Select(e => e.Id).ToList(), ct);
        return events.Where(e => gaps.Contains(e.Id))
            .Select(e => new EventAwaitingOutcomes(e.Id, e.Title, e.EndUtc, gaps[e.Id].Count()))
            .ToList();
    }

    /// <summary>Queues the email for every event whose follow-up is due and not yet sent; returns how many messages.</summary>
    public Task<int> QueueDueAsync(CancellationToken ct = default) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            await JobLock.TakeAsync(db, nameof(MissingOutcomeFollowUp), token);
            var now = time.GetUtcNow().UtcDateTime;
            var dueBefore = now - EventReports.FollowUpAfter;
            var notBefore = dueBefore - EmailWindow;
            var events = await db.Events
                .Where(e => (e.Status == EventStatus.Published || e.Status == EventStatus.Closed) && e.EndUtc <= dueBefore && e.EndUtc > notBefore)
                .ToListAsync(token);
            var sent = (await db.OutboxMessages.Where(m => m.DeduplicationKey != null && m.DeduplicationKey.StartsWith(KeyPrefix))
                .Select(m => m.DeduplicationKey!).ToListAsync(token)).ToHashSet();
            var gaps = await GapsAsync(db, events.Select(e => e.Id).ToList(), token);
            var queued = 0;
            foreach (var @event in events.Where(e => gaps.Contains(e.Id)))
            {
                var link = new Uri(links.Root, $"events/{@event.Id}/synthesis").ToString();
                foreach (var (address, name, language, key) in await RecipientsAsync(db, @event, token))
                {
                    if (sent.Add(key))
                    {
                        db.OutboxMessages.Add(MissingOutcomeEmails.MissingRecords(address, name, language, @event, gaps[@event.Id].ToList(), link, key, now));
                        queued++;
                    }
                }
            }

            return queued;
        }, ct);

    /// <summary>Sessions (not breaks) of the given events without a final record, by event.</summary>
    private static async Task<ILookup<int, SessionGap>> GapsAsync(EventHubDbContext db, List<int> eventIds, CancellationToken ct)
    {
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => eventIds.Contains(s.EventId) && s.Kind != SessionKind.Break)
            .Select(s => new { s.Id, s.EventId, s.Title, s.StartUtc, s.SortOrder })
            .ToListAsync(ct);
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var outcomes = await db.SessionOutcomes.AsNoTracking()
            .Where(o => sessionIds.Contains(o.SessionId))
            .Select(o => new { o.SessionId, o.Status })
            .ToDictionaryAsync(o => o.SessionId, o => o.Status, ct);
        return sessions
            .Where(s => !outcomes.TryGetValue(s.Id, out var status) || status != OutcomeStatus.Final)
            .OrderBy(s => s.StartUtc).ThenBy(s => s.SortOrder)
            .ToLookup(s => s.EventId, s => new SessionGap(s.Id, s.Title, s.StartUtc, outcomes.ContainsKey(s.Id)));
    }

    /// <summary>The event's organiser email (in that account's language when there is one), else every organiser.</summary>
    private static async Task<List<(string Address, string? Name, Language Language, string Key)>> RecipientsAsync(
        EventHubDbContext db, Event @event, CancellationToken ct)
    {
        if (@event.OrganiserEmail is { } email)
        {
            var normalized = email.ToUpperInvariant();
            var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
            return [(email, @event.OrganiserName ?? account?.DisplayName, account?.PreferredLanguage ?? Language.En, $"{KeyPrefix}{@event.Id}")];
        }

        var organisers = await (
            from user in db.Users.AsNoTracking()
            join userRole in db.UserRoles on user.Id equals userRole.UserId
            join role in db.Roles on userRole.RoleId equals role.Id
            where role.Name == Roles.Organiser && user.Email != null
            orderby user.Email
            select user).ToListAsync(ct);
        return organisers
            .Select(u => (u.Email!, (string?)u.DisplayName, u.PreferredLanguage, $"{KeyPrefix}{@event.Id}:{u.Id}"))
            .ToList();
    }
}
