using System.Globalization;
using System.Text;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Engagement;
using EventHub.Core.Outbox;
using EventHub.Core.Texts;

namespace EventHub.App.Components.Pages.Insight.AnnualReports;

/// <summary><c>GET /insight/annual-report/{year}.md</c>: the organisers' annual report as a Markdown file (UTF-8); <c>lang=nl|en</c>.</summary>
public static class AnnualReportEndpoints
{
    public static IEndpointRouteBuilder MapAnnualReportExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/insight/annual-report/{year:int}.md", ExportAsync).RequireAuthorization(Policies.Organise);
        return endpoints;
    }

    /// <summary>The download link, in the person's current language.</summary>
    public static string MarkdownLink(int year) =>
        $"insight/annual-report/{year}.md?lang={CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}";

    private static async Task<IResult> ExportAsync(
        int year, string? lang, HttpContext context, AnnualReportService reports, EmailBrandingService branding, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
        {
            return TypedResults.NotFound();
        }

        var language = Languages.FromCode(lang);
        var report = await reports.ForYearAsync(year, ct);
        var site = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        var markdown = AnnualReportMarkdown.Staff(report, language, (await branding.GetAsync(ct)).AllianceName, slug => $"{site}/e/{slug}/report");
        var name = $"{Localized.Core(language)["AnnualReport_FileName", year]}.md";
        return TypedResults.File(Encoding.UTF8.GetBytes(markdown), "text/markdown; charset=utf-8", name);
    }
}
