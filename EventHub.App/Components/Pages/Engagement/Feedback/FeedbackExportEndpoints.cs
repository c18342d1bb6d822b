using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Engagement;
using EventHub.Core.Texts;

namespace EventHub.App.Components.Pages.Engagement.Feedback;

/// <summary>
/// <c>GET /events/{id}/feedback.csv</c>: an event's ratings by sector for organisers, with the same groups hidden as on
/// the screen and no open answers (<see cref="FeedbackCsv"/>). <c>lang=nl|en</c>, <c>delimiter=semicolon|comma</c>.
/// </summary>
public static class FeedbackExportEndpoints
{
    public static IEndpointRouteBuilder MapFeedbackExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/events/{id:int}/feedback.csv", ExportAsync).RequireAuthorization(Policies.Organise);
        return endpoints;
    }

    private static async Task<IResult> ExportAsync(int id, FeedbackResultsService feedback, HttpContext context, string? delimiter, string? lang)
    {
        if (await feedback.ForEventAsync(id, context.RequestAborted) is not { } results)
        {
            return TypedResults.NotFound();
        }

        var language = Languages.FromCode(lang);
        var options = new CsvExportOptions(language, string.Equals(delimiter, "semicolon", StringComparison.OrdinalIgnoreCase) || (delimiter is null && language == Language.Nl)
            ? CsvDelimiter.Semicolon
            : CsvDelimiter.Comma);
        var name = Localized.Core(language)["FeedbackExport_FileName"];
        return TypedResults.Stream(stream => FeedbackCsv.WriteAsync(results, stream, options, context.RequestAborted),
            "text/csv; charset=utf-8", $"{name}-{id}.csv");
    }
}
