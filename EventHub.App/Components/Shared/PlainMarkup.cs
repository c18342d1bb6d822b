using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
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
    public static MarkupString Icon(string icon, string? extraClass = null, bool medium = false) =>
        new(Svg(icon, medium ? "mud-icon-default mud-icon-size-medium" : "mud-icon-size-small", extraClass));

    /// <summary>Text made safe for markup written as one piece (table rows), where the render tree cannot encode it.</summary>
    public static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>
    /// A table cell of rows written as one piece of markup: its <c>data-label</c> heads the value when a phone stacks the
    /// row; <paramref name="content"/> is HTML already encoded. A space before it, where Razor leaves one between cells,
    /// so the row's text (copied, or read as a whole) is as Razor's.
    /// </summary>
    public static StringBuilder AppendCell(this StringBuilder html, string label, string content, string? cssClass = null) =>
        html.Append(cssClass is null ? " <td" : $" <td class=\"{cssClass}\"").Append(" data-label=\"").Append(Encode(label)).Append("\">")
            .Append(content).Append("</td>");

    /// <summary>A medium icon as a <c>MudIconButton</c> (its colour inherited) draws it.</summary>
    public static MarkupString AppBarIcon(string icon) => new(Svg(icon, "mud-icon-size-medium"));

    /// <summary>
    /// A decorative SVG icon as MudIcon renders it, with MudIcon's size (and colour) classes: <paramref name="icon"/> is
    /// the path data of an <see cref="Icons"/> constant, drawn from <see cref="IconSprite"/> when the sprite has it (the
    /// symbol brings its own view box, and a hidden icon needs no role), otherwise inline.
    /// </summary>
    internal static string Svg(string icon, string sizeClasses, string? extraClass = null) =>
        Svgs.GetOrAdd((icon, sizeClasses, extraClass), static key =>
        {
            var classes = $"mud-icon-root mud-svg-icon {key.SizeClasses}{(key.ExtraClass is null ? "" : " " + key.ExtraClass)}";
            return IconSprite.Use(key.Icon) is { } use
                ? $"<svg class=\"{classes}\" aria-hidden=\"true\">{use}</svg>"
                : $"<svg class=\"{classes}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{key.Icon}</svg>";
        });

    // An icon's markup, made once per icon and classes (MudBlazor's constants and ours: a few dozen) for every tab and
    // every render, instead of at each row and each navigation.
    private static readonly ConcurrentDictionary<(string Icon, string SizeClasses, string? ExtraClass), string> Svgs = new();

    /// <summary>The classes of a small, not clickable <c>MudChip</c>.</summary>
    public static string Chip(Color color, Variant variant = Variant.Outlined, string? extraClass = null) =>
        $"mud-chip mud-chip-{Name(variant)} mud-chip-size-small mud-chip-color-{Name(color)}{(extraClass is null ? "" : " " + extraClass)}";

    /// <summary>The classes of a small <c>MudIconButton</c> (text variant).</summary>
    public static string IconButton(Color color = Color.Default, string? extraClass = null) =>
        "mud-button-root mud-icon-button mud-ripple mud-ripple-icon mud-icon-button-size-small"
        + (color == Color.Default ? "" : $" mud-{Name(color)}-text hover:mud-{Name(color)}-hover")
        + (extraClass is null ? "" : " " + extraClass);

    /// <summary>
    /// A medium <c>MudButton</c> with a start icon, as a plain button with MudBlazor's classes whose click calls
    /// <paramref name="onClick"/> on <paramref name="receiver"/> (the component that renders it, and re-renders after the
    /// click, as with <c>@onclick</c>). MudButton is three components (the button, its element and its icon) per button.
    /// </summary>
    public static RenderFragment Button(object receiver, Func<Task> onClick, string text, string icon, string id,
        bool disabled = false, Variant variant = Variant.Text, Color color = Color.Default, string? describedBy = null) => builder =>
    {
        var look = Name(variant);
        builder.OpenElement(0, "button");
        builder.AddAttribute(1, "type", "button");
        builder.AddAttribute(2, "id", id);
        builder.AddAttribute(3, "class", $"mud-button-root mud-button mud-button-{look} mud-button-{look}-{Name(color)} mud-button-{look}-size-medium mud-ripple");
        builder.AddAttribute(4, "disabled", disabled);
        builder.AddAttribute(5, "aria-describedby", describedBy); // e.g. why it is disabled; left out when null
        builder.AddAttribute(6, "onclick", EventCallback.Factory.Create<MouseEventArgs>(receiver, onClick));
        builder.OpenElement(7, "span");
        builder.AddAttribute(8, "class", "mud-button-label");
        builder.AddMarkupContent(9, ButtonIcons.GetOrAdd(icon, static path =>
            $"<span class=\"mud-button-icon-start mud-button-icon-size-medium\">{Svg(path, "mud-icon-size-medium")}</span>"));
        builder.AddContent(10, text);
        builder.CloseElement();
        builder.CloseElement();
    };

    // A button's icon markup, made once per icon (the icons are MudBlazor's constants, a few dozen at most) for every tab.
    private static readonly ConcurrentDictionary<string, string> ButtonIcons = new();

    /// <summary>
    /// A determinate, rounded, medium <c>MudProgressLinear</c> (0-100) with its label for screen readers, as HTML for a
    /// table's rows made as one piece of markup (the label may be user text: it is encoded here).
    /// </summary>
    public static string Progress(double value, Color color, string label)
    {
        var percent = Math.Clamp(value, 0, 100);
        return $"<div class=\"mud-progress-linear mud-progress-linear-rounded mud-progress-linear-medium mud-progress-linear-color-{Name(color)} horizontal\" role=\"progressbar\" aria-valuenow=\"{percent.ToString("0", CultureInfo.InvariantCulture)}\" aria-valuemin=\"0\" aria-valuemax=\"100\" aria-label=\"{Encode(label)}\">"
            + $"<div class=\"mud-progress-linear-bars\"><div class=\"mud-progress-linear-bar\" style=\"transform: translateX(-{(100 - percent).ToString("0.##", CultureInfo.InvariantCulture)}%);\"></div></div></div>";
    }

    private static string Name(Enum value) => value.ToString().ToLowerInvariant();
}
