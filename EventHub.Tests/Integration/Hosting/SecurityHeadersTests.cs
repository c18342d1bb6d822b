using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using EventHub.Tests.Support;

namespace EventHub.Tests.Integration.Hosting;

/// <summary>Every kind of response carries the security headers: a staff page, a partner's personal page, a static file, the health check and a 404.</summary>
public partial class SecurityHeadersTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    public static TheoryData<string> AnonymousAddresses => new() { "/Account/Login", "/css/eventhub.css", "/healthz" };

    [Theory]
    [MemberData(nameof(AnonymousAddresses))]
    public async Task AnyResponse_CarriesEverySecurityHeader(string address)
    {
        var response = await SignIn.NewClient(app.Factory).GetAsync(address);

        AssertSecurityHeaders(response, "strict-origin-when-cross-origin");
    }

    [Fact]
    public async Task NotFound_StillCarriesTheHeaders()
    {
        var client = await SignIn.AsAsync(app.Factory, "organiser@eventhub.example");

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertSecurityHeaders(response, "strict-origin-when-cross-origin");
    }

    [Fact]
    public async Task StaffPage_CarriesTheHeaders_AndThePolicyAllowsItsImportMap()
    {
        var client = await SignIn.AsAsync(app.Factory, "organiser@eventhub.example");

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response, "strict-origin-when-cross-origin");
        var importMap = ImportMap().Match(html);
        Assert.True(importMap.Success, "the page has an inline import map");
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap.Groups[1].Value)));
        Assert.Contains($"'sha256-{hash}'", Policy(response));
    }

    [Fact]
    public async Task PersonalLinkPage_KeepsNoReferrer_AndCarriesTheOtherHeaders()
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        var token = await PartnerLinks.InviteAsync(app.Factory.Services, published.Id, "Header");

        var response = await SignIn.NewClient(app.Factory).GetAsync($"/rsvp/{token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response, "no-referrer");
    }

    [Fact]
    public async Task Policy_HasNoUnsafeEval_NoOtherSites_AndNoFraming()
    {
        var policy = Policy(await SignIn.NewClient(app.Factory).GetAsync("/Account/Login"));
        var directives = policy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d);

        Assert.DoesNotContain("'unsafe-eval'", policy);
        Assert.DoesNotContain("http", policy); // no CDN or other host anywhere
        Assert.DoesNotContain("'unsafe-inline'", directives["script-src"]);
        Assert.DoesNotContain("'wasm-unsafe-eval'", policy); // WebAssembly only where the door's scanner runs
        Assert.Equal("style-src 'self' 'unsafe-inline'", directives["style-src"]);
        Assert.Equal("connect-src 'self'", directives["connect-src"]);
        Assert.Equal("frame-ancestors 'none'", directives["frame-ancestors"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
    }

    [Fact]
    public async Task DoorPages_AlsoAllowWebAssembly_ForTheQrScanner()
    {
        var client = await SignIn.AsAsync(app.Factory, "door@eventhub.example");
        var elsewhere = Policy(await client.GetAsync("/Account/Login"));

        var response = await client.GetAsync("/check-in");
        var policy = Policy(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response, "strict-origin-when-cross-origin");
        var scripts = policy.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.EndsWith(" 'wasm-unsafe-eval'", scripts);
        Assert.Equal(elsewhere, policy.Replace(" 'wasm-unsafe-eval'", "", StringComparison.Ordinal));
        Assert.DoesNotContain("'unsafe-eval'", policy);
    }

    [Fact]
    public async Task ScannerWebAssembly_IsServedAsWasm_FromTheAppItself()
    {
        var client = SignIn.NewClient(app.Factory);

        var wasm = await client.GetAsync("/lib/zxing-wasm/zxing_reader.wasm");
        var module = await client.GetAsync("/js/door/scanner.js");

        Assert.Equal(HttpStatusCode.OK, wasm.StatusCode);
        Assert.Equal("application/wasm", wasm.Content.Headers.ContentType?.MediaType);
        Assert.True((await wasm.Content.ReadAsByteArrayAsync()).AsSpan().StartsWith("\0asm"u8), "the file is WebAssembly");
        Assert.Equal(HttpStatusCode.OK, module.StatusCode);
        Assert.Equal("text/javascript", module.Content.Headers.ContentType?.MediaType);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, string referrerPolicy)
    {
        Assert.StartsWith("default-src 'self'; script-src 'self' 'sha256-", Policy(response));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options")); // browsers without frame-ancestors; not antiforgery's SAMEORIGIN
        Assert.Equal(referrerPolicy, Header(response, "Referrer-Policy"));
        var permissions = Header(response, "Permissions-Policy");
        Assert.StartsWith("camera=(self), ", permissions);
        Assert.Equal(1, Regex.Count(permissions, @"\(self\)")); // the camera, and nothing else, for the site itself
    }

    private static string Policy(HttpResponseMessage response) => Header(response, "Content-Security-Policy");

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? Assert.Single(values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing on {response.RequestMessage!.RequestUri}");

    [GeneratedRegex("<script type=\"importmap\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMap();
}
