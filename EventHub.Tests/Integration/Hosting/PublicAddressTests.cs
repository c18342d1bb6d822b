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
