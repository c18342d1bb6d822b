using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.RenderTree;
using MudBlazor;

namespace EventHub.App.Components.Layout;

/// <summary>
/// MudBlazor's theme provider with its styles kept once for every open tab instead of once per tab. MudThemeProvider
/// writes its styles (the theme's CSS variables and the scrollbar, about 13,000 characters) afresh for each tab, and the
/// tab's render tree keeps them for as long as it is open: some 25 KB in every organiser's tab, the same text in all of
/// them. This renders what MudThemeProvider renders, with each piece of markup swapped for the one copy already kept;
/// should MudBlazor ever render more than markup here, it renders MudThemeProvider's own tree untouched.
/// The page's head (App.razor) has the styles of the mode the page was loaded in, outside the tab's circuit: a tab in
/// that mode renders nothing here, so the styles are neither in its render tree nor in the first batch it is sent.
/// </summary>
public sealed class SharedThemeProvider : MudThemeProvider
{
    // A few entries: the brand theme, light and dark, and the fixed pieces. Never more than MaxStyles.
    private const int MaxStyles = 16;
    private static readonly ConcurrentDictionary<string, string> Styles = new(StringComparer.Ordinal);

    /// <summary>How many pieces of markup are kept for every tab (for the tests).</summary>
    internal static int KeptStyles => Styles.Count;

    /// <summary>
    /// Whether the styles already in the page's head are the dark mode's (null: the head has none). While
    /// <see cref="MudThemeProvider.IsDarkMode"/> is the same, nothing is rendered; switched to the other mode, that
    /// mode's styles are, later in the page than the head's, so they win.
    /// </summary>
    [Parameter]
    public bool? HeadIsDarkMode { get; set; }

    // The mode the layout asks for, as given (MudThemeProvider keeps its own in a ParameterState, not to be read here).
    private bool _darkMode;

    public override Task SetParametersAsync(ParameterView parameters)
    {
        _darkMode = parameters.TryGetValue<bool>(nameof(IsDarkMode), out var dark) && dark;
        return base.SetParametersAsync(parameters);
    }

// BL0006: the frames are read only to reuse their markup. ASP0006: their sequence numbers are MudBlazor's own, in its
// template's order, which keeps the diff between renders right.
#pragma warning disable BL0006, ASP0006
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (HeadIsDarkMode == _darkMode)
        {
            return;
        }

        using var own = new RenderTreeBuilder();
        base.BuildRenderTree(own);
        var frames = own.GetFrames();
        if (frames.Array.Take(frames.Count).Any(frame => frame.FrameType != RenderTreeFrameType.Markup))
        {
            base.BuildRenderTree(builder);
            return;
        }

        foreach (var frame in frames.Array.Take(frames.Count))
        {
            builder.AddMarkupContent(frame.Sequence, Share(frame.MarkupContent));
        }
    }
#pragma warning restore BL0006, ASP0006

    private static string Share(string markup) =>
        Styles.TryGetValue(markup, out var kept) ? kept : Styles.Count < MaxStyles ? Styles.GetOrAdd(markup, markup) : markup;
}
