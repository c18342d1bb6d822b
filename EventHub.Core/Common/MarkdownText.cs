using System.Collections.Concurrent;
using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EventHub.Core.Common;

/// <summary>
/// Organisers write descriptions in Markdown; partners read them on public pages and in calendars.
/// Raw HTML in the Markdown is shown as text, and the rendered HTML is sanitized again, so a description
/// can never run script on a public page.
/// </summary>
public static class MarkdownText
{
    // Plain CommonMark: advanced extensions (raw attributes, tables with HTML, etc.) stay off on purpose.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>Markdown → HTML that is safe to put on a page; empty for no text.</summary>
    public static string ToSafeHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        if (SafeHtml.TryGetValue(markdown, out var cached))
        {
            return cached;
        }

        var html = NewSanitizer().Sanitize(Markdown.ToHtml(markdown, Pipeline));
        if (SafeHtml.Count >= SafeHtmlCacheSize)
        {
            SafeHtml.Clear();
        }

        SafeHtml[markdown] = html;
        return html;
    }

    // The same few texts (the privacy notice, an event's description) are shown on every partner's page, and parsing
    // plus sanitising them is a large part of rendering such a page. The result depends on the text alone, so it is
    // kept, for a bounded number of texts (issue 17).
    private const int SafeHtmlCacheSize = 256;
    private static readonly ConcurrentDictionary<string, string> SafeHtml = new(StringComparer.Ordinal);

    /// <summary>
    /// Markdown → plain text (calendar descriptions, the text part of emails); empty for no text. A link keeps its
    /// address after its words, "slides (https://…)": in plain text the words alone would lead nowhere.
    /// </summary>
    public static string ToPlainText(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => !l.IsImage && !string.IsNullOrWhiteSpace(l.Url)).ToList())
        {
            var words = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            if (words != link.Url)
            {
                link.InsertAfter(new LiteralInline($" ({link.Url})"));
            }
        }

        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().Trim();
    }

    /// <summary>What every link in organiser text carries: don't pass our page on, don't send it as referrer, don't vouch for it.</summary>
    public const string LinkRel = "noopener noreferrer nofollow";

    // A new sanitizer per call: its settings and events are per instance, and creating one is cheap next to parsing.
    private static HtmlSanitizer NewSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("rel");
        sanitizer.PostProcessNode += (_, e) =>
        {
            switch (e.Node)
            {
                case IElement { LocalName: "a" } link when link.HasAttribute("href"):
                    link.SetAttribute("rel", LinkRel);
                    break;
                case IElement { LocalName: "a" } link:
                    // Its address was refused (javascript:, data:, ...): the words stay, as text, not as a dead link.
                    Unwrap(link);
                    break;
                case IElement { LocalName: "img" } image when IsExternal(image.GetAttribute("src")):
                    ImageAsLink(image);
                    break;
                case IElement { LocalName: "img" } image when !image.HasAttribute("src"):
                    // Its source was refused (javascript:, data:): only its alt text is left to show.
                    image.Replace(image.Owner!.CreateTextNode(image.GetAttribute("alt") ?? ""));
                    break;
            }
        };
        return sanitizer;
    }

    /// <summary>
    /// An image from another site would be loaded by every reader's browser, telling that site who read the page and
    /// when (a tracking pixel). It becomes a link to the image, named by its alt text, that a reader may follow.
    /// </summary>
    private static void ImageAsLink(IElement image)
    {
        var src = image.GetAttribute("src")!;
        var alt = image.GetAttribute("alt");
        var link = image.Owner!.CreateElement("a");
        link.SetAttribute("href", src);
        link.SetAttribute("rel", LinkRel);
        link.TextContent = string.IsNullOrWhiteSpace(alt) ? src : alt;
        image.Replace(link);
    }

    private static void Unwrap(IElement element)
    {
        var parent = element.Parent;
        if (parent is null)
        {
            return;
        }

        foreach (var child in element.ChildNodes.ToList())
        {
            parent.InsertBefore(child, element);
        }

        element.Remove();
    }

    // The sanitizer has already dropped other schemes; a relative source ("/x.png", a file URI to .NET on Linux) is EventHub's own.
    private static bool IsExternal(string? src) =>
        src is not null && (src.StartsWith("//", StringComparison.Ordinal)
                           || (Uri.TryCreate(src, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"));
}
