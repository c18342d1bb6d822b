using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Engagement;

/// <summary>
/// The engagement of an organisation or a person with the alliance, newest first: invitations, answers (with decline
/// reasons), attendance and walk-ins, delegates and colleagues, action items and their progress, decisions naming the
/// organisation (only with its consent) and directory changes. It reads every feature, so it lives above them all.
/// Every kind is one projection (<see cref="TimelineSources"/>); the kinds asked for are joined with one
/// <c>UNION ALL</c> that the database orders and pages, so a page costs the same for a partner with ten years of history.
/// </summary>
public sealed class EngagementTimeline(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>One page of an organisation's timeline (everything done by its current contacts, and the organisation's own history).</summary>
    public async Task<Paged<TimelineEntry>> ForOrganisationAsync(int organisationId, TimelineQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await PageAsync(OfOrganisation(db, organisationId, query.Group), query, ct);
    }

    /// <summary>One page of a person's timeline: their invitations, attendance, action items they own and their directory history.</summary>
    public async Task<Paged<TimelineEntry>> ForContactAsync(int contactId, TimelineQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await PageAsync(OfContact(db, contactId, query.Group), query, ct);
    }

    /// <summary>"Invited to 6 events, came to 4, owns 2 open action items": one SQL statement of counts.</summary>
    public async Task<EngagementSummary> SummaryForOrganisationAsync(int organisationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await SummaryAsync(db.Organisations.Where(o => o.Id == organisationId),
            CameFor(db, organisationId),
            db.ActionItems.Where(a => a.OwnerOrganisationId == organisationId), ct);
    }

    public async Task<EngagementSummary> SummaryForContactAsync(int contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await SummaryAsync(db.Contacts.Where(c => c.Id == contactId),
            db.Invitations.Where(i => i.ContactId == contactId),
            db.ActionItems.Where(a => a.OwnerContactId == contactId), ct);
    }

    /// <summary>The SQL of the first page of an organisation's timeline, for the performance notes.</summary>
    public async Task<string> SqlForOrganisationAsync(int organisationId, TimelineQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return Ordered(OfOrganisation(db, organisationId, query.Group)).Skip(query.Page * query.PageSize).Take(query.PageSize).ToQueryString();
    }

    private static IQueryable<TimelineEntry> OfOrganisation(EventHubDbContext db, int organisationId, TimelineGroup? group)
    {
        var invitations = CameFor(db, organisationId);
        var actions = db.ActionItems.Where(a => a.OwnerOrganisationId == organisationId);
        var directory = new[]
        {
            TimelineSources.OrganisationAdded(db, organisationId),
            TimelineSources.Memberships(db.ContactAffiliations.Where(a => a.OrganisationId == organisationId), left: false),
            TimelineSources.Memberships(db.ContactAffiliations.Where(a => a.OrganisationId == organisationId), left: true),
            TimelineSources.Merges(db, MergeKind.Organisation, organisationId),
        };
        return Union(Engagement(db, invitations, actions, group)
            .Concat(group is null or TimelineGroup.Decisions ? [TimelineSources.Decisions(db, organisationId)] : [])
            .Concat(group is null or TimelineGroup.Directory ? directory : []));
    }

    private static IQueryable<TimelineEntry> OfContact(EventHubDbContext db, int contactId, TimelineGroup? group)
    {
        var invitations = db.Invitations.Where(i => i.ContactId == contactId);
        var actions = db.ActionItems.Where(a => a.OwnerContactId == contactId);
        var directory = new[]
        {
            TimelineSources.ContactAdded(db, contactId),
            TimelineSources.Memberships(db.ContactAffiliations.Where(a => a.ContactId == contactId), left: false),
            TimelineSources.Memberships(db.ContactAffiliations.Where(a => a.ContactId == contactId), left: true),
            TimelineSources.Merges(db, MergeKind.Contact, contactId),
        };
        return Union(Engagement(db, invitations, actions, group)
            .Concat(group is null or TimelineGroup.Directory ? directory : []));
    }

    /// <summary>
    /// The invitations of guests who came (or come) for the organisation (<see cref="Invitation.OrganisationId"/>, from
    /// its covering index), not those of its current people: someone who joined last month brought no history of the
    /// organisation with them, and someone who left took none of it away.
    /// </summary>
    private static IQueryable<Invitation> CameFor(EventHubDbContext db, int organisationId) =>
        db.Invitations.Where(i => i.OrganisationId == organisationId);

    private static IEnumerable<IQueryable<TimelineEntry>> Engagement(
        EventHubDbContext db, IQueryable<Invitation> invitations, IQueryable<ActionItem> actions, TimelineGroup? group)
    {
        if (group is null or TimelineGroup.Invitations)
        {
            yield return TimelineSources.Invited(invitations);
            yield return TimelineSources.Answered(invitations);
        }

        if (group is null or TimelineGroup.Attendance)
        {
            yield return TimelineSources.Arrived(invitations, walkIns: false);
            yield return TimelineSources.Arrived(invitations, walkIns: true);
        }

        if (group is null or TimelineGroup.Delegates)
        {
            yield return TimelineSources.Delegated(invitations, colleagues: false);
            yield return TimelineSources.Delegated(invitations, colleagues: true);
        }

        if (group is null or TimelineGroup.Actions)
        {
            yield return TimelineSources.ActionsOwned(actions);
            yield return TimelineSources.ActionProgress(db, actions);
        }
    }

    private static IQueryable<TimelineEntry> Union(IEnumerable<IQueryable<TimelineEntry>> parts) =>
        parts.Aggregate((all, next) => all.Concat(next));

    private static IOrderedQueryable<TimelineEntry> Ordered(IQueryable<TimelineEntry> entries) =>
        entries.OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Kind).ThenByDescending(e => e.SourceId);

    private static async Task<Paged<TimelineEntry>> PageAsync(IQueryable<TimelineEntry> entries, TimelineQuery query, CancellationToken ct)
    {
        var total = await entries.CountAsync(ct);
        var page = await Ordered(entries).Skip(Math.Max(0, query.Page) * query.PageSize).Take(query.PageSize).ToListAsync(ct);
        return new Paged<TimelineEntry>(page, total);
    }

    private async Task<EngagementSummary> SummaryAsync<TOne>(IQueryable<TOne> one, IQueryable<Invitation> invitations, IQueryable<ActionItem> actions, CancellationToken ct)
    {
        var today = ActionDates.Today(time);
        var open = actions.Where(a => a.Status == ActionItemStatus.Open || a.Status == ActionItemStatus.InProgress);
        // One statement: each figure is a scalar subquery, hung on the organisation's or person's own row.
        var summary = await one
            .Select(_ => new EngagementSummary(
                invitations.Where(i => i.SentAtUtc != null || i.IsWalkIn).Select(i => i.EventId).Distinct().Count(),
                invitations.Where(i => i.CheckedInAtUtc != null).Select(i => i.EventId).Distinct().Count(),
                open.Count(),
                open.Count(a => a.DueOn < today),
                invitations.Max(i => i.CheckedInAtUtc)))
            .SingleOrDefaultAsync(ct);
        return summary ?? new EngagementSummary(0, 0, 0, 0, null);
    }
}
