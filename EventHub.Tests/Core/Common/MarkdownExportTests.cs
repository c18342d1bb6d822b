using AngleSharp.Html.Parser;
using EventHub.Core.Common;
using Markdig;

namespace EventHub.Tests.Core.Common;

/// <summary>Text and organiser Markdown written into an exported Markdown file that a wiki or mail client renders.</summary>
public class MarkdownExportTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[klik](javascript:alert(1))")]
    [InlineData("![pixel](https://tracker.example/p.gif)")]
    [InlineData("<https://evil.example>")]
    [InlineData("zie https://evil.example/?d=1 en www.evil.example")]
    [InlineData("# Kop")]
    [InlineData("- lijst")]
    [InlineData("+ lijst")]
    [InlineData("> citaat")]
    [InlineData("12. genummerd")]
    [InlineData("**vet** _schuin_ `code` ~~weg~~ | a | b |")]
    [InlineData("&lt; &amp; &#60;")]
    [InlineData("a\\*b \\ c")]
    [InlineData("{{7*7}} ${7*7} @(7*7)")]
    public void Text_AnyTypedText_RendersAsExactlyThatText(string typed)
    {
        foreach (var pipeline in new[] { new MarkdownPipelineBuilder().Build(), new MarkdownPipelineBuilder().UseAdvancedExtensions().Build() })
        {
            var body = new HtmlParser().ParseDocument(Markdown.ToHtml("- " + MarkdownExport.Text(typed), pipeline)).Body!;

            Assert.Equal(typed, body.TextContent.Trim());
            Assert.Equal(["ul", "li"], body.QuerySelectorAll("*").Select(e => e.LocalName));
        }
    }

    [Fact]
    public void Text_LineBreaksAndNul_StayOnOneLine()
    {
        Assert.Equal("Overleg ATTENDEE\\:mailto\\:evil@evil.example", MarkdownExport.Text("Overleg\r\nATTENDEE:mailto:evil@evil.example"));
        Assert.Equal("Nul\uFFFDteken", MarkdownExport.Text("Nul\0teken"));
    }

    [Fact]
    public void Safe_OrganiserMarkdown_KeepsItsFormattingAndWebLinks()
    {
        const string summary = "We made **three** agreements:\n\n- one\n- two\n\nSee [the minutes](https://gemeente.example/notulen).";

        Assert.Equal(summary, MarkdownExport.Safe(summary));
    }

    [Theory]
    [InlineData("<script>window.x=1</script>", "<script>window.x=1</script>")]
    [InlineData("Tekst <img src=x onerror=\"window.x=1\"> na", "Tekst <img src=x onerror=\"window.x=1\"> na")]
    [InlineData("[Klik hier](javascript:window.x=1)", "[Klik hier](javascript:window.x=1)")]
    [InlineData("[Agenda](data:text/html,<script>window.x=1</script>)", "[Agenda](data:text/html,<script>window.x=1</script>)")]
    [InlineData("<javascript:window.x=1>", "<javascript:window.x=1>")]
    public void Safe_RawHtmlAndScriptLinks_RenderAsText(string markdown, string shown)
    {
        var body = new HtmlParser().ParseDocument(Markdown.ToHtml(MarkdownExport.Safe(markdown))).Body!;

        Assert.Equal(shown, body.TextContent.Trim());
        Assert.Equal(["p"], body.QuerySelectorAll("*").Select(e => e.LocalName));
    }

    [Fact]
    public void Safe_ExternalImage_BecomesALinkToIt()
    {
        var body = new HtmlParser().ParseDocument(Markdown.ToHtml(MarkdownExport.Safe("![pixel](https://tracker.example/p.gif)"))).Body!;

        Assert.Empty(body.QuerySelectorAll("img"));
        Assert.Equal("https://tracker.example/p.gif", Assert.Single(body.QuerySelectorAll("a")).GetAttribute("href"));
    }
}
