using EventHub.Core.Common;

namespace EventHub.Tests.Core.Common;

/// <summary>Erasing a person takes their values out of text without damaging the words around them.</summary>
public class WordScrubberTests
{
    private static readonly WordScrubber EdKok = new(new(["Ed Kok", "Ed", "Kok", " ", null, "K"], ["ed.kok@elders.example"]), "[x]");

    [Theory]
    [InlineData("Ed", "[x]")]
    [InlineData("  ED ", "[x]")]
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
        Assert.Equal("Invitation for [x], and [x]", Names(["An", "An de Wit"]).Scrub("Invitation for An de Wit, and An"));

    [Theory]
    [InlineData("Jan, uw plek op 14 jan", "[x], uw plek op 14 jan")]
    [InlineData("JAN DE VRIES komt op 3 mei", "[x] komt op 3 mei")]
    [InlineData("jan de vries, 14 jan", "[x], 14 jan")]
    [InlineData("Uitnodiging voor JAN", "Uitnodiging voor [x]")]
    [InlineData("jan", "jan")]
    public void Names_AOneWordNameInLowerCase_IsAWordNotTheName(string text, string expected) =>
        Assert.Equal(expected, Names(["Jan de Vries", "de Vries", "Jan"]).Scrub(text));

    [Fact]
    public void Names_ANameWrittenInLowerCase_GoesWhereverItStandsAsWritten_ButTheMonthOfADate() =>
        Assert.Equal("[x], uw plek op 3 mei, [x] kookt", Names(["mei Chen", "Chen", "mei"]).Scrub("mei, uw plek op 3 mei, mei kookt"));

    [Theory]
    [InlineData("Meeting on 14 May", "Meeting on 14 May")]
    [InlineData("Dear May, your place on 14 May", "Dear [x], your place on 14 May")]
    [InlineData("MAY, see you on 14 MAY", "[x], see you on 14 MAY")]
    [InlineData("Invitation: Alliance day, Thursday, May 14, 2026", "Invitation: Alliance day, Thursday, May 14, 2026")]
    [InlineData("Report-back of the 14th of May with May", "Report-back of the 14th of May with [x]")]
    [InlineData("Programme for May 2026, by May Jansen", "Programme for May 2026, by [x]")]
    [InlineData("May, 14 partners are coming", "[x], 14 partners are coming")]
    [InlineData("From May to Room 42", "From [x] to Room 42")]
    [InlineData("May", "[x]")]
    public void Names_AnEnglishMonthAsAName_StaysWhereItIsTheMonthOfADate_AndGoesWhereItIsThePerson(string text, string expected) =>
        Assert.Equal(expected, Names(["May Jansen", "Jansen", "May"]).Scrub(text));

    [Theory]
    [InlineData("Uitnodiging: bijeenkomst op donderdag 4 juni 2026", "Uitnodiging: bijeenkomst op donderdag 4 juni 2026")]
    [InlineData("Beste Juni, uw plek op 4 Juni", "Beste [x], uw plek op 4 Juni")]
    [InlineData("Terugblik JUNI 2026 voor Juni de Boer", "Terugblik JUNI 2026 voor [x]")]
    [InlineData("Juni, tot 4 juni!", "[x], tot 4 juni!")]
    [InlineData("Juni", "[x]")]
    public void Names_ADutchMonthAsAName_StaysWhereItIsTheMonthOfADate_AndGoesWhereItIsThePerson(string text, string expected) =>
        Assert.Equal(expected, Names(["Juni de Boer", "de Boer", "Juni"]).Scrub(text));

    [Fact]
    public void Scrub_AnOtherValueThatIsAMonth_GoesEvenInADate_AsOnlyNamesCanBeTold() =>
        Assert.Equal("Meeting on 14 [x]", new WordScrubber(new([], ["May"]), "[x]").Scrub("Meeting on 14 May"));

    /// <summary>A colleague called May, with her address and phone: one scrubber, each value by its own rules.</summary>
    [Theory]
    [InlineData("Dear May, see you on 14 May", "Dear [x], see you on 14 May")]
    [InlineData("Mail MAY@Groningen.NL or may.devries@groningen.nl by 14 May", "Mail [x] or [x] by 14 May")]
    [InlineData("may@groningen.nl", "[x]")]
    [InlineData("Call 050 367 1400 (May de Vries), 14 May 2026", "Call [x] ([x]), 14 May 2026")]
    [InlineData("may de vries: 14 May", "[x]: 14 May")]
    public void Scrub_NamesAndOtherValuesTogether_NamesKeepTheDatesMonth_AndAddressesGoInAnyCase(string text, string expected) =>
        Assert.Equal(expected, new WordScrubber(new(["May de Vries", "May", "de Vries"], ["May@Groningen.nl", "may.devries@groningen.nl", "050 367 1400"]), "[x]").Scrub(text));

    private static WordScrubber Names(string?[] names) => new(new(names, []), "[x]");
}
