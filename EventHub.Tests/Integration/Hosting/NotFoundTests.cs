using System.Net;
using EventHub.Tests.Support;

namespace EventHub.Tests.Integration.Hosting;

/// <summary>A mistyped address answers the friendly "not found" page, whoever asks; real staff pages still ask to sign in.</summary>
public class NotFoundTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/evnets")]
    [InlineData("/events/12/nonsense")]
    public async Task AnonymousVisitor_MistypedAddress_GetsTheNotFoundPage(string address)
    {
        var response = await SignIn.NewClient(app.Factory).GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<h1>Page not found</h1>", html);
        Assert.DoesNotContain("Account/Login", response.Headers.Location?.ToString() ?? "");
    }

    [Fact]
    public async Task AnonymousVisitor_StaffPage_IsStillSentToSignIn()
    {
        var response = await SignIn.NewClient(app.Factory).GetAsync("/events");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task AnonymousVisitor_MistypedAddressWithDutchBrowser_GetsTheDutchNotFoundPage()
    {
        var client = SignIn.NewClient(app.Factory);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("nl-NL");

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("lang=\"nl\"", await response.Content.ReadAsStringAsync());
    }
}
