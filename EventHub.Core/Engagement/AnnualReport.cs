using EventHub.Core.Directory;
using EventHub.Core.Invitations;

namespace EventHub.Core.Engagement;

/// <summary>
/// What the alliance did in one calendar year (in the alliance's time zone): the events held, who was reached, what
/// was decided and done, and what was arranged so everyone could take part. Every number is an aggregate; the public
/// version (<see cref="AnnualReportMarkdown.Public"/>) leaves out everything that names people or quotes sessions.
/// </summary>
public sealed record AnnualReport(
    int Year,
    IReadOnlyList<AnnualEvent> Events,
    IReadOnlyList<SectorReach> Reach,
    AnnualTotals Totals,
    IReadOnlyList<AnnualDecision> Decisions,
    ActionCompletion Actions,
    IReadOnlyList<NeedCount> Provisions,
    AnnualFeedback Feedback)
{
    public bool IsEmpty => Events.Count == 0;
}

/// <summary>An event held in the year. <see cref="ReportSlug"/> is set when its report is published.</summary>
public sealed record AnnualEvent(int Id, string Title, DateTime StartUtc, DateTime EndUtc, string TimeZoneId, int Invited, int Accepted, int Attended, string? ReportSlug);

/// <summary>
/// Partners reached in one sector or sub-sector: organisations invited, organisations of which someone came, and the
/// people who came (checked in at the door or registered there as walk-ins).
/// </summary>
public sealed record SectorReach(Sector Sector, SubSector? SubSector, int OrganisationsInvited, int OrganisationsAttended, int PeopleAttended);

/// <param name="NewOrganisations">Organisations that came for the first time this year.</param>
public sealed record AnnualTotals(int EventsHeld, int OrganisationsInvited, int OrganisationsAttended, int NewOrganisations, int PeopleAttended, int PeopleWithoutOrganisation);

/// <summary>A decision recorded in a session of the year (staff version only: the public one counts them).</summary>
public sealed record AnnualDecision(string EventTitle, string SessionTitle, string Text);

/// <summary>The action items agreed at the year's events and where they stand now.</summary>
/// <param name="AsOf">The day counted: an action item's state is today's, so a year's figures go on changing as items are done.</param>
public sealed record ActionCompletion(int Agreed, int Done, int Open, int Overdue, int Dropped, DateOnly AsOf)
{
    /// <summary>Done out of those still meant to be done (dropped ones left out); null when there are none.</summary>
    public double? DoneShare => Agreed - Dropped is var meant && meant > 0 ? (double)Done / meant : null;
}

/// <summary>
/// The feedback survey over the year's events: how many attendees were asked, and the ratings by sector with small
/// groups hidden (<see cref="SmallGroups"/>). Never the open answers: the report is read outside the organisers' team.
/// </summary>
public sealed record AnnualFeedback(int Asked, FeedbackBreakdown BySector);
