using System.Net;
using EventHub.Core.Demo;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using IcalCalendar = Ical.Net.Calendar;

namespace EventHub.Tests.Integration.Hosting;

public class HttpHardeningTests
{
    [Fact]
    public async Task SecureCookies_On_SignInAndLanguageCookiesAreSecureHttpOnlyAndLax()
    {
        using var factory = With(("EventHub:Http:SecureCookies", "true"));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var form = await client.GetAsync("/Account/Login");
        var signIn = await SignIn.PostLoginAsync(client, "organiser@eventhub.example", DemoSeeder.DemoPassword);
        var culture = await client.GetAsync("/culture/nl?returnUrl=%2F");

        var cookies = SetCookies(form).Concat(SetCookies(signIn)).Concat(SetCookies(culture)).ToList();
        Assert.Contains(cookies, c => c.StartsWith("EventHub.Auth=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.All(cookies, cookie =>
        {
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Matches("; samesite=(lax|strict)", cookie.ToLowerInvariant());
        });
    }

    [Fact]
    public async Task SecureCookies_Off_CookiesWorkOverPlainHttp()
    {
        using var factory = new EventHubAppFactory(); // sets SecureCookies=false, as for a loopback test server
        var client = SignIn.NewClient(factory);

        var signIn = await SignIn.PostLoginAsync(client, "organiser@eventhub.example", DemoSeeder.DemoPassword);

        var auth = Assert.Single(SetCookies(signIn), c => c.StartsWith("EventHub.Auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("; secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task HttpsRedirectionAndHsts_On_HttpGoesToHttps_AndHttpsIsPinnedForAYear()
    {
        using var factory = With(("EventHub:Http:HttpsRedirection", "true"), ("EventHub:Http:Hsts", "true"), ("https_port", "443"));

        var plain = await factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://eventhub.example"), AllowAutoRedirect = false })
            .GetAsync("/Account/Login");
        var secure = await factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://eventhub.example"), AllowAutoRedirect = false })
            .GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, plain.StatusCode);
        Assert.Equal("https://eventhub.example/Account/Login", plain.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(secure.Headers.GetValues("Strict-Transport-Security")));
    }

    [Theory]
    [InlineData("127.0.0.1", HttpStatusCode.OK)] // the proxy on this machine: the client used https, nothing to redirect
    [InlineData("203.0.113.9", HttpStatusCode.TemporaryRedirect)] // anyone else cannot claim https
    public async Task ForwardedProto_CountsOnlyFromAKnownProxy(string sender, HttpStatusCode expected)
    {
        using var factory = With(("EventHub:Http:HttpsRedirection", "true"), ("https_port", "443"));
        _ = factory.Server; // started

        var context = await factory.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = IPAddress.Parse(sender);
            http.Request.Host = new Microsoft.AspNetCore.Http.HostString("eventhub.example");
            http.Request.Path = "/Account/Login";
            http.Request.Headers["X-Forwarded-Proto"] = "https";
        });

        Assert.Equal((int)expected, context.Response.StatusCode);
    }

    [Fact]
    public async Task ForgedHostHeader_OutsideAllowedHosts_IsRefused()
    {
        using var factory = With(("AllowedHosts", "eventhub.example"));
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://eventhub.example"), AllowAutoRedirect = false });
        var forged = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        forged.Headers.Host = "evil.example";

        var refused = await client.SendAsync(forged);
        var allowed = await client.GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task ForgedHostHeader_NeverReachesACalendarFile()
    {
        using var factory = With(("EventHub:PublicBaseUrl", "https://eventhub.example/"));
        var published = await DemoEvents.FindAsync(factory, DemoEvents.PublishedTitle);
        var request = new HttpRequestMessage(HttpMethod.Get, $"/e/{published.Slug}/calendar.ics");
        request.Headers.Host = "evil.example";

        var response = await SignIn.NewClient(factory).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("evil.example", text);
        var entry = Assert.Single(IcalCalendar.Load(text)!.Events);
        Assert.Equal($"https://eventhub.example/e/{published.Slug}", entry.Url!.ToString());
    }

    private static ConfiguredAppFactory With(params (string Key, string? Value)[] settings) => new(settings);

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}
