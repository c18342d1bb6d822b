using EventHub.Core.Engagement;
using Microsoft.Extensions.Caching.Memory;

namespace EventHub.App.Components.Pages.Insight.Public;

/// <summary>
/// The public annual report for anyone on the internet, once the alliance has published the year
/// (<see cref="AnnualReportPublications"/>): whether it is published is asked on every view (one row by its key), so
/// taking it down works at once on every instance; the figures are computed once and kept for a few minutes, so
/// visitors (or someone asking for every year from 2000 to 2100) do not run the report's aggregate queries on every
/// request. The report holds figures, not texts, so one copy serves both languages.
/// </summary>
public sealed class PublicAnnualReports(AnnualReportService reports, AnnualReportPublications publications, IMemoryCache cache)
{
    /// <summary>How long a visitor may see a year's figures after they were computed.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The year's public report; for an unpublished year only as an organiser's <paramref name="preview"/>. Null for a
    /// year without events held, or one that is not published and not previewed (the page then says it is not found).
    /// </summary>
    public async Task<PublicAnnualReport?> ForYearAsync(int year, bool preview, CancellationToken ct = default)
    {
        var published = await publications.PublishedAtAsync(year, ct) is not null;
        if (!published && !preview)
        {
            return null;
        }

        var report = await cache.GetOrCreateAsync(("public-annual-report", year), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = KeptFor;
            return reports.ForYearAsync(year, ct);
        });
        return report is { IsEmpty: false } ? new PublicAnnualReport(report, published) : null;
    }
}

/// <summary>A year's public report, and whether anyone may read it (otherwise it is an organiser's preview).</summary>
public sealed record PublicAnnualReport(AnnualReport Report, bool IsPublished);
