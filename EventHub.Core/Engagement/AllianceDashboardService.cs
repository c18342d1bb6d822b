using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Engagement;

/// <summary>
/// The alliance dashboard: participation by sector over time, organisations not engaged for a year (and putting them on an
/// upcoming event's invite list), themes discussed, action items by owner sector, and the events outside the sector targets.
/// Every figure is an aggregate query (GROUP BY in the database); the number of queries does not grow with the data
/// (<see cref="AllianceQueries"/> lists them).
/// </summary>
public sealed class AllianceDashboardService(IDbContextFactory<EventHubDbContext> dbFactory, InvitationService invitations, TimeProvider time)
{
    public const int NotEngagedPageSize = 20;

    /// <summary>How long without an accepted or attended invitation makes an organisation "not engaged".</summary>
    public const int NotEngagedMonths = 12;

    /// <summary>The dashboard for <paramref name="from"/> to <paramref name="to"/> (both days included, in the alliance's time zone).</summary>
    public async Task<AllianceDashboard> ForAsync(DateOnly from, DateOnly to, int notEngagedPage = 0, CancellationToken ct = default)
    {
        if (to < from)
        {
            (from, to) = (to, from);
        }

        var (fromUtc, toUtc) = Bounds(from, to);
        var nowUtc = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(EventTime.ToLocal(nowUtc, EventTime.DefaultTimeZoneId));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var targets = await SectorTargetService.ReadAsync(db, ct);
        var actions = await AllianceQueries.ActionsAsync(db, fromUtc, toUtc, today, ct);
        var tally = await ParticipationTallies.ReadAsync(dbFactory, db, fromUtc, toUtc, nowUtc, ct);
        return new AllianceDashboard(
            from,
            to,
            AllianceQueries.Participation(tally),
            await AllianceQueries.NotEngagedAsync(db, NotEngagedSince(nowUtc), notEngagedPage, NotEngagedPageSize, ct),
            await AllianceQueries.ThemesAsync(db, fromUtc, toUtc, ct),
            actions.BySector,
            actions.Median,
            targets,
            await AllianceQueries.EventsOutsideAsync(db, fromUtc, toUtc, tally, nowUtc, targets, ct),
            await AllianceQueries.UpcomingAsync(db, nowUtc, ct),
            await AllianceQueries.HasOrganisationsAsync(db, ct));
    }

    /// <summary>Another page of the organisations not engaged for <see cref="NotEngagedMonths"/> months.</summary>
    public async Task<Paged<NotEngagedOrganisation>> NotEngagedAsync(int page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await AllianceQueries.NotEngagedAsync(db, NotEngagedSince(time.GetUtcNow().UtcDateTime), page, NotEngagedPageSize, ct);
    }

    /// <summary>
    /// Puts the people of these organisations on <paramref name="eventId"/>'s invite list (not sent yet) through the one way every
    /// addition goes (<see cref="InvitationService.AddAsync"/>: the organiser's role, the event still open, people who asked not
    /// to be invited or are on the list already left out). Returns how many people were added.
    /// </summary>
    public async Task<Result<int>> AddToEventAsync(int eventId, IReadOnlyCollection<int> organisationIds, TeamMember organiser, CancellationToken ct = default)
    {
        if (!organiser.IsOrganiser)
        {
            return Result<int>.Failure(AccessErrors.NotAllowed);
        }

        List<int> contactIds;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            contactIds = await db.Contacts
                .Where(c => c.OrganisationId != null && organisationIds.Contains(c.OrganisationId.Value) && !c.IsArchived && c.MergedIntoId == null)
                .Select(c => c.Id)
                .ToListAsync(ct);
        }

        return await invitations.AddAsync(eventId, contactIds, organiser, ct);
    }

    private static DateTime NotEngagedSince(DateTime nowUtc) => nowUtc.AddMonths(-NotEngagedMonths);

    private static (DateTime FromUtc, DateTime ToUtc) Bounds(DateOnly from, DateOnly to) =>
        (EventTime.ToUtc(from.ToDateTime(TimeOnly.MinValue), EventTime.DefaultTimeZoneId),
            EventTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), EventTime.DefaultTimeZoneId));
}
