using System.Globalization;
using System.Text;
using Bunit;
using EventHub.App.Components.Shared;
using EventHub.App.Components.Shared.Charts;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Shared;

/// <summary>
/// A figure on a dashboard: whoever cannot see the chart reads the same numbers as a table, anyone can take them away
/// as CSV, and a group too small to show reads "fewer than 5" in the table and the file alike.
/// </summary>
public class FigureChartTests : ComponentTestBase
{
    private static readonly FigureData Funnel = new("Sector",
        ["Government", "Education", "Business"],
        [new FigureSeries("Invited", [12, 9, 4]), new FigureSeries("Came", [7, null, 2])]);

    [Fact]
    public void Figure_ShowsTheChartAsANamedImage_AndEveryNumberInATableWithHeadings()
    {
        var figure = Render<FigureChart>(p => p
            .Add(f => f.Id, "funnel").Add(f => f.Title, "Who came, by sector").Add(f => f.Data, Funnel)
            .Add(f => f.SuppressedText, "fewer than 5"));

        Assert.Equal("Who came, by sector as a chart; the same figures are in the table below it",
            figure.Find(".eh-figure-chart[role=img]").GetAttribute("aria-label"));
        Assert.NotNull(figure.Find(".eh-figure-chart svg"));
        Assert.Equal(["Sector", "Invited", "Came"], figure.FindAll("thead th").Select(th => th.TextContent));
        var education = figure.FindAll("tbody tr")[1];
        Assert.Equal("Education", education.QuerySelector("th[scope=row]")!.TextContent);
        Assert.Equal(["9", "fewer than 5"], education.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal("Came", education.QuerySelectorAll("td")[1].GetAttribute("data-label"));
    }

    [Fact]
    public async Task Figure_DownloadCsv_GivesTheTableAsShown_SuppressedGroupsIncluded_WithSemicolonsInDutch()
    {
        UseCulture("nl");
        var figure = Render<FigureChart>(p => p
            .Add(f => f.Id, "rates").Add(f => f.Title, "Opkomst").Add(f => f.Data, Funnel)
            .Add(f => f.CsvFileName, "opkomst.csv").Add(f => f.SuppressedText, "minder dan 5"));

        await figure.Find("#rates-csv").ClickAsync(new());

        var call = JSInterop.VerifyInvoke("eventHub.downloadFile");
        Assert.Equal("opkomst.csv", call.Arguments[0]);
        var csv = Encoding.UTF8.GetString(Convert.FromBase64String((string)call.Arguments[2]!)).TrimStart('\uFEFF');
        Assert.Equal(["Sector;Invited;Came", "Government;12;7", "Education;9;minder dan 5", "Business;4;2"],
            csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData(new double[] { 1, 3, 4 }, false, 1)]  // a small meeting's counts tick 0, 1, 2, 3, 4
    [InlineData(new double[] { 12, 9, 40 }, false, 10)]
    [InlineData(new double[] { 180, 230 }, false, 50)]
    [InlineData(new double[] { 3, 4 }, true, 2)]      // stacked: the bar of 3 + 4 reaches 7
    [InlineData(new double[] { 0, 0 }, false, 1)]
    public void TheValueAxis_TicksAtRoundSteps_FittingTheLargestValue(double[] values, bool stacked, int expected)
    {
        var data = stacked
            ? new FigureData("Day", ["Mon"], [new FigureSeries("Yes", [values[0]]), new FigureSeries("No", [values[1]])])
            : new FigureData("Sector", values.Select((_, i) => $"S{i}").ToList(), [new FigureSeries("Came", values.Select(v => (double?)v).ToList())]);

        Assert.Equal(expected, data.TickSpacing(stacked));
    }

    [Fact]
    public void Figure_OfAMonthOfDays_NamesEverySecondDayOnItsAxis_AndEveryDayInItsTable()
    {
        // 27 days' names side by side ran into each other ("10 Oct11 Oct12 Oct"), on a laptop and on a phone.
        var days = Enumerable.Range(10, 27).Select(d => new DateTime(2026, 10, 1).AddDays(d - 1).ToString("d MMM", CultureInfo.InvariantCulture)).ToList();
        var data = new FigureData("Day", days, [new FigureSeries("Yes", days.Select(_ => (double?)1).ToList())]);

        var figure = Render<FigureChart>(p => p.Add(f => f.Id, "days").Add(f => f.Title, "Answers per day").Add(f => f.Kind, FigureKind.StackedBar).Add(f => f.Data, data));

        var named = figure.FindAll(".mud-charts-xaxis text").Select(t => t.TextContent).Where(t => t != "").ToList();
        Assert.Equal(days.Where((_, i) => i % 2 == 0), named);
        Assert.Equal(days, figure.FindAll("tbody th[scope=row]").Select(th => th.TextContent));
    }

    [Theory]
    [InlineData(13, "Sept 26", 1)] // a year of months: all fit
    [InlineData(5, "Government", 1)]
    [InlineData(27, "10 Oct", 2)]
    [InlineData(60, "10 Oct", 4)]
    public void TheCategoryAxis_NamesAsManyCategoriesAsFitSideBySide(int count, string name, int expected)
    {
        var data = new FigureData("Category", Enumerable.Repeat(name, count).ToList(), [new FigureSeries("Came", Enumerable.Repeat<double?>(1, count).ToList())]);

        Assert.Equal(expected, data.LabelStep(slanted: false));
        Assert.Equal(1, data.LabelStep(slanted: true));
    }

    [Fact]
    public void Figure_WithoutData_SaysSo_AndOffersNoChartOrDownload()
    {
        var figure = Render<FigureChart>(p => p
            .Add(f => f.Id, "empty").Add(f => f.Title, "Answers per day")
            .Add(f => f.Data, new FigureData("Day", [], [])).Add(f => f.EmptyText, "No answers yet."));

        Assert.Equal("No answers yet.", figure.Find("#empty-empty").TextContent);
        Assert.Empty(figure.FindAll("svg"));
        Assert.Empty(figure.FindAll("#empty-csv"));
    }

    [Fact]
    public void Figure_InDarkMode_DrawsWithTheDarkPalette()
    {
        var figure = Render<FigureChart>(p => p.AddCascadingValue(new UiPreferences(DarkMode: true))
            .Add(c => c.Id, "dark").Add(c => c.Title, "Dark").Add(c => c.Data, Funnel));

        Assert.Contains(FigurePalette.Dark[0], figure.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(FigurePalette.Light[0], figure.Markup, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Palette_EveryColour_StandsOutFromItsSurface_ByAtLeast3To1(bool dark)
    {
        var surface = dark ? FigurePalette.DarkSurface : FigurePalette.LightSurface;

        var weak = FigurePalette.For(dark).Where(colour => Contrast(colour, surface) < 3).ToList();

        Assert.True(weak.Count == 0, $"Colours below 3:1 against {surface}: {string.Join(", ", weak)}");
    }

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int i)
        {
            var c = int.Parse(hex.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(0) + 0.7152 * Channel(1) + 0.0722 * Channel(2);
    }
}
