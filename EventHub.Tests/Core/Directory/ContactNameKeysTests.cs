using EventHub.Core.Directory;

namespace EventHub.Tests.Core.Directory;

public class ContactNameKeysTests
{
    [Theory]
    [InlineData("de Vries", "Vries")]
    [InlineData("van der Berg", "Berg")]
    [InlineData("'t Hart", "Hart")]
    [InlineData("Bakker", "Bakker")]
    [InlineData("de", "de")]
    public void FilingName_SkipsTheLowerCasePrefixOfALastName(string lastName, string expected) =>
        Assert.Equal(expected, ContactNameKeys.FilingName(lastName));

    [Theory]
    [InlineData("Ömer", "Özdemir", "omer ozdemir", "ozdemir omer")]
    [InlineData("Anna", "de  Vries", "anna de vries", "vries anna")]
    [InlineData("Jan-Willem", "van der BERG", "jan-willem van der berg", "berg jan-willem")]
    public void Keys_FoldCaseAccentsAndDutchPrefixes(string firstName, string lastName, string search, string sort) =>
        Assert.Equal((search, sort), (ContactNameKeys.Search(firstName, lastName), ContactNameKeys.Sort(firstName, lastName)));
}
