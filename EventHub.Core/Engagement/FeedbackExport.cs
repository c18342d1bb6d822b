using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.Core.Engagement;

/// <summary>
/// An event's feedback ratings by sector as CSV or an Excel workbook, for organisers: the same rows as the screen, with
/// every hidden group written as "fewer than 5", or as hidden to protect such a group (<see cref="SmallGroups"/>). No open
/// answers: a file travels further than the screen, and what people wrote in their own words stays inside EventHub.
/// </summary>
public static class FeedbackExport
{
    public static Task WriteAsync(EventFeedbackResults results, Stream destination, ExportOptions options, CancellationToken ct = default)
    {
        var text = Localized.Core(options.Language);
        // A workbook gets numbers people can sum and chart; a CSV the figures as the reader's language writes them.
        var rows = (options.Format == ExportFormat.Xlsx
            ? FeedbackCells.Figures(results.BySector, text)
            : FeedbackCells.Rows(results.BySector, text).Select(row => (IReadOnlyList<object?>)row)).ToAsyncEnumerable();
        return TableExport.WriteAsync(FeedbackCells.Headers(text), rows, destination, options, text["FeedbackExport_FileName"], ct);
    }
}
