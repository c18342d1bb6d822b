using EventHub.Core.Directory;
using EventHub.Core.Invitations;

namespace EventHub.Core.Engagement;

/// <summary>
/// Who took part in one month, in one sector and sub-sector (null: people without an organisation, or an organisation
/// without a sub-sector): invited (sent, walk-ins not counted), accepted (walk-ins not counted) and attended (everyone
/// checked in: expected, admitted at the door and walk-ins, as <see cref="Invitation.ArrivalOf"/> groups them).
/// </summary>
public sealed record ParticipationRow(DateOnly Month, Sector? Sector, SubSector? SubSector, int Invited, int Accepted, int Attended, int WalkIns);

/// <summary>
/// An organisation with no accepted or attended invitation in the twelve months before today: <see cref="LastEngagedUtc"/>
/// is the start of the last event it accepted or came to, null when it never did. <see cref="Contacts"/> is how many of its
/// people could be put on an invite list.
/// </summary>
public sealed record NotEngagedOrganisation(int OrganisationId, string Name, Sector Sector, SubSector? SubSector, DateTime? LastEngagedUtc, int Contacts);

/// <summary>How often a theme was discussed in a month: events tagged with it, and session outcomes that recorded it.</summary>
public sealed record ThemeCount(DateOnly Month, int ThemeId, string Name, string? DutchName, int Events, int Sessions)
{
    /// <summary>One of the UN's Sustainable Development Goals ("SDG 4 Quality education"), told apart from the alliance's own themes.</summary>
    public bool IsSdg => Name.StartsWith("SDG ", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Action items created in the range, by their owner's sector: how many, how many are done, how many are open past their due
/// date today, and the median number of days from creation to done (null when none is done).
/// </summary>
public sealed record ActionFigures(Sector Sector, int Created, int Done, int Overdue, double? MedianDaysToDone);

/// <summary>One sector's share (0-100) of an event's acceptances and arrivals.</summary>
public sealed record SectorShareAt(Sector Sector, double Accepted, double Attended);

/// <summary>
/// An event in the range whose accepted or attended room fell outside the sector targets (or, without targets, today's rule):
/// the warning at each stage (null when that stage was inside), and every sector's shares.
/// </summary>
public sealed record EventOutsideTargets(int EventId, string Title, DateTime StartUtc, DateTime EndUtc, string TimeZoneId,
    SectorBalanceWarning? AtAccepted, SectorBalanceWarning? AtAttended, IReadOnlyList<SectorShareAt> Shares);

/// <summary>An event that is still to come and open for changes: where a not-engaged organisation can be invited.</summary>
public sealed record UpcomingEvent(int EventId, string Title, DateTime StartUtc, DateTime EndUtc, string TimeZoneId);

/// <summary>
/// Everything the alliance dashboard shows for a date range (<see cref="From"/> to <see cref="To"/>, both days included, in the
/// alliance's time zone). Every figure is counted by the database; see <see cref="AllianceDashboardService"/>.
/// <see cref="HasOrganisations"/> is false on a new install whose directory is still empty: then no one can have stayed away.
/// </summary>
public sealed record AllianceDashboard(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<ParticipationRow> Participation,
    Common.Paged<NotEngagedOrganisation> NotEngaged,
    IReadOnlyList<ThemeCount> Themes,
    IReadOnlyList<ActionFigures> Actions,
    double? MedianDaysToDone,
    SectorTargets Targets,
    IReadOnlyList<EventOutsideTargets> EventsOutside,
    IReadOnlyList<UpcomingEvent> UpcomingEvents,
    bool HasOrganisations)
{
    /// <summary>The months of the range, first to last, so a month without events still shows as a row of zeros.</summary>
    public IReadOnlyList<DateOnly> Months
    {
        get
        {
            var months = new List<DateOnly>();
            for (var month = new DateOnly(From.Year, From.Month, 1); month <= To; month = month.AddMonths(1))
            {
                months.Add(month);
            }

            return months;
        }
    }
}
