using System.Globalization;
using EventHub.Core.Common;
using EventHub.Core.Texts;

namespace EventHub.Core.Engagement;

/// <summary>
/// The feedback ratings by sector as the exports write them (the CSV file, the annual report's Markdown): one header and
/// the same line per group, where every hidden group says the same "hidden, to protect a small group" (whether it is small
/// or hidden beside one) and its averages stay empty. The screens show the same rows with the same Core texts.
/// </summary>
public static class FeedbackCells
{
    /// <summary>The Core text for every hidden group (<see cref="SmallGroups"/>): one wording, so it tells nothing of the group's size.</summary>
    public const string HiddenKey = "Feedback_HiddenToProtect";

    private static readonly string[] HeaderKeys =
        ["FeedbackExport_Sector", "FeedbackExport_Respondents", "FeedbackExport_Heard", "FeedbackExport_Worthwhile", "FeedbackExport_RightMix"];

    public static IReadOnlyList<string> Headers(Localized text) => HeaderKeys.Select(key => text[key]).ToList();

    /// <summary>Every sector's line, then the total's; cells of a hidden or empty group's averages are null.</summary>
    public static IEnumerable<IReadOnlyList<string?>> Rows(FeedbackBreakdown breakdown, Localized text) =>
        breakdown.Sectors
            .Select(row => Row(row.Sector is { } sector ? text.Name(sector) : text["FeedbackExport_NoOrganisation"], row.Figures, text))
            .Append(Row(text["FeedbackExport_Total"], breakdown.Total, text));

    private static IReadOnlyList<string?> Row(string label, FeedbackFigures figures, Localized text) =>
        figures.Hidden
            ? [label, text[HiddenKey], null, null, null]
            : [label, figures.Respondents!.Value.ToString(CultureInfo.InvariantCulture),
               Average(figures.Averages?.Heard, text), Average(figures.Averages?.Worthwhile, text), Average(figures.Averages?.RightMix, text)];

    private static string? Average(double? value, Localized text) => value?.ToString("0.0", text.Culture);
}
