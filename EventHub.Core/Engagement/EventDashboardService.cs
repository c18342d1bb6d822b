using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Door;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Engagement;

/// <summary>
/// The organiser's dashboard of one event (<see cref="EventDashboard"/>). Every figure is counted by the database: one
/// grouped query for the funnel, arrivals, no-shows, declines and balance; one for the answers per hour; one for the
/// organisations; the session fill of the invitations page; the admin's sector targets — a fixed handful of queries
/// whatever the number of invitations.
/// </summary>
public sealed class EventDashboardService(IDbContextFactory<EventHubDbContext> dbFactory, InvitationService invitations, TimeProvider time)
{
    /// <summary>The dashboard of the event, or null when there is no such event.</summary>
    public async Task<EventDashboard?> ForAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var @event = await db.Events.Where(e => e.Id == eventId)
            .Select(e => new { e.Title, e.Status, e.StartUtc, e.EndUtc, e.TimeZoneId, e.RsvpDeadlineUtc, e.SectorBalanceThreshold, e.Capacity })
            .SingleOrDefaultAsync(ct);
        if (@event is null)
        {
            return null;
        }

        var groups = await GroupsAsync(db, eventId, ct);
        var answers = await AnswersPerDayAsync(db, eventId, @event.TimeZoneId, ct);
        var organisations = await OrganisationsAsync(db, eventId, @event.StartUtc, ct);
        var sessions = await invitations.SessionFillAsync(eventId, ct);
        var targets = await SectorTargetService.ReadAsync(db, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var stage = DoorEvents.IsFrozen(@event.Status) || now >= @event.EndUtc ? AttendanceStage.Ended
            : now >= @event.StartUtc ? AttendanceStage.Running : AttendanceStage.NotStarted;
        return new EventDashboard(eventId, @event.Title, @event.Status, @event.StartUtc, @event.EndUtc, @event.TimeZoneId, @event.RsvpDeadlineUtc,
            @event.SectorBalanceThreshold, targets, stage,
            EventFunnel.Row(null, null, groups), EventFunnel.BySector(groups), EventFunnel.BySubSector(groups),
            EventFunnel.Arrivals(groups, @event.Capacity),
            groups.Where(g => g.Invited && g.CountsAs == InvitationStatus.Waitlisted).Sum(g => g.Count),
            EventFunnel.Declines(groups), answers, organisations, sessions,
            EventFunnel.Balance(groups, @event.SectorBalanceThreshold, targets));
    }

    private static async Task<IReadOnlyList<InvitationGroup>> GroupsAsync(EventHubDbContext db, int eventId, CancellationToken ct) =>
        await db.Invitations.Where(i => i.EventId == eventId)
            .GroupBy(i => new
            {
                Sector = i.Organisation != null ? (Sector?)i.Organisation.Sector : null,
                SubSector = i.Organisation != null ? i.Organisation.SubSector : null,
                i.Status,
                i.IsWalkIn,
                CheckedIn = i.CheckedInAtUtc != null,
                i.DeclineReason,
            })
            .Select(g => new InvitationGroup(g.Key.Sector, g.Key.SubSector, g.Key.Status, g.Key.IsWalkIn, g.Key.CheckedIn, g.Key.DeclineReason, g.Count()))
            .ToListAsync(ct);

    /// <summary>
    /// Answers counted per UTC hour in the database, then put on their day in the event's time zone (SQL knows no time
    /// zones; an hour never straddles two local days in whole-hour zones). Days without answers between the first answer
    /// and the deadline show as zero.
    /// </summary>
    private static async Task<IReadOnlyList<AnswerDay>> AnswersPerDayAsync(EventHubDbContext db, int eventId, string timeZoneId, CancellationToken ct)
    {
        var hours = await db.Invitations
            .Where(i => i.EventId == eventId && !i.IsWalkIn && i.AnsweredAtUtc != null
                && (i.Status == InvitationStatus.Accepted || i.Status == InvitationStatus.Waitlisted || i.Status == InvitationStatus.Tentative || i.Status == InvitationStatus.Declined))
            .GroupBy(i => new { i.AnsweredAtUtc!.Value.Date, i.AnsweredAtUtc!.Value.Hour, i.Status })
            .Select(g => new { g.Key.Date, g.Key.Hour, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        return AnswerDays.From(hours.Select(h => (DateTime.SpecifyKind(h.Date, DateTimeKind.Utc).AddHours(h.Hour), h.Status, h.Count)), timeZoneId);
    }

    /// <summary>
    /// The organisations at the event (by their people's current organisation) at each stage, new or returning: returning
    /// when someone of the organisation accepted or came to an event that started earlier. One grouped query.
    /// </summary>
    private static async Task<OrganisationStages> OrganisationsAsync(EventHubDbContext db, int eventId, DateTime startUtc, CancellationToken ct)
    {
        var invitedHere = db.Invitations.Where(i => i.EventId == eventId).Where(InvitedRule.Invitation).Select(i => i.OrganisationId!.Value);
        var mix = await db.Invitations
            .Where(i => i.EventId == eventId && i.OrganisationId != null)
            .GroupBy(i => i.OrganisationId!.Value)
            .Select(g => new
            {
                Invited = invitedHere.Contains(g.Key),
                Accepted = g.Count(i => !i.IsWalkIn && i.Status == InvitationStatus.Accepted) > 0,
                Attended = g.Count(i => i.CheckedInAtUtc != null) > 0,
                Returning = db.Invitations.Any(j => j.OrganisationId == g.Key && j.EventId != eventId && j.Event.StartUtc < startUtc
                    && j.Event.Status != EventStatus.Cancelled && (j.Status == InvitationStatus.Accepted || j.CheckedInAtUtc != null)),
            })
            .GroupBy(o => new { o.Invited, o.Accepted, o.Attended, o.Returning })
            .Select(g => new { g.Key.Invited, g.Key.Accepted, g.Key.Attended, g.Key.Returning, Count = g.Count() })
            .ToListAsync(ct);
        OrganisationMix At(Func<bool, bool, bool, bool> stage) => new(
            mix.Where(m => stage(m.Invited, m.Accepted, m.Attended) && !m.Returning).Sum(m => m.Count),
            mix.Where(m => stage(m.Invited, m.Accepted, m.Attended) && m.Returning).Sum(m => m.Count));
        return new OrganisationStages(At((invited, _, _) => invited), At((_, accepted, _) => accepted), At((_, _, attended) => attended));
    }
}
