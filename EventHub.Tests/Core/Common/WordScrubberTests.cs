using EventHub.Core.Common;

namespace EventHub.Tests.Core.Common;

/// <summary>Erasing a person takes their values out of text without damaging the words around them.</summary>
public class WordScrubberTests
{
    private static readonly WordScrubber EdKok = new(["Ed Kok", "Ed", "Kok", "ed.kok@elders.example", " ", null, "K"], "[x]");

    [Theory]
    [InlineData("Ed", "[x]")]
    [InlineData("  ed ", "[x]")]
    [InlineData("ED.KOK@elders.example", "[x]")]
    [InlineData("Ed Kok · Alliantiedag", "[x] · Alliantiedag")]
    [InlineData("Mail from ed.kok@elders.example about Ed", "Mail from [x] about [x]")]
    [InlineData("Kok-Janssen", "[x]-Janssen")]
    public void Scrub_APersonsValueWholeOrAsAWord_IsReplaced(string text, string expected) =>
        Assert.Equal(expected, EdKok.Scrub(text));

    [Theory]
    [InlineData("Refused")]
    [InlineData("AwaitingApproval")]
    [InlineData("Edited by the Kokkerij")]
    [InlineData("Keukenhof")]
    [InlineData("")]
    [InlineData(null)]
    public void Scrub_OtherWordsThatHoldTheValue_StayAsTheyWere(string? text) =>
        Assert.Equal(text, EdKok.Scrub(text));

    [Fact]
    public void Scrub_AFullNameWithItsFirstName_GoesAsOne() =>
        Assert.Equal("Invitation for [x], and [x]", new WordScrubber(["An", "An de Wit"], "[x]").Scrub("Invitation for An de Wit, and an"));
}
