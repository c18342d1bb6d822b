using System.Linq.Expressions;
using EventHub.Core.Directory;
using EventHub.Core.Door;
using EventHub.Core.Invitations;

namespace EventHub.Core.Engagement;

/// <summary>
/// One group of an event's invitations as the database counted them: same sector, sub-sector, status, walk-in, check-in
/// and decline reason. The dashboard's funnel, arrivals, no-shows, declines and balance are all sums over these groups,
/// so their number is bounded by the taxonomy and the statuses, not by the number of invitations.
/// </summary>
internal sealed record InvitationGroup(Sector? Sector, SubSector? SubSector, InvitationStatus Status, bool IsWalkIn, bool CheckedIn, DeclineReason? Reason, int Count)
{
    /// <summary>Sent and not withdrawn or replaced by a colleague; walk-ins were never invited (<see cref="InvitedRule"/>).</summary>
    public bool Invited => InvitedRule.Counts(Status, IsWalkIn);

    public bool Answered => Invited && Status is InvitationStatus.Accepted or InvitationStatus.Tentative or InvitationStatus.Declined or InvitationStatus.Waitlisted;

    /// <summary>Holds a seat: the door's "expected".</summary>
    public bool Accepted => !IsWalkIn && Status == InvitationStatus.Accepted;

    public ArrivalKind? Arrival => CheckedIn ? Invitation.ArrivalOf(Status, IsWalkIn) : null;

    /// <summary>What the guests count as (<see cref="GuestStanding"/>): someone let in at the door after declining is no decline.</summary>
    public InvitationStatus CountsAs => GuestStanding.CountsAs(Status, CheckedIn);
}

/// <summary>
/// Who counts as invited, written once for every screen that counts invitations (the event dashboard, the alliance
/// dashboard's kept tallies, the annual report): an invitation that was sent and still stands. Not one only on the list
/// (Listed), withdrawn (Cancelled) or passed on to a colleague (Substituted: the colleague's own invitation counts
/// instead, so one seat offered is one invited); walk-ins were never invited.
/// </summary>
public static class InvitedRule
{
    private static readonly Expression<Func<InvitationStatus, bool, bool>> Rule = (status, isWalkIn) =>
        !isWalkIn && status != InvitationStatus.Listed && status != InvitationStatus.Cancelled && status != InvitationStatus.Substituted;

    /// <summary>The rule for counts already grouped by status and walk-in.</summary>
    public static readonly Func<InvitationStatus, bool, bool> Counts = Rule.Compile();

    /// <summary>The same rule for database queries over invitations.</summary>
    public static readonly Expression<Func<Invitation, bool>> Invitation = OnInvitation();

    private static Expression<Func<Invitation, bool>> OnInvitation()
    {
        var invitation = Expression.Parameter(typeof(Invitation), "i");
        var body = new Substitute(Rule.Parameters[0], Expression.Property(invitation, nameof(Invitations.Invitation.Status)),
            Rule.Parameters[1], Expression.Property(invitation, nameof(Invitations.Invitation.IsWalkIn))).Visit(Rule.Body);
        return Expression.Lambda<Func<Invitation, bool>>(body, invitation);
    }

    private sealed class Substitute(ParameterExpression status, Expression statusOf, ParameterExpression isWalkIn, Expression isWalkInOf) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == status ? statusOf : node == isWalkIn ? isWalkInOf : node;
    }
}

/// <summary>Sums <see cref="InvitationGroup"/>s into the dashboard's figures; the rules of who counts where live in the group.</summary>
internal static class EventFunnel
{
    public static FunnelRow Row(Sector? sector, SubSector? subSector, IEnumerable<InvitationGroup> groups)
    {
        var list = groups.ToList();
        int Sum(Func<InvitationGroup, bool> where) => list.Where(where).Sum(g => g.Count);
        return new FunnelRow(sector, subSector, Sum(g => g.Invited), Sum(g => g.Answered), Sum(g => g.Accepted),
            Sum(g => g.Arrival == ArrivalKind.Expected), Sum(g => g.CheckedIn));
    }

    /// <summary>Every sector (even with no one), then "no organisation" when anyone has none.</summary>
    public static IReadOnlyList<FunnelRow> BySector(IReadOnlyList<InvitationGroup> groups) =>
        SectorTaxonomy.Sectors.Select(s => Row(s, null, groups.Where(g => g.Sector == s)))
            .Concat(groups.Any(g => g.Sector is null) ? [Row(null, null, groups.Where(g => g.Sector is null))] : [])
            .ToList();

    /// <summary>The sub-sectors that anyone at the event belongs to (a sector's organisations without one as "sector, no sub-sector"), in taxonomy order.</summary>
    public static IReadOnlyList<FunnelRow> BySubSector(IReadOnlyList<InvitationGroup> groups) =>
        groups.Where(g => g.Sector is not null)
            .GroupBy(g => (Sector: g.Sector!.Value, g.SubSector))
            .OrderBy(g => g.Key.Sector).ThenBy(g => g.Key.SubSector is null).ThenBy(g => g.Key.SubSector)
            .Select(g => Row(g.Key.Sector, g.Key.SubSector, g))
            .ToList();

    /// <summary>The door's counts (<see cref="ArrivalCounts"/>) from the same groups, so the dashboard and the door agree.</summary>
    public static ArrivalCounts Arrivals(IReadOnlyList<InvitationGroup> groups, int? capacity)
    {
        int Sum(Func<InvitationGroup, bool> where) => groups.Where(where).Sum(g => g.Count);
        return new ArrivalCounts(
            Arrived: Sum(g => g.Arrival == ArrivalKind.Expected),
            Expected: Sum(g => g.Accepted),
            Admitted: Sum(g => g.Arrival == ArrivalKind.Admitted),
            WalkIns: Sum(g => g.Arrival == ArrivalKind.WalkIn),
            BySector: groups.Where(g => g.CheckedIn).GroupBy(g => g.Sector).OrderBy(g => g.Key is null).ThenBy(g => g.Key)
                .Select(g => new SectorArrivals(g.Key, g.Sum(x => x.Count))).ToList(),
            Capacity: capacity);
    }

    /// <summary>Declines per sector and reason, sectors in taxonomy order and "no reason given" last.</summary>
    public static IReadOnlyList<DeclineCount> Declines(IReadOnlyList<InvitationGroup> groups) =>
        groups.Where(g => g.Invited && g.CountsAs == InvitationStatus.Declined)
            .GroupBy(g => (g.Sector, g.Reason))
            .Select(g => new DeclineCount(g.Key.Sector, g.Key.Reason, g.Sum(x => x.Count)))
            .OrderBy(d => d.Sector is null).ThenBy(d => d.Sector).ThenBy(d => d.Reason is null).ThenBy(d => d.Reason)
            .ToList();

    /// <summary>
    /// The sector-balance rule with the admin's <paramref name="targets"/> (<see cref="SectorBalance.Warning(IReadOnlyList{SectorCount}, int, SectorTargets, BalanceStage)"/>)
    /// measured on the invite list, the accepted guests and the people in the room, as the invitations page and the
    /// alliance dashboard measure them.
    /// </summary>
    public static BalanceWarnings Balance(IReadOnlyList<InvitationGroup> groups, int threshold, SectorTargets targets)
    {
        var counts = groups.GroupBy(g => g.Sector)
            .Select(g => new SectorCount(g.Key, g.Where(x => x.Invited).Sum(x => x.Count), g.Where(x => x.Accepted).Sum(x => x.Count), 0,
                g.Where(x => x.CheckedIn).Sum(x => x.Count)))
            .ToList();
        SectorBalanceWarning? At(BalanceStage stage) => SectorBalance.Warning(counts, threshold, targets, stage);
        return new BalanceWarnings(At(BalanceStage.Invited), At(BalanceStage.Accepted), At(BalanceStage.Attended));
    }
}
