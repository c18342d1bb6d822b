using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Hosting;

public class PublicAddressTests
{
    [Fact]
    public void Development_WithoutABaseUrl_LinksUseTheAddressTheAppListensOn()
    {
        using var factory = new DevelopmentOnAnyPort();
        factory.StartServer();

        var listening = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        var links = factory.Services.GetRequiredService<SiteLinks>();

        Assert.NotEqual(new Uri("http://localhost:5080/"), links.Root);
        Assert.Equal($"{listening}/rsvp/abc", links.Rsvp("abc"));
    }

    [Fact]
    public void BaseUrlSet_LinksUseIt_WithOrWithoutATrailingSlash()
    {
        using var factory = new ConfiguredAppFactory(("EventHub:PublicBaseUrl", "https://eventhub.example/alliance"));

        var links = factory.Services.GetRequiredService<SiteLinks>();

        Assert.Equal("https://eventhub.example/alliance/e/voorjaarsdialoog", links.PublicEvent("voorjaarsdialoog"));
    }

    /// <summary>
    /// Demo data is seeded before the server has bound its address, and its emails carry links: they take the address the
    /// app was told to listen on, not the default port (which sent every demo partner to localhost:5080 on another port).
    /// </summary>
    [Theory]
    [InlineData("http://127.0.0.1:5091", "http://127.0.0.1:5091/")]
    [InlineData("http://0.0.0.0:8080;https://0.0.0.0:8443", "http://localhost:8080/")]
    [InlineData("http://+:8080", "http://localhost:8080/")]
    [InlineData("http://*:8080", "http://localhost:8080/")]
    [InlineData("http://[::]:8080", "http://localhost:8080/")]
    [InlineData("http://127.0.0.1:0", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void BeforeTheServerListens_LinksUseTheAddressItWasToldToListenOn(string? urls, string? expected) =>
        Assert.Equal(expected, EventHub.App.Hosting.PublicAddress.FirstAddress(urls)?.ToString());

    private sealed class DevelopmentOnAnyPort : EventHubAppFactory
    {
        public DevelopmentOnAnyPort() => UseKestrel(0);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Development");
        }
    }
}
