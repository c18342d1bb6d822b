using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace EventHub.Tests.Support;

public static partial class MarkupText
{
    /// <summary>The text a person reads: markup removed, runs of whitespace collapsed to one space.</summary>
    public static string Text(this IElement element) => Spaces().Replace(element.TextContent, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
