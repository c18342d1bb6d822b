namespace EventHub.App.Components.Shared.Charts;

/// <summary>
/// The colours of a figure's series, one set per theme, each with at least 3:1 contrast against that theme's surface
/// (WCAG 1.4.11, non-text contrast) and different enough in lightness from its neighbours to be told apart in grey.
/// Colour is never the only carrier of meaning: every figure has a legend, value labels and a table.
/// </summary>
public static class FigurePalette
{
    /// <summary>Against the light surface #ffffff (BrandTheme).</summary>
    public static readonly string[] Light = ["#0b5cad", "#9c3d12", "#05705a", "#6a3d9a", "#8a5a00", "#4a5366"];

    /// <summary>Against the dark surface #18222f (BrandTheme).</summary>
    public static readonly string[] Dark = ["#8cc2ff", "#ffb08a", "#6fdcbc", "#d0a8ff", "#ffcf70", "#b9c3d1"];

    public const string LightSurface = "#ffffff";
    public const string DarkSurface = "#18222f";

    public static string[] For(bool darkMode) => darkMode ? Dark : Light;
}
