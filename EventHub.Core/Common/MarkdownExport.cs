using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EventHub.Core.Common;

/// <summary>
/// Text written into a Markdown file that someone else renders (a wiki, a mail client, GitHub): a name or a statement
/// must come out as the same words, never as a link, an image, a heading or raw HTML; an organiser's own Markdown keeps
/// its formatting but loses what EventHub's own pages refuse too (raw HTML, script and data links, external images).
/// </summary>
public static class MarkdownExport
{
    // With HTML on: the renderer on the other side may well allow it, so that is what must be found.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>
    /// Plain text as Markdown that renders as exactly that text, on one line: markup characters are backslash-escaped
    /// (CommonMark lets any ASCII punctuation be escaped), and so is a start that would open a block (# heading,
    /// - list, &gt; quote, 1. list).
    /// </summary>
    public static string Text(string text)
    {
        var line = string.Join(' ', text.Split((char[])['\r', '\n', '\t', '\f', '\v'], StringSplitOptions.RemoveEmptyEntries).Select(part => part.Trim()))
            .Replace('\0', '\uFFFD');
        var md = new StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            // ":" and the "." of "www." too: renderers with GFM autolinks would otherwise make "https://..." and "www...." links.
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '!' or '&' or '|' or '~' or '{' or '}' or '(' or ')' or ':'
                || (c == '.' && i >= 3 && line.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase)))
            {
                md.Append('\\');
            }

            md.Append(c);
        }

        if (md.Length > 0 && md[0] is '#' or '+' or '-' or '=')
        {
            md.Insert(0, '\\');
        }
        else if (OrderedListStart(line) is { } marker)
        {
            md.Insert(marker, '\\');
        }

        return md.ToString();
    }

    /// <summary>
    /// An organiser's Markdown with its formatting, but with raw HTML, autolinks and links to anything other than web
    /// and mail addresses turned into literal text, and images from elsewhere (tracking pixels) turned into links.
    /// </summary>
    public static string Safe(string markdown)
    {
        // An escape can change how the rest parses ("\[x](data:<script>)" leaves a raw <script>): repeat until nothing changes.
        var safe = markdown;
        for (var pass = 0; pass < 10; pass++)
        {
            var next = SafeOnce(safe);
            if (next == safe)
            {
                break;
            }

            safe = next;
        }

        return safe.Replace('\0', '\uFFFD');
    }

    private static string SafeOnce(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var escapes = new SortedSet<int>();
        foreach (var html in document.Descendants<HtmlBlock>())
        {
            EscapeAll(markdown, html.Span, '<', escapes);
        }

        foreach (var html in document.Descendants<HtmlInline>())
        {
            EscapeAll(markdown, html.Span, '<', escapes);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().Where(a => !IsSafeUrl(a.Url)))
        {
            escapes.Add(autolink.Span.Start);
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.IsImage)
            {
                // "\![alt](url)" is a "!" and a link: the reader may still open the image, but no page loads it.
                escapes.Add(link.Span.Start);
                if (!IsSafeUrl(link.Url))
                {
                    escapes.Add(link.Span.Start + 1);
                    EscapeAll(markdown, link.Span, '<', escapes);
                }
            }
            else if (!IsSafeUrl(link.Url))
            {
                escapes.Add(link.Span.Start);
                EscapeAll(markdown, link.Span, '<', escapes);
            }
        }

        var safe = new StringBuilder(markdown);
        foreach (var at in escapes.Reverse().Where(at => at >= 0 && at < markdown.Length))
        {
            safe.Insert(at, '\\');
        }

        return safe.ToString();
    }

    private static void EscapeAll(string markdown, SourceSpan span, char c, SortedSet<int> escapes)
    {
        for (var i = Math.Max(0, span.Start); i <= span.End && i < markdown.Length; i++)
        {
            if (markdown[i] == c)
            {
                escapes.Add(i);
            }
        }
    }

    /// <summary>Web and mail addresses, and addresses within the page; not javascript:, data:, vbscript:, file: ...</summary>
    private static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return true;
        }

        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true;
        }

        var scheme = url[..colon].Trim().ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }

    /// <summary>Where the "." or ")" of an ordered-list start ("12. ", "3) ") is, or null.</summary>
    private static int? OrderedListStart(string line)
    {
        var digits = 0;
        while (digits < line.Length && digits < 10 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < line.Length && line[digits] is '.' && (digits + 1 == line.Length || line[digits + 1] == ' ') ? digits : null;
    }
}
