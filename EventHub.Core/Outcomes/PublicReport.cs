using EventHub.Core.Actions;
using EventHub.Core.Common;

namespace EventHub.Core.Outcomes;

/// <summary>
/// What the public report at /e/{slug}/report shows: only final session records, no personal data — no names or
/// emails of people, no facilitators' notes, no owner contacts; organisations only where they agreed to be named.
/// What the organisers and facilitators wrote (title, summary, statements, actions) is in the event's
/// <see cref="Language"/>, whatever the reader's.
/// </summary>
public sealed record PublicReport(
    string Slug,
    Language Language,
    string Title,
    DateTime StartUtc,
    DateTime EndUtc,
    string TimeZoneId,
    string? SummaryMarkdown,
    DateTime PublishedAtUtc,
    IReadOnlyList<PublicReportSection> Sections,
    IReadOnlyList<SectorCount> SectorMix,
    AttendanceSource AttendanceSource = AttendanceSource.Facilitators,
    int WithoutOrganisation = 0)
{
    /// <summary>Who was in the room: counted at the door when there were check-ins, else the sessions' own counts.</summary>
    public int ParticipantCount => SectorMix.Sum(s => s.Count) + WithoutOrganisation;

    /// <summary>
    /// When a session's record in it was last made final again after the report was published (reopened, changed and
    /// made final): a reader sees that the report changed since its date. Null when nothing changed since.
    /// </summary>
    public DateTime? RevisedAtUtc { get; init; }
}

public sealed record PublicReportSection(
    string? Theme,
    IReadOnlyList<PublicStatement> Insights,
    IReadOnlyList<PublicStatement> Decisions,
    IReadOnlyList<PublicAction> Actions);

public sealed record PublicStatement(string Text, string SessionTitle, IReadOnlyList<string> Organisations);

/// <summary>An action item in public: what, by when and how far along; never who.</summary>
public sealed record PublicAction(string What, DateOnly DueOn, ActionItemStatus Status);
