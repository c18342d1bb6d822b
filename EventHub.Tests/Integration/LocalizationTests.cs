using System.Net.Http.Headers;
using EventHub.Tests.Support;

namespace EventHub.Tests.Integration;

public class LocalizationTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Fact]
    public async Task LoginPage_NoPreference_IsEnglish()
    {
        var html = await SignIn.NewClient(app.Factory).GetStringAsync("/Account/Login");

        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains(">Sign in</h1>", html);
    }

    [Fact]
    public async Task LoginPage_BrowserPrefersDutch_IsDutch()
    {
        var client = SignIn.NewClient(app.Factory);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("nl-NL"));

        var html = await client.GetStringAsync("/Account/Login");

        Assert.Contains("<html lang=\"nl\"", html);
        Assert.Contains(">Inloggen</h1>", html);
    }

    [Fact]
    public async Task LanguageSwitch_SetsACookieThatWinsOverTheBrowser()
    {
        var client = SignIn.NewClient(app.Factory);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-GB"));

        var response = await client.GetAsync("/culture/nl?returnUrl=%2FAccount%2FLogin");
        var html = await client.GetStringAsync(response.Headers.Location);

        Assert.Equal("/Account/Login", response.Headers.Location!.OriginalString);
        Assert.Contains(">Inloggen</h1>", html);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/\t/evil.example/")] // browsers drop the tab: //evil.example
    [InlineData("/home\r\nSet-Cookie: taken=yes")]
    public async Task LanguageSwitch_UnsafeReturnUrl_GoesHome(string returnUrl)
    {
        var response = await SignIn.NewClient(app.Factory).GetAsync($"/culture/nl?returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task DatesOnHome_FollowTheCulture()
    {
        var client = await SignIn.AsAsync(app.Factory, "organiser@eventhub.example");
        await client.GetAsync("/culture/nl?returnUrl=%2F");

        var html = await client.GetStringAsync("/");

        Assert.Contains("Komende bijeenkomsten", html);
        Assert.Matches("(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \\d{1,2} [a-z]+ \\d{4}", html);
    }
}
