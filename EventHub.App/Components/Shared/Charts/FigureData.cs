namespace EventHub.App.Components.Shared.Charts;

/// <summary>How a figure is drawn; its table is the same whatever the kind.</summary>
public enum FigureKind
{
    Bar,
    StackedBar,
    Line,
}

/// <summary>One named row of values of a figure (a bar colour, a line); a null value is suppressed or unknown.</summary>
public sealed record FigureSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>
/// The numbers behind a chart, in the shape of its table: one column per category (<paramref name="Categories"/>,
/// headed by <paramref name="CategoryHeader"/>), one line per series. Screens build it from a Core result in the
/// reader's language; <see cref="FigureChart"/> draws it, lists it as a table and exports it as CSV.
/// </summary>
/// <param name="CsvCategories">
/// The categories as the CSV writes them, where a spreadsheet needs more than the chart shows: a day as "2026-11-20",
/// which it can sort and count with, where the chart says "20 Nov". Null: as <paramref name="Categories"/>.
/// </param>
public sealed record FigureData(string CategoryHeader, IReadOnlyList<string> Categories, IReadOnlyList<FigureSeries> Series,
    IReadOnlyList<string>? CsvCategories = null)
{
    public bool IsEmpty => Categories.Count == 0 || Series.Count == 0;

    /// <summary>
    /// A round spacing of the value axis's ticks (1, 2 or 5 times a power of ten, never below 1: MudBlazor ticks whole
    /// steps) giving about five ticks up to the largest value (of a category's stack, when stacked): a chart of 0 to 4
    /// guests counts 0, 1, 2, 3, 4 rather than showing one tick at 20.
    /// </summary>
    public int TickSpacing(bool stacked)
    {
        var top = stacked
            ? Enumerable.Range(0, Categories.Count).Select(i => Series.Sum(s => i < s.Values.Count ? s.Values[i] ?? 0 : 0)).DefaultIfEmpty(0).Max()
            : Series.SelectMany(s => s.Values).Select(v => v ?? 0).DefaultIfEmpty(0).Max();
        if (top <= 5)
        {
            return 1;
        }

        var rough = top / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        return (int)new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= rough * 0.999);
    }

    /// <summary>
    /// Every how-manieth category the category axis names, so that its names do not run into each other: 1 (all) unless
    /// there are more than fit side by side, as with a month of days ("10 Oct", "11 Oct", …), when every second or third
    /// is named and the others are left to the table. MudBlazor draws the axis 640 of its 700 units wide, its names 12
    /// units high; a character is taken as about 6.2 units (half an em and a bit), so thirteen months ("Sept 26") still
    /// fit. Names drawn at a slant (<paramref name="slanted"/>) take less room across: all are named.
    /// </summary>
    public int LabelStep(bool slanted)
    {
        const double axisWidth = 640, characterWidth = 6.2, gap = 2;
        if (slanted || Categories.Count < 2)
        {
            return 1;
        }

        var widest = Categories.Max(c => c.Length) * characterWidth + gap;
        var slot = axisWidth / Categories.Count;
        return Math.Max(1, (int)Math.Ceiling(widest / slot));
    }
}
