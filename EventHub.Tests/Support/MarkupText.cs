using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace EventHub.Tests.Support;

public static partial class MarkupText
{
    /// <summary>The text a person reads: markup removed, runs of whitespace collapsed to one space.</summary>
    public static string Text(this IElement element) => Spaces().Replace(element.TextContent, " ").Trim();

    /// <summary>
    /// Resource keys that reached the page: a localizer shows the key itself ("Rsvp_Submit") when its resource has
    /// no such text, for instance when a page reads a key from the wrong resource.
    /// </summary>
    public static IReadOnlyList<string> ResourceKeysIn(string html) => ResourceKey().Matches(html).Select(m => m.Value).ToList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<![\w.-])[A-Z][A-Za-z]+_[A-Z][A-Za-z0-9_]*\b")]
    private static partial Regex ResourceKey();
}
