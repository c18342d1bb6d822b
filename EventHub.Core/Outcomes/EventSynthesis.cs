using EventHub.Core.Actions;
using EventHub.Core.Events;
using EventHub.Core.Directory;
using EventHub.Core.Texts;

namespace EventHub.Core.Outcomes;

/// <summary>
/// Everything an event's sessions produced, for its organisers: insights, decisions and action items grouped by
/// theme (a session tagged with two themes counts under both; one without a theme under "other"), the summary,
/// the sector mix and which sessions still lack a final record. The sector mix is who was in the room: from the door's
/// check-ins when there are any (<see cref="AttendanceSource"/>), else from the facilitators' numbers.
/// </summary>
public sealed record EventSynthesis(
    int EventId,
    string Title,
    string? Slug,
    EventStatus Status,
    DateTime StartUtc,
    DateTime EndUtc,
    string TimeZoneId,
    string? Summary,
    DateTime? PublishedAtUtc,
    IReadOnlyList<ThemeSection> Sections,
    IReadOnlyList<SectorCount> SectorMix,
    IReadOnlyList<SessionGap> MissingFinal,
    AttendanceSource AttendanceSource = AttendanceSource.Facilitators,
    int WithoutOrganisation = 0)
{
    /// <summary>Everyone in the room: the sectors' counts and, from check-ins, people without an organisation.</summary>
    public int Participants => SectorMix.Sum(s => s.Count) + WithoutOrganisation;

    public bool IsPublished => PublishedAtUtc is not null;

    public bool IsEmpty => Sections.Count == 0;

    /// <summary>Only a published (or closed) event with a public address can have a public report.</summary>
    public bool CanPublish => Slug is not null && EventReports.CanPublish(Status);

    /// <summary>Why the report cannot be made public at <paramref name="nowUtc"/>; null when it can.</summary>
    public string? PublishProblem(DateTime nowUtc) => EventReports.PublishProblem(Slug, Status, StartUtc, nowUtc);
}

/// <summary>One theme's part of the synthesis; <see cref="Theme"/> is null for sessions without a theme ("other").</summary>
public sealed record ThemeSection(
    string? Theme,
    IReadOnlyList<SynthesisStatement> Insights,
    IReadOnlyList<SynthesisStatement> Decisions,
    IReadOnlyList<SynthesisAction> Actions);

/// <summary>An insight or decision; <see cref="Organisations"/> only when they agreed to be named.</summary>
public sealed record SynthesisStatement(string Text, string SessionTitle, IReadOnlyList<string> Organisations);

/// <summary>An action item as the synthesis lists it; <see cref="IsOverdue"/>: still open after its due date (in Amsterdam).</summary>
public sealed record SynthesisAction(string What, string OwnerOrganisation, DateOnly DueOn, ActionItemStatus Status, string SessionTitle, bool IsOverdue = false);

public sealed record SectorCount(Sector Sector, int Count);

/// <summary>A session without a final record: <see cref="HasDraft"/> tells "being written" from "nothing yet".</summary>
public sealed record SessionGap(int SessionId, string Title, DateTime StartUtc, bool HasDraft)
{
    /// <summary>
    /// The <see cref="CoreTexts"/> key of "draft" or "no record yet": the same words on the synthesis screen, in its
    /// Markdown and in the email about missing records.
    /// </summary>
    public string StateKey => HasDraft ? "Synthesis_Draft" : "Synthesis_NoRecord";
}

/// <summary>An event ended a while ago whose sessions are not all recorded as final, for organisers' notices.</summary>
public sealed record EventAwaitingOutcomes(int EventId, string Title, DateTime EndUtc, int MissingCount);
