namespace EventHub.Core.Outcomes;

/// <summary>Error codes of the event report; their sentences are in <see cref="Texts.CoreTexts"/> (key <c>Error_Report_*</c>).</summary>
public static class ReportErrors
{
    public const string EventNotFound = "Report.EventNotFound";
    public const string EventNotPublic = "Report.EventNotPublic";
    public const string SummaryTooLong = "Report.SummaryTooLong";
    public const string EventNotStarted = "Report.EventNotStarted";
}
