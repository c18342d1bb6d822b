using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Outcomes;

/// <summary>
/// Turns what an event's sessions produced into a synthesis for organisers (grouped by theme, with their summary)
/// and, once they publish it, a public report without personal data. Organisers only: the pages and endpoints
/// that call the writing methods require the Organise policy.
/// </summary>
public sealed class EventReportService(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The synthesis of an event; null for an unknown event.</summary>
    public async Task<EventSynthesis?> SynthesisAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var @event = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (@event is null)
        {
            return null;
        }

        var report = await db.EventReports.AsNoTracking().FirstOrDefaultAsync(r => r.EventId == eventId, ct);
        var records = await ReportContent.LoadAsync(db, eventId, ct);
        var today = Actions.ActionDates.Today(time);
        var sections = ReportContent.ByTheme(records).Select(group => new ThemeSection(
                group.Theme,
                Statements(group.Records, StatementKind.Insight),
                Statements(group.Records, StatementKind.Decision),
                group.Records.SelectMany(r => r.Actions.Select(a =>
                    new SynthesisAction(a.What, a.OwnerOrganisation.Name, a.DueOn, a.Status, r.Session.Title, a.IsOverdue(today)))).ToList()))
            .ToList();
        var (bySector, withoutOrganisation, source) = await RoomAttendance.ForAsync(db, eventId, records, ct);
        return new EventSynthesis(
            @event.Id, @event.Title, @event.Slug, @event.Status, @event.StartUtc, @event.EndUtc, @event.TimeZoneId,
            report?.Summary, report?.PublishedAtUtc, sections, bySector, ReportContent.MissingFinal(records), source, withoutOrganisation);
    }

    /// <summary>Saves the organiser's summary (Markdown); an empty one removes it.</summary>
    public Task<Result> SummariseAsync(int eventId, string? summary, CancellationToken ct = default)
    {
        if (summary?.Trim().Length > EventReport.SummaryMaxLength)
        {
            return Task.FromResult(Result.Failure(ReportErrors.SummaryTooLong, EventReport.SummaryMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return dbFactory.WriteAsync(async (db, token) =>
        {
            var report = await ReportForAsync(db, eventId, token);
            if (report is null)
            {
                return Result.Failure(ReportErrors.EventNotFound);
            }

            report.Summarise(summary, time.GetUtcNow().UtcDateTime);
            return Result.Success();
        }, ct);
    }

    /// <summary>
    /// Makes the report public at /e/{slug}/report. Needs a published or closed event that has started. Sessions without a final record
    /// do not block it (their records stay out of the public report); the value says how many there are, to warn about.
    /// </summary>
    public Task<Result<int>> PublishAsync(int eventId, CancellationToken ct = default) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            var report = await ReportForAsync(db, eventId, token);
            if (report is null)
            {
                return Result<int>.Failure(ReportErrors.EventNotFound);
            }

            if (EventReports.PublishProblem(report.Event.Slug, report.Event.Status, report.Event.StartUtc, time.GetUtcNow().UtcDateTime) is { } problem)
            {
                return Result<int>.Failure(problem);
            }

            report.Publish(time.GetUtcNow().UtcDateTime);
            var records = await ReportContent.LoadAsync(db, eventId, token);
            return Result<int>.Success(ReportContent.MissingFinal(records).Count);
        }, ct);

    /// <summary>Takes the public report down; its address answers "not found" again.</summary>
    public Task<Result> UnpublishAsync(int eventId, CancellationToken ct = default) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            var report = await ReportForAsync(db, eventId, token);
            if (report is null)
            {
                return Result.Failure(ReportErrors.EventNotFound);
            }

            report.Unpublish();
            return Result.Success();
        }, ct);

    /// <summary>The public report behind /e/{slug}/report; null for an unknown slug or an unpublished report.</summary>
    public async Task<PublicReport?> PublicReportAsync(string slug, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var report = await db.EventReports.AsNoTracking().Include(r => r.Event)
            .FirstOrDefaultAsync(r => r.Event.Slug == slug && r.PublishedAtUtc != null, ct);
        if (report is null)
        {
            return null;
        }

        // Only final records: a draft may still be unchecked, also for who agreed to be named.
        var records = (await ReportContent.LoadAsync(db, report.EventId, ct))
            .Where(r => r.Outcome?.Status == OutcomeStatus.Final)
            .ToList();
        var sections = ReportContent.ByTheme(records).Select(group => new PublicReportSection(
                group.Theme,
                PublicStatements(group.Records, StatementKind.Insight),
                PublicStatements(group.Records, StatementKind.Decision),
                group.Records.SelectMany(r => r.Actions.Select(a => new PublicAction(a.What, a.DueOn, a.Status))).ToList()))
            .ToList();
        var e = report.Event;
        var (bySector, withoutOrganisation, source) = await RoomAttendance.ForAsync(db, report.EventId, records, ct);
        var revised = records.Select(r => r.Outcome!.FinalisedAtUtc).Where(at => at > report.PublishedAtUtc).Max();
        return new PublicReport(
            e.Slug!, e.Language, e.Title, e.StartUtc, e.EndUtc, e.TimeZoneId, report.Summary, report.PublishedAtUtc!.Value,
            sections, bySector, source, withoutOrganisation) { RevisedAtUtc = revised };
    }

    /// <summary>Whether the event behind <paramref name="slug"/> has a public report (for a link on its public page).</summary>
    public async Task<bool> HasPublicReportAsync(string slug, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.EventReports.AnyAsync(r => r.Event.Slug == slug && r.PublishedAtUtc != null, ct);
    }

    private async Task<EventReport?> ReportForAsync(EventHubDbContext db, int eventId, CancellationToken ct)
    {
        var report = await db.EventReports.Include(r => r.Event).FirstOrDefaultAsync(r => r.EventId == eventId, ct);
        if (report is not null)
        {
            return report;
        }

        var @event = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (@event is null)
        {
            return null;
        }

        report = new EventReport(@event, time.GetUtcNow().UtcDateTime);
        db.EventReports.Add(report);
        return report;
    }

    private static List<SynthesisStatement> Statements(IEnumerable<SessionRecord> records, StatementKind kind) =>
        records.SelectMany(r => Of(r, kind).Select(s => new SynthesisStatement(s.Text, r.Session.Title, ReportContent.NamedOrganisations(s)))).ToList();

    private static List<PublicStatement> PublicStatements(IEnumerable<SessionRecord> records, StatementKind kind) =>
        records.SelectMany(r => Of(r, kind).Select(s => new PublicStatement(s.Text, r.Session.Title, ReportContent.NamedOrganisations(s)))).ToList();

    private static IEnumerable<OutcomeStatement> Of(SessionRecord record, StatementKind kind) =>
        (record.Outcome?.Statements ?? []).Where(s => s.Kind == kind).OrderBy(s => s.SortOrder);
}
