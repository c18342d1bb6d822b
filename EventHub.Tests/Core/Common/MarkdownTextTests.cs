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
        Assert.Contains("rel=\"noopener nofollow\"", html);
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
    [InlineData(null)]
    [InlineData("  ")]
    public void ToSafeHtml_NoText_IsEmpty(string? markdown) => Assert.Equal("", MarkdownText.ToSafeHtml(markdown));
}
