using System.Globalization;
using EventHub.Core.Common;

namespace EventHub.Tests.Core.Common;

/// <summary>A download link's <c>lang=</c> picks the file's language; without a known one the reader's screen language does.</summary>
public class LanguageCodeTests
{
    [Theory]
    [InlineData("nl", "en-GB", Language.Nl)]
    [InlineData(" NL ", "en-GB", Language.Nl)]
    [InlineData("en", "nl-NL", Language.En)]
    [InlineData(null, "nl-NL", Language.Nl)]
    [InlineData("fr", "nl-NL", Language.Nl)]
    [InlineData(null, "de-DE", Language.En)]
    public void FromCode_TheLinksLanguage_ElseTheReaders(string? code, string screen, Language expected)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(screen);
        try
        {
            Assert.Equal(expected, Languages.FromCode(code));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
