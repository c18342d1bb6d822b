using EventHub.Core.Directory;
using EventHub.Core.Door;
using EventHub.Core.Events;
using EventHub.Core.Invitations;

namespace EventHub.Core.Engagement;

/// <summary>Where an event stands for attendance: before it starts no-shows mean nothing yet; while it runs they are so far; once ended, final.</summary>
public enum AttendanceStage
{
    NotStarted,
    Running,
    Ended,
}

/// <summary>
/// The funnel of one group (the whole event, a sector or a sub-sector): invited → answered → accepted → attended. Walk-ins
/// were never invited, so they count only in <see cref="Attended"/> (with those admitted at the door), exactly as the door
/// counts them (<see cref="Invitation.ArrivalOf"/>); <see cref="Arrived"/> is the accepted guests who came.
/// </summary>
public sealed record FunnelRow(Sector? Sector, SubSector? SubSector, int Invited, int Answered, int Accepted, int Arrived, int Attended)
{
    /// <summary>Accepted guests who were not checked in (meaningful once the event has started).</summary>
    public int NoShows => Accepted - Arrived;

    /// <summary>Answered of invited (0-1); null when no one was invited.</summary>
    public double? AnswerRate => Rate(Answered, Invited);

    /// <summary>Accepted of answered (0-1).</summary>
    public double? AcceptRate => Rate(Accepted, Answered);

    /// <summary>Accepted guests who came, of those accepted (0-1): the turnout.</summary>
    public double? TurnoutRate => Rate(Arrived, Accepted);

    internal static double? Rate(int part, int whole) => whole == 0 ? null : (double)part / whole;
}

/// <summary>Declines with one reason (null: none given) in one sector (null: people without an organisation).</summary>
public sealed record DeclineCount(Sector? Sector, DeclineReason? Reason, int Count);

/// <summary>Answers written on one day in the event's time zone, by kind: yes (accepted or waiting for a seat), maybe, no.</summary>
public sealed record AnswerDay(DateOnly Day, int Yes, int Maybe, int No)
{
    public int Total => Yes + Maybe + No;
}

/// <summary>Organisations at one stage of the funnel: new to the alliance's events, or returning (accepted or came to an earlier event).</summary>
public sealed record OrganisationMix(int New, int Returning)
{
    public int Total => New + Returning;
}

/// <summary>The three stages at which the mix of new and returning organisations is counted.</summary>
public sealed record OrganisationStages(OrganisationMix Invited, OrganisationMix Accepted, OrganisationMix Attended);

/// <summary>The sector-balance warning (<see cref="SectorBalance"/>) for the invite list, the accepted guests and the people in the room.</summary>
public sealed record BalanceWarnings(SectorBalanceWarning? Invited, SectorBalanceWarning? Accepted, SectorBalanceWarning? Attended);

/// <summary>
/// Everything an organiser reads about one event on its dashboard, computed in a handful of aggregate queries (see
/// <see cref="EventDashboardService"/>): the funnel by sector and sub-sector with rates, arrivals and no-shows, decline
/// reasons, answers per day, new versus returning organisations, session fill and the sector balance at every stage.
/// </summary>
public sealed record EventDashboard(
    int EventId,
    string Title,
    EventStatus Status,
    DateTime StartUtc,
    DateTime EndUtc,
    string TimeZoneId,
    DateTime? RsvpDeadlineUtc,
    int SectorBalanceThreshold,
    SectorTargets Targets,
    AttendanceStage Stage,
    FunnelRow Total,
    IReadOnlyList<FunnelRow> BySector,
    IReadOnlyList<FunnelRow> BySubSector,
    ArrivalCounts Arrivals,
    int Waitlisted,
    IReadOnlyList<DeclineCount> Declines,
    IReadOnlyList<AnswerDay> AnswersPerDay,
    OrganisationStages Organisations,
    IReadOnlyList<SessionFill> Sessions,
    BalanceWarnings Balance)
{
    /// <summary>Nobody is on the list and nobody came: the dashboard says so instead of showing empty figures.</summary>
    public bool IsEmpty => Total.Invited == 0 && Total.Attended == 0;

    /// <summary>The last day answers are expected on, in the event's time zone (the RSVP deadline, else the start).</summary>
    public DateOnly DeadlineDay => DateOnly.FromDateTime(Common.EventTime.ToLocal(RsvpDeadlineUtc ?? StartUtc, TimeZoneId));
}
