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

    [Theory]
    [InlineData("Jan, uw plek op 14 jan", "[x], uw plek op 14 jan")]
    [InlineData("JAN DE VRIES komt op 3 mei", "[x] komt op 3 mei")]
    [InlineData("jan de vries, 14 jan", "[x], 14 jan")]
    [InlineData("Uitnodiging voor JAN", "Uitnodiging voor [x]")]
    [InlineData("jan", "jan")]
    public void Names_AOneWordNameInLowerCase_IsAWordNotTheName(string text, string expected) =>
        Assert.Equal(expected, WordScrubber.Names(["Jan de Vries", "de Vries", "Jan"], "[x]").Scrub(text));

    [Fact]
    public void Names_ANameWrittenInLowerCase_GoesWhereverItStandsAsWritten() =>
        Assert.Equal("[x], uw plek op 3 [x]", WordScrubber.Names(["mei Chen", "Chen", "mei"], "[x]").Scrub("mei, uw plek op 3 mei"));
}
