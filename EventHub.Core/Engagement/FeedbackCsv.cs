using CsvHelper;
using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.Core.Engagement;

/// <summary>
/// An event's feedback ratings by sector as CSV, for organisers: the same rows as the screen, with every hidden group
/// written as "fewer than 5", or as hidden to protect such a group (<see cref="SmallGroups"/>). No open answers: a file
/// travels further than the screen, and what people wrote in their own words stays inside EventHub.
/// </summary>
public static class FeedbackCsv
{
    public static async Task WriteAsync(EventFeedbackResults results, Stream destination, CsvExportOptions options, CancellationToken ct = default)
    {
        var text = Localized.Core(options.Language);
        await using var csv = CsvWriter.Create(destination, CsvExport.Options(options.Separator), leaveOpen: true);
        foreach (var row in FeedbackCells.Rows(results.BySector, text).Prepend(FeedbackCells.Headers(text)))
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }

            await csv.EndRecordAsync(ct);
        }

        await csv.FlushAsync(ct);
    }
}
