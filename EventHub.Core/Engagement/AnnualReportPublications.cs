using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Core.Engagement;

/// <summary>
/// Whether a year's annual report is public (<see cref="AnnualReportPublication"/>): the alliance publishes a year when
/// it has checked the figures, and can take it down again. The public page shows figures only (see the report's public
/// version); publishing needs at least one event held that year, so the public address never shows an empty report.
/// Organisers only: the pages that call this are behind the Organise policy.
/// </summary>
public sealed class AnnualReportPublications(IDbContextFactory<EventHubDbContext> dbFactory, TimeProvider time)
{
    /// <summary>When the year's public report was published; null while it is not.</summary>
    public async Task<DateTime?> PublishedAtAsync(int year, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.AnnualReportPublications.Where(p => p.Year == year).Select(p => (DateTime?)p.PublishedAtUtc).SingleOrDefaultAsync(ct);
    }

    /// <summary>Publishes the year's public report. Publishing a year that is already public keeps its first date.</summary>
    public Task<Result> PublishAsync(int year, CancellationToken ct = default) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            // Two organisers publishing at once on PostgreSQL: the second waits here, then finds the first one's row.
            await JobLock.TakeAsync(db, "annual-report-publication", token);
            if (await db.AnnualReportPublications.AnyAsync(p => p.Year == year, token))
            {
                return Result.Success();
            }

            var now = time.GetUtcNow().UtcDateTime;
            if (!await AnnualReportService.HeldIn(db, year, now).AnyAsync(token))
            {
                return Result.Failure(AnnualReportErrors.NothingHeld, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            db.AnnualReportPublications.Add(new AnnualReportPublication(year, now));
            return Result.Success();
        }, ct);

    /// <summary>Takes the year's public report down: its address answers "not found" again, at once.</summary>
    public Task<Result> WithdrawAsync(int year, CancellationToken ct = default) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            var publication = await db.AnnualReportPublications.SingleOrDefaultAsync(p => p.Year == year, token);
            if (publication is not null)
            {
                db.AnnualReportPublications.Remove(publication);
            }

            return Result.Success();
        }, ct);
}

public static class AnnualReportErrors
{
    public const string NothingHeld = "AnnualReport.NothingHeld";
}
