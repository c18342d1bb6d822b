using EventHub.Core.Events;

namespace EventHub.Core.Outcomes;

/// <summary>The organiser's summary of an event and whether its outcome report is public (at /e/{slug}/report).</summary>
public class EventReport
{
    public const int SummaryMaxLength = 20_000;

    private EventReport()
    {
    }

    public EventReport(Event @event, DateTime nowUtc)
    {
        Event = @event;
        EventId = @event.Id;
        UpdatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public Event Event { get; private set; } = null!;
    public string? Summary { get; private set; }
    public DateTime UpdatedAtUtc { get; private set; }
    public DateTime? PublishedAtUtc { get; private set; }

    public bool IsPublished => PublishedAtUtc is not null;

    internal void Summarise(string? summary, DateTime nowUtc)
    {
        Summary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        UpdatedAtUtc = nowUtc;
    }

    internal void Publish(DateTime nowUtc) => PublishedAtUtc ??= nowUtc;

    internal void Unpublish() => PublishedAtUtc = null;
}
