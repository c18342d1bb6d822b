using EventHub.App.Components.Shared;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Engagement;
using EventHub.Core.Texts;

namespace EventHub.App.Components.Pages.Engagement.Feedback;

/// <summary>
/// <c>GET /events/{id}/feedback.csv</c> (or <c>.xlsx</c>, an Excel workbook): an event's ratings by sector for organisers, with the same groups hidden as on
/// the screen and no open answers (<see cref="FeedbackExport"/>). <c>lang=nl|en</c>, <c>delimiter=semicolon|comma</c>.
/// </summary>
public static class FeedbackExportEndpoints
{
    public static IEndpointRouteBuilder MapFeedbackExport(this IEndpointRouteBuilder endpoints)
    {
        foreach (var pattern in ExportRoutes.Patterns("/events/{id:int}/feedback"))
        {
            endpoints.MapGet(pattern, ExportAsync).RequireAuthorization(Policies.Organise);
        }

        return endpoints;
    }

    private static async Task<IResult> ExportAsync(int id, FeedbackResultsService feedback, HttpContext context, string? delimiter, string? lang)
    {
        // Without a delimiter, a Dutch reader gets what Dutch Excel opens: semicolons.
        var dutchExcel = Languages.FromCode(lang) == Language.Nl ? CsvDelimiter.Semicolon : CsvDelimiter.Comma;
        if (TableExport.OptionsFor(context.Request.Path.Value, delimiter, lang, dutchExcel) is not { } options
            || await feedback.ForEventAsync(id, context.RequestAborted) is not { } results)
        {
            return TypedResults.NotFound();
        }

        var name = Localized.Core(options.Language)["FeedbackExport_FileName"];
        return TypedResults.Stream(stream => FeedbackExport.WriteAsync(results, stream, options, context.RequestAborted),
            options.Format.ContentType(), $"{name}-{id}.{options.Format.Extension()}");
    }
}
