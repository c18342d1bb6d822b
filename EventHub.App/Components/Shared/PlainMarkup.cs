using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace EventHub.App.Components.Shared;

/// <summary>
/// MudBlazor's look without its components, for the small read-only pieces of long lists (an icon, a chip, a caption):
/// every component is kept in memory, with its render tree, in every open tab, so a row of twenty components costs
/// hundreds of kilobytes per tab for 25 rows. The same CSS classes MudBlazor renders give the same look.
/// </summary>
public static class PlainMarkup
{
    /// <summary>A small (or medium) decorative SVG icon (the path data of a <see cref="Icons"/> constant, never user text).</summary>
    public static MarkupString Icon(string icon, string? extraClass = null, bool medium = false) => new(Svg(icon, extraClass, medium));

    /// <summary>A decorative SVG icon with MudIcon's classes around <paramref name="content"/> (path data, or a <c>use</c> of <see cref="IconSprite"/>).</summary>
    internal static string Svg(string content, string? extraClass = null, bool medium = false) =>
        $"<svg class=\"mud-icon-root mud-svg-icon {(medium ? "mud-icon-default mud-icon-size-medium" : "mud-icon-size-small")}{(extraClass is null ? "" : " " + extraClass)}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">{content}</svg>";

    /// <summary>The classes of a small, not clickable <c>MudChip</c>.</summary>
    public static string Chip(Color color, Variant variant = Variant.Outlined, string? extraClass = null) =>
        $"mud-chip mud-chip-{Name(variant)} mud-chip-size-small mud-chip-color-{Name(color)}{(extraClass is null ? "" : " " + extraClass)}";

    /// <summary>The classes of a small <c>MudIconButton</c> (text variant).</summary>
    public static string IconButton(Color color = Color.Default, string? extraClass = null) =>
        "mud-button-root mud-icon-button mud-ripple mud-ripple-icon mud-icon-button-size-small"
        + (color == Color.Default ? "" : $" mud-{Name(color)}-text hover:mud-{Name(color)}-hover")
        + (extraClass is null ? "" : " " + extraClass);

    /// <summary>
    /// A determinate, rounded, medium <c>MudProgressLinear</c> (0-100) with its label for screen readers, written into the
    /// caller's render tree (the label may be user text: the render tree encodes it).
    /// </summary>
    public static RenderFragment Progress(double value, Color color, string label) => builder =>
    {
        var percent = Math.Clamp(value, 0, 100);
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", $"mud-progress-linear mud-progress-linear-rounded mud-progress-linear-medium mud-progress-linear-color-{Name(color)} horizontal");
        builder.AddAttribute(2, "role", "progressbar");
        builder.AddAttribute(3, "aria-valuenow", percent.ToString("0", CultureInfo.InvariantCulture));
        builder.AddAttribute(4, "aria-valuemin", "0");
        builder.AddAttribute(5, "aria-valuemax", "100");
        builder.AddAttribute(6, "aria-label", label);
        builder.AddMarkupContent(7, $"<div class=\"mud-progress-linear-bars\"><div class=\"mud-progress-linear-bar\" style=\"transform: translateX(-{(100 - percent).ToString("0.##", CultureInfo.InvariantCulture)}%);\"></div></div>");
        builder.CloseElement();
    };

    private static string Name(Enum value) => value.ToString().ToLowerInvariant();
}
