using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace EventHub.Tests.Support;

public static partial class MarkupText
{
    /// <summary>The text a person reads: markup removed, runs of whitespace collapsed to one space.</summary>
    public static string Text(this IElement element) => Spaces().Replace(element.TextContent, " ").Trim();

    /// <summary>
    /// Resource keys that reached the page: a localizer shows the key itself ("Rsvp_Submit") when its resource has
    /// no such text, for instance when a page reads a key from the wrong resource. Only what people read or hear is
    /// searched (text, and the attributes screen readers and browsers show), not addresses: a personal link's random
    /// token in a form's action can look like a key ("BCknMBKQWxDr_KnzJ…").
    /// </summary>
    public static IReadOnlyList<string> ResourceKeysIn(string html)
    {
        var body = new HtmlParser().ParseDocument(html).Body!;
        var shown = body.QuerySelectorAll("[aria-label], [title], [placeholder], [alt]")
            .SelectMany(e => ShownAttributes.Select(e.GetAttribute).OfType<string>());
        var buttonCaptions = body.QuerySelectorAll("input[type=submit], input[type=button]").Select(e => e.GetAttribute("value")).OfType<string>();
        return shown.Concat(buttonCaptions).Prepend(body.TextContent)
            .SelectMany(text => ResourceKey().Matches(text).Select(m => m.Value))
            .ToList();
    }

    private static readonly string[] ShownAttributes = ["aria-label", "title", "placeholder", "alt"];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<![\w.-])[A-Z][A-Za-z]+_[A-Z][A-Za-z0-9_]*\b")]
    private static partial Regex ResourceKey();
}
