using AngleSharp.Html.Parser;
using EventHub.Core.Common;

namespace EventHub.Tests.Core.Common;

public class MarkdownTextTests
{
    [Fact]
    public void ToSafeHtml_HeadingsListsAndLinks_Survive()
    {
        var html = MarkdownText.ToSafeHtml("## Programme\n\n- talk\n- **walk**\n\n[Forum](https://forum.example.org)");

        Assert.Contains("<h2", html);
        Assert.Contains("<li>talk</li>", html);
        Assert.Contains("<strong>walk</strong>", html);
        Assert.Contains("href=\"https://forum.example.org\"", html);
        Assert.Contains("rel=\"noopener noreferrer nofollow\"", html);
    }

    [Fact]
    public void ToSafeHtml_ScriptTag_IsNotMarkup()
    {
        var html = MarkdownText.ToSafeHtml("Hello <script>alert('x')</script> world\n\n<script>alert('y')</script>");

        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains("Hello", document.Body!.TextContent);
    }

    [Fact]
    public void ToSafeHtml_EventHandlerAttribute_IsRemoved()
    {
        var html = MarkdownText.ToSafeHtml("<img src=\"x.png\" onerror=\"alert(1)\"> and <a href=\"https://a.example\" onclick=\"steal()\">a</a>");

        // Raw HTML may stay visible as text, but never as elements or attributes the browser acts on.
        var elements = new HtmlParser().ParseDocument(html).Body!.QuerySelectorAll("*");
        Assert.DoesNotContain(elements, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(elements, e => e.LocalName == "img");
    }

    [Fact]
    public void ToSafeHtml_JavascriptLink_LosesItsTarget()
    {
        var html = MarkdownText.ToSafeHtml("[click me](javascript:alert(1)) and [mail](mailto:olga@example.org)");

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("click me", html);
        Assert.Contains("href=\"mailto:olga@example.org\"", html);
    }

    [Fact]
    public void ToPlainText_Markdown_LeavesTheWordsWithoutMarkup()
    {
        var text = MarkdownText.ToPlainText("Een middag over **gelijke kansen**.");

        Assert.Equal("Een middag over gelijke kansen.", text);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<svg onload=alert(1)><circle r=\"5\"/></svg>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("[klik](javascript:alert(1))")]
    [InlineData("[klik](JaVaScRiPt:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("![plaatje](javascript:alert(1))")]
    [InlineData("<p style=\"width: expression(alert(1))\">x</p>")]
    [InlineData("<div style=\"background:url(javascript:alert(1))\">x</div>")]
    [InlineData("<a href=\"javascript:alert(1)\">klik</a>")]
    [InlineData("<object data=\"x.swf\"></object><embed src=\"x.swf\">")]
    public void ToSafeHtml_HostilePayload_LeavesNothingTheBrowserWouldRun(string payload)
    {
        var html = MarkdownText.ToSafeHtml($"Notes before\n\n{payload}\n\nand after {payload}");

        var elements = new HtmlParser().ParseDocument(html).Body!.QuerySelectorAll("*");
        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "svg" or "iframe" or "object" or "embed" or "style");
        Assert.DoesNotContain(elements, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style"));
        Assert.DoesNotContain(elements, e => e.Attributes.Any(a => a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)));
        Assert.Contains("Notes before", html);
    }

    [Theory]
    [InlineData("[Forum](https://forum.example.org)")]
    [InlineData("<https://forum.example.org>")]
    [InlineData("[Mail](mailto:olga@example.org)")]
    [InlineData("![plaatje](https://tracker.example/p.gif)")]
    public void ToSafeHtml_EveryLink_IsNoopenerNoreferrerNofollow_WithoutNewWindow(string markdown)
    {
        var links = new HtmlParser().ParseDocument(MarkdownText.ToSafeHtml(markdown)).QuerySelectorAll("a");

        Assert.NotEmpty(links);
        Assert.All(links, a => Assert.Equal("noopener noreferrer nofollow", a.GetAttribute("rel")));
        Assert.All(links, a => Assert.Null(a.GetAttribute("target")));
    }

    [Theory]
    [InlineData("![pixel](https://tracker.example/p.gif)", "pixel")]
    [InlineData("![](http://tracker.example/p.gif)", "http://tracker.example/p.gif")]
    [InlineData("<img src=\"https://tracker.example/p.gif\" alt=\"pixel\">", null)]
    [InlineData("![pixel](//tracker.example/p.gif)", "pixel")]
    public void ToSafeHtml_ExternalImage_IsNotLoaded_ButOfferedAsALink(string markdown, string? linkText)
    {
        var document = new HtmlParser().ParseDocument(MarkdownText.ToSafeHtml($"Voor {markdown} na"));

        Assert.Empty(document.QuerySelectorAll("img"));
        if (linkText is not null)
        {
            // Markdown images become links named by their alt text (raw HTML is shown as text anyway).
            var link = Assert.Single(document.QuerySelectorAll("a"));
            Assert.Equal(linkText, link.TextContent);
            Assert.Contains("tracker.example/p.gif", link.GetAttribute("href"));
        }
    }

    [Fact]
    public void ToSafeHtml_ImageOfTheSiteItself_IsKept()
    {
        var document = new HtmlParser().ParseDocument(MarkdownText.ToSafeHtml("![plattegrond](/img/plattegrond.png)"));

        Assert.Equal("/img/plattegrond.png", Assert.Single(document.QuerySelectorAll("img")).GetAttribute("src"));
    }

    [Theory]
    [InlineData("[klik hier](javascript:window.x=1)")]
    [InlineData("[klik hier](data:text/html,<b>x</b>)")]
    [InlineData("[klik hier](vbscript:msgbox)")]
    public void ToSafeHtml_ScriptOrDataLink_IsRemoved_ItsWordsStay(string markdown)
    {
        var document = new HtmlParser().ParseDocument(MarkdownText.ToSafeHtml($"Zie {markdown}."));

        Assert.Empty(document.QuerySelectorAll("a"));
        Assert.Equal("Zie klik hier.", document.Body!.TextContent.Trim());
    }

    [Fact]
    public void ToSafeHtml_DataImage_IsRemoved()
    {
        var html = MarkdownText.ToSafeHtml("![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)");

        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("data:", html);
        Assert.Equal("<p>x</p>", html.Trim());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void ToSafeHtml_NoText_IsEmpty(string? markdown) => Assert.Equal("", MarkdownText.ToSafeHtml(markdown));

    [Fact]
    public void ToPlainText_KeepsALinksAddressAfterItsWords_ButNotTwice()
    {
        var text = MarkdownText.ToPlainText("The [slides](https://example.org/slides.pdf) and <https://example.org/map>.");

        Assert.Equal("The slides (https://example.org/slides.pdf) and https://example.org/map.", text);
    }
}
