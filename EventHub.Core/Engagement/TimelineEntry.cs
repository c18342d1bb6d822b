using EventHub.Core.Actions;
using EventHub.Core.Invitations;

namespace EventHub.Core.Engagement;

/// <summary>What happened, one kind per source of history; the screens word each kind in the staff's language.</summary>
public enum TimelineKind
{
    OrganisationAdded,
    ContactJoined,
    ContactLeft,
    RecordMerged,

    /// <summary>Someone came to an event uninvited and was registered at the door.</summary>
    WalkedIn,
    Invited,

    /// <summary>An answer as it stands now (accepted, tentative, declined with its reason, waitlisted).</summary>
    Answered,
    CheckedIn,

    /// <summary>A delegate named through an organisation invitation.</summary>
    DelegateNamed,

    /// <summary>A colleague sent instead of the person invited.</summary>
    ColleagueSent,
    ActionItemOwned,
    ActionItemProgress,

    /// <summary>A session's decision that names the organisation, only where it agreed to be named.</summary>
    DecisionNamed,
    ContactAdded,
}

/// <summary>The filter a reader picks: kinds that belong together on the screen.</summary>
public enum TimelineGroup
{
    Invitations,
    Attendance,
    Delegates,
    Actions,
    Decisions,
    Directory,
}

/// <summary>
/// One thing that happened between the alliance and an organisation or a person. A flat row (every kind fills the
/// columns it has) because every kind is one projection of one SQL <c>UNION ALL</c>, ordered and paged in the database.
/// </summary>
public sealed class TimelineEntry
{
    public DateTime AtUtc { get; init; }
    public TimelineKind Kind { get; init; }

    /// <summary>The id of the row the entry comes from, so entries at the same moment keep one order across pages.</summary>
    public int SourceId { get; init; }

    public int? ContactId { get; init; }
    public string? ContactName { get; init; }
    public int? OrganisationId { get; init; }
    public string? OrganisationName { get; init; }
    public int? EventId { get; init; }
    public string? EventTitle { get; init; }
    public int? ActionItemId { get; init; }

    /// <summary>An action item's "what", a decision's text, a merged record's name or a decline note.</summary>
    public string? Text { get; init; }

    // The statuses travel as their stored names: in a UNION the database types a column by its first part, where
    // most kinds have no status, and would read an enum back as a number.
    public string? AnswerName { get; init; }
    public string? DeclineReasonName { get; init; }
    public string? ActionStatusName { get; init; }

    public InvitationStatus? Answer => Parse<InvitationStatus>(AnswerName);
    public DeclineReason? DeclineReason => Parse<DeclineReason>(DeclineReasonName);
    public ActionItemStatus? ActionStatus => Parse<ActionItemStatus>(ActionStatusName);
    public DateOnly? DueOn { get; init; }

    /// <summary>Whether the action item is still open past its due date (today in the alliance's time zone).</summary>
    public bool IsOverdue(DateOnly today) =>
        Kind == TimelineKind.ActionItemOwned && (ActionStatus is ActionItemStatus.Open or ActionItemStatus.InProgress) && DueOn < today;

    private static TEnum? Parse<TEnum>(string? name) where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>(name, out var value) ? value : null;

    public static TimelineGroup GroupOf(TimelineKind kind) => kind switch
    {
        TimelineKind.Invited or TimelineKind.Answered => TimelineGroup.Invitations,
        TimelineKind.CheckedIn or TimelineKind.WalkedIn => TimelineGroup.Attendance,
        TimelineKind.DelegateNamed or TimelineKind.ColleagueSent => TimelineGroup.Delegates,
        TimelineKind.ActionItemOwned or TimelineKind.ActionItemProgress => TimelineGroup.Actions,
        TimelineKind.DecisionNamed => TimelineGroup.Decisions,
        _ => TimelineGroup.Directory,
    };
}

/// <summary>Which page of the timeline, and optionally only one group of kinds.</summary>
public sealed record TimelineQuery(int Page = 0, int PageSize = 20, TimelineGroup? Group = null);

/// <summary>
/// The one-line summary above a timeline: events invited to and come to (distinct events), open and overdue action
/// items owned. Counted in SQL.
/// </summary>
public sealed record EngagementSummary(int InvitedTo, int CameTo, int OpenActionItems, int OverdueActionItems, DateTime? LastSeenUtc);
