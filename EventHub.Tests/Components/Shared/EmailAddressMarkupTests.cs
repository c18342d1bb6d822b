using EventHub.App.Components.Shared;

namespace EventHub.Tests.Components.Shared;

public class EmailAddressMarkupTests
{
    [Theory]
    [InlineData("fatima@noorderpoort.example", "fatima@<wbr>noorderpoort.example")]
    [InlineData("<b>@x.example&", "&lt;b&gt;@<wbr>x.example&amp;")]
    [InlineData("no-at-sign", "no-at-sign")]
    public void Wrapping_BreaksAfterTheAtSignOnly_AndKeepsTheAddressEncoded(string address, string markup) =>
        Assert.Equal(markup, EmailAddressMarkup.Wrapping(address).Value);
}
