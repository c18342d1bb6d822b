using System.Globalization;
using System.Text;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Outcomes;
using EventHub.Core.Texts;

namespace EventHub.App.Components.Pages.Outcomes.Reports;

/// <summary><c>GET /events/{id}/synthesis.md</c>: an event's synthesis as a Markdown file (UTF-8), for organisers; <c>lang=nl|en</c>.</summary>
public static class SynthesisEndpoints
{
    public static IEndpointRouteBuilder MapSynthesisExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/events/{id:int}/synthesis.md", ExportAsync).RequireAuthorization(Policies.Organise);
        return endpoints;
    }

    /// <summary>The download link, in the person's current language.</summary>
    public static string Link(int eventId) =>
        $"events/{eventId}/synthesis.md?lang={CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}";

    private static async Task<IResult> ExportAsync(int id, string? lang, EventReportService reports, CancellationToken ct)
    {
        if (await reports.SynthesisAsync(id, ct) is not { } synthesis)
        {
            return TypedResults.NotFound();
        }

        var language = Languages.FromCode(lang);
        var markdown = SynthesisMarkdown.ToMarkdown(synthesis, language);
        var name = $"{synthesis.Slug ?? FileName(synthesis.Title)}-{Localized.Core(language)["Markdown_FileName"]}.md";
        return TypedResults.File(Encoding.UTF8.GetBytes(markdown), "text/markdown; charset=utf-8", name);
    }

    // A draft has no slug yet: its title, in lower case letters and digits joined by dashes.
    private static string FileName(string title)
    {
        var words = TextNormalizer.ForUniqueness(title).Split(' ').Select(TextNormalizer.ForMatching).Where(w => w.Length > 0);
        var name = string.Join('-', words);
        return name.Length == 0 ? "event" : name[..Math.Min(name.Length, 90)].TrimEnd('-');
    }
}
