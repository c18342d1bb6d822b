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
public sealed record FigureData(string CategoryHeader, IReadOnlyList<string> Categories, IReadOnlyList<FigureSeries> Series)
{
    public bool IsEmpty => Categories.Count == 0 || Series.Count == 0;
}
