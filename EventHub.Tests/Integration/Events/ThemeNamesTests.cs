using System.Net;
using System.Net.Http.Headers;
using EventHub.Tests.Support;

namespace EventHub.Tests.Integration.Events;

/// <summary>Themes on public pages speak the page's language.</summary>
public class ThemeNamesTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Theory]
    [InlineData("nl", "SDG 4 Kwaliteitsonderwijs", "SDG 4 Quality education")]
    [InlineData("en", "SDG 4 Quality education", "SDG 4 Kwaliteitsonderwijs")]
    public async Task PublicEventPage_ShowsThemesInThePagesLanguage(string language, string shown, string notShown)
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        var client = SignIn.NewClient(app.Factory);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/e/{published.Slug}"));

        Assert.Contains($"<html lang=\"{language}\"", html);
        Assert.Contains(shown, html);
        Assert.DoesNotContain(notShown, html);
    }
}
