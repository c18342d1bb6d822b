using EventHub.App.Components.Shared;

namespace EventHub.Tests.Components.Shared;

public class EmailAddressMarkupTests
{
    [Theory]
    [InlineData("fatima@noorderpoort.example", "fatima@<wbr>noorderpoort<wbr>.example")]
    [InlineData("m.vandenberghe@onderwijs.gemeente.example", "m<wbr>.vandenberghe@<wbr>onderwijs<wbr>.gemeente<wbr>.example")]
    [InlineData("<b>@x.example&", "&lt;b&gt;@<wbr>x<wbr>.example&amp;")]
    [InlineData("no-at-sign", "no-at-sign")]
    public void Wrapping_BreaksAfterTheAtSignAndBeforeEachDotOnly_AndKeepsTheAddressEncoded(string address, string markup) =>
        Assert.Equal(markup, EmailAddressMarkup.Wrapping(address).Value);
}
