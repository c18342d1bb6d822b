using EventHub.Core.Engagement;
using Microsoft.Extensions.Caching.Memory;

namespace EventHub.App.Components.Pages.Insight.Public;

/// <summary>
/// The public annual report for anyone on the internet: each year's figures computed once and kept for a few minutes,
/// so visitors (or someone asking for every year from 2000 to 2100) do not run the report's aggregate queries on every
/// request. The report holds figures, not texts, so one copy serves both languages.
/// </summary>
public sealed class PublicAnnualReports(AnnualReportService reports, IMemoryCache cache)
{
    /// <summary>How long a visitor may see a year's figures after they were computed.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(5);

    /// <summary>The year's report, or null for a year without events held (the page then says it is not found).</summary>
    public async Task<AnnualReport?> ForYearAsync(int year, CancellationToken ct = default)
    {
        var report = await cache.GetOrCreateAsync(("public-annual-report", year), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = KeptFor;
            return reports.ForYearAsync(year, ct);
        });
        return report is { IsEmpty: false } ? report : null;
    }
}
