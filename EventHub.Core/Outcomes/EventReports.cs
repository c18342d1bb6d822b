using EventHub.Core.Events;

namespace EventHub.Core.Outcomes;

/// <summary>The rules of event reports in one place: when one may be published, when missing records are followed up.</summary>
public static class EventReports
{
    /// <summary>Organisers are told about sessions without a final record this long after the event ended.</summary>
    public static readonly TimeSpan FollowUpAfter = TimeSpan.FromDays(2);

    /// <summary>A report can be public only for an event that is public itself (published, or since closed).</summary>
    public static bool CanPublish(EventStatus status) => status is EventStatus.Published or EventStatus.Closed;

    /// <summary>
    /// Why a report cannot be made public now, or null when it can: the event must be public (published or closed, with
    /// a public address) and must have started — before the meeting there is nothing to report.
    /// </summary>
    public static string? PublishProblem(string? slug, EventStatus status, DateTime startUtc, DateTime nowUtc) =>
        slug is null || !CanPublish(status) ? ReportErrors.EventNotPublic
        : nowUtc < startUtc ? ReportErrors.EventNotStarted
        : null;

    public static bool IsFollowUpDue(DateTime endUtc, DateTime nowUtc) => nowUtc >= endUtc + FollowUpAfter;

    /// <summary>Breaks produce nothing to record; every other session is expected to have a final record.</summary>
    public static bool NeedsRecord(SessionKind kind) => kind != SessionKind.Break;

    /// <summary>The public report of an event, relative to the site root ("e/alliantiedag-2026-12-29/report").</summary>
    public static string PublicPath(string slug) => $"e/{Uri.EscapeDataString(slug)}/report";
}
