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

    /// <summary>
    /// Every sector's line, then the total's, with the figures as numbers (for a workbook): the respondents a whole number
    /// (or the hidden group's text in its place), each average rounded to one decimal as the screen shows it. Cells of a
    /// hidden or empty group's averages are null.
    /// </summary>
    public static IEnumerable<IReadOnlyList<object?>> Figures(FeedbackBreakdown breakdown, Localized text) =>
        breakdown.Sectors
            .Select(row => Row(row.Sector is { } sector ? text.Name(sector) : text["FeedbackExport_NoOrganisation"], row.Figures, text))
            .Append(Row(text[TotalKey(breakdown)], breakdown.Total, text));

    /// <summary>The total line's label: "total", or over several events "total of the groups shown" (see <see cref="FeedbackBreakdown.TotalOfShownGroups"/>).</summary>
    public static string TotalKey(FeedbackBreakdown breakdown) =>
        breakdown.TotalOfShownGroups ? "FeedbackExport_TotalShown" : "FeedbackExport_Total";

    /// <summary>The same lines as text, the averages written as the reader's language writes them ("3,2"): a CSV, the screens, Markdown.</summary>
    public static IEnumerable<IReadOnlyList<string?>> Rows(FeedbackBreakdown breakdown, Localized text) =>
        Figures(breakdown, text).Select(row => (IReadOnlyList<string?>)row.Select(cell => cell switch
        {
            double average => average.ToString("0.0", text.Culture),
            int count => count.ToString(CultureInfo.InvariantCulture),
            _ => (string?)cell,
        }).ToList());

    private static IReadOnlyList<object?> Row(string label, FeedbackFigures figures, Localized text) =>
        figures.Hidden
            ? [label, text[HiddenKey], null, null, null]
            : [label, figures.Respondents!.Value, Rounded(figures.Averages?.Heard), Rounded(figures.Averages?.Worthwhile), Rounded(figures.Averages?.RightMix)];

    private static double? Rounded(double? value) => value is { } average ? Math.Round(average, 1, MidpointRounding.AwayFromZero) : null;
}
