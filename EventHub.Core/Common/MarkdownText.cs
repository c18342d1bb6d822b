using Ganss.Xss;
using Markdig;

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

        var html = Markdown.ToHtml(markdown, Pipeline);
        return NewSanitizer().Sanitize(html);
    }

    /// <summary>Markdown → plain text (for calendar descriptions); empty for no text.</summary>
    public static string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, Pipeline).Trim();

    // A new sanitizer per call: its settings and events are per instance, and creating one is cheap next to parsing.
    private static HtmlSanitizer NewSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedAttributes.Add("rel");
        sanitizer.PostProcessNode += (_, e) =>
        {
            // Links in organiser text point elsewhere: don't pass our page on (noopener) or vouch for it (nofollow).
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link && link.HasAttribute("href"))
            {
                link.SetAttribute("rel", "noopener nofollow");
            }
        };
        return sanitizer;
    }
}
