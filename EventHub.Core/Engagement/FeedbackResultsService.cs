using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Engagement;

/// <summary>
/// What organisers learn from the feedback survey: per event (response rate, ratings by sector, the open answers) and
/// over a date range (per event, per sector). Every figure is one aggregate query; every breakdown goes through
/// <see cref="SmallGroups"/>, so no group of fewer than 5 respondents shows, here or in anything built on this.
/// The open answers have their own method, for organisers' screens only — never for public reports or exports.
/// </summary>
public sealed class FeedbackResultsService(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>An event's results, or null when there is no such event.</summary>
    public async Task<EventFeedbackResults?> ForEventAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var @event = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (@event is null)
        {
            return null;
        }

        var sent = await db.FeedbackRequests.CountAsync(r => r.EventId == eventId, ct);
        var breakdown = (await PerEventAsync(db.FeedbackAnswers.Where(a => a.EventId == eventId), ct)).GetValueOrDefault(eventId, FeedbackBreakdown.Empty);
        var now = time.GetUtcNow().UtcDateTime;
        return new EventFeedbackResults(@event.Id, @event.Title, @event.StartUtc, @event.EndUtc, @event.TimeZoneId, @event.FeedbackClosesAt, @event.FeedbackLastDay,
            @event.FeedbackClosesAtUtc is not null, now < @event.FeedbackClosesAt, @event.FeedbackSendsAtUtc, sent, breakdown);
    }

    /// <summary>
    /// The open answers given for an event, newest first, without names or sectors: for the organisers' own screen only.
    /// </summary>
    public async Task<IReadOnlyList<OpenFeedback>> OpenAnswersAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.FeedbackAnswers.AsNoTracking()
            .Where(a => a.EventId == eventId && (a.ShouldChange != null || a.NextStep != null))
            .OrderByDescending(a => a.UpdatedAtUtc).ThenByDescending(a => a.Id)
            .Select(a => new OpenFeedback(a.ShouldChange, a.NextStep))
            .ToListAsync(ct);
    }

    /// <summary>
    /// Feedback over the events that started between <paramref name="from"/> and <paramref name="to"/> (days in
    /// Amsterdam, both included): per event (sent, respondents, averages — hidden where the event's own results hide them)
    /// and per sector over all of them, from the groups each event's results show (<see cref="FeedbackBreakdown.AcrossEvents"/>).
    /// </summary>
    public async Task<FeedbackOverTime> OverTimeAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var fromUtc = EventTime.ToUtc(from.ToDateTime(TimeOnly.MinValue), EventTime.DefaultTimeZoneId);
        var toUtc = EventTime.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), EventTime.DefaultTimeZoneId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var events = db.Events.Where(e => e.StartUtc >= fromUtc && e.StartUtc < toUtc);
        var sent = await db.FeedbackRequests.Where(r => events.Any(e => e.Id == r.EventId))
            .GroupBy(r => r.EventId)
            .Select(g => new { EventId = g.Key, Sent = g.Count() })
            .ToListAsync(ct);
        var perEvent = await PerEventAsync(db.FeedbackAnswers.Where(a => events.Any(e => e.Id == a.EventId)), ct);
        var ids = sent.Select(s => s.EventId).ToList();
        var titles = await db.Events.Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Title, e.StartUtc, e.EndUtc, e.TimeZoneId })
            .ToListAsync(ct);

        // An event's line shows what its own results show. The sector table holds no answer of a hidden event (all its
        // groups are hidden there), so no total here takes a hidden event back by subtraction.
        var rows = titles.OrderByDescending(e => e.StartUtc)
            .Select(e => new FeedbackEventRow(e.Id, e.Title, e.StartUtc, e.EndUtc, e.TimeZoneId, sent.Single(s => s.EventId == e.Id).Sent,
                perEvent.GetValueOrDefault(e.Id, FeedbackBreakdown.Empty).Total))
            .ToList();
        return new FeedbackOverTime(from, to, rows, FeedbackBreakdown.AcrossEvents(perEvent.Values));
    }

    /// <summary>
    /// The organiser sets the last day (in the event's time zone) on which the survey can be answered; null goes back
    /// to the default (<see cref="Event.FeedbackDefaultDays"/> days after the event). Not before the day the survey goes
    /// out, the day after the event (<see cref="Event.FeedbackSendsAtUtc"/>).
    /// </summary>
    public Task<Result> SetLastDayAsync(int eventId, DateOnly? lastDay, TeamMember member, CancellationToken ct = default)
    {
        if (!member.IsOrganiser)
        {
            return Task.FromResult(Result.Failure(AccessErrors.NotAllowed));
        }

        return dbFactory.WriteAsync(async (db, cancel) =>
        {
            var @event = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, cancel);
            if (@event is null)
            {
                return Result.Failure(EventErrors.NotFound);
            }

            // Open through the whole last day: it closes at the midnight after it, where the event is.
            var closesAtUtc = lastDay is { } day ? EventTime.ToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), @event.TimeZoneId) : (DateTime?)null;
            return @event.CloseFeedbackAt(closesAtUtc);
        }, ct);
    }

    /// <summary>
    /// Each event's ratings by sector with its small groups hidden, exactly as the event's own results show them: one
    /// GROUP BY over event and sector. Events without answers are not in it.
    /// </summary>
    internal static async Task<IReadOnlyDictionary<int, FeedbackBreakdown>> PerEventAsync(IQueryable<FeedbackAnswer> answers, CancellationToken ct)
    {
        var tallies = await answers.GroupBy(a => new { a.EventId, a.Sector })
            .Select(g => new EventSectorTally(g.Key.EventId, g.Key.Sector,
                new FeedbackTally(g.Count(), g.Average(a => (double)a.Heard), g.Average(a => (double)a.Worthwhile), g.Average(a => (double)a.RightMix))))
            .ToListAsync(ct);
        return tallies.GroupBy(t => t.EventId)
            .ToDictionary(g => g.Key, g => FeedbackBreakdown.From(g.Select(t => (t.Sector, t.Tally)).ToList()));
    }

    private sealed record EventSectorTally(int EventId, Sector? Sector, FeedbackTally Tally);
}

/// <summary>An event's feedback: when it is sent and closes, how many were asked, and the ratings by sector.</summary>
public sealed record EventFeedbackResults(
    int EventId,
    string Title,
    DateTime StartUtc,
    DateTime EndUtc,
    string TimeZoneId,
    DateTime ClosesAtUtc,
    DateOnly LastDay,
    bool ClosingDaySetByOrganiser,
    bool IsOpen,
    DateTime SendsAtUtc,
    int Sent,
    FeedbackBreakdown BySector)
{
    /// <summary>Respondents (null: hidden, see <see cref="SmallGroups"/>).</summary>
    public int? Answered => BySector.Total.Respondents;

    /// <summary>
    /// The survey closes before it would go out, so nobody will be asked: a last day that was fine until the event moved
    /// to a later day (a new last day is refused unless it comes after the sending).
    /// </summary>
    public bool ClosesBeforeSending => ClosesAtUtc <= SendsAtUtc;

    /// <summary>The share of those asked who answered; null while hidden or nobody was asked.</summary>
    public double? ResponseRate => Answered is { } answered && Sent > 0 ? (double)answered / Sent : null;
}

/// <summary>One attendee's open answers, without who gave them.</summary>
public sealed record OpenFeedback(string? ShouldChange, string? NextStep);

/// <summary>One event's line in the results over time.</summary>
public sealed record FeedbackEventRow(int EventId, string Title, DateTime StartUtc, DateTime EndUtc, string TimeZoneId, int Sent, FeedbackFigures Figures);

/// <summary>Feedback over a date range: per event, newest first, and per sector over all of them.</summary>
public sealed record FeedbackOverTime(DateOnly From, DateOnly To, IReadOnlyList<FeedbackEventRow> Events, FeedbackBreakdown BySector);
