using System.Globalization;
using CsvHelper;
using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.Core.Engagement;

/// <summary>
/// An event's feedback ratings by sector as CSV, for organisers: the same rows as the screen, with every hidden group
/// written as "fewer than 5", or as hidden to protect such a group (<see cref="SmallGroups"/>). No open answers: a file travels further than the screen, and
/// what people wrote in their own words stays inside EventHub.
/// </summary>
public static class FeedbackCsv
{
    /// <summary>The Core text for a group hidden because it is small: the one the insight exports share.</summary>
    public const string FewerThanFiveKey = "Insight_FewerThanFive";

    private static readonly string[] Headers = ["Sector", "Respondents", "Heard", "Worthwhile", "RightMix"];

    public static async Task WriteAsync(EventFeedbackResults results, Stream destination, CsvExportOptions options, CancellationToken ct = default)
    {
        var text = Localized.Core(options.Language);
        await using var csv = CsvWriter.Create(destination, CsvExport.Options(options.Separator), leaveOpen: true);
        foreach (var header in Headers)
        {
            csv.WriteField(text[$"FeedbackExport_{header}"]);
        }

        await csv.EndRecordAsync(ct);
        foreach (var row in results.BySector.Sectors)
        {
            await WriteRowAsync(csv, row.Sector is { } sector ? text.Name(sector) : text["FeedbackExport_NoOrganisation"], row.Figures, text, ct);
        }

        await WriteRowAsync(csv, text["FeedbackExport_Total"], results.BySector.Total, text, ct);
        await csv.FlushAsync(ct);
    }

    private static async Task WriteRowAsync(CsvWriter csv, string label, FeedbackFigures figures, Localized text, CancellationToken ct)
    {
        csv.WriteField(label);
        if (figures.Hidden)
        {
            csv.WriteField(text[figures.FewerThanFive ? FewerThanFiveKey : "Feedback_HiddenToProtect"]);
            csv.WriteField((string?)null);
            csv.WriteField((string?)null);
            csv.WriteField((string?)null);
        }
        else
        {
            csv.WriteField(figures.Respondents!.Value.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(Average(figures.Averages?.Heard, text));
            csv.WriteField(Average(figures.Averages?.Worthwhile, text));
            csv.WriteField(Average(figures.Averages?.RightMix, text));
        }

        await csv.EndRecordAsync(ct);
    }

    private static string? Average(double? value, Localized text) => value?.ToString("0.0", text.Culture);
}
