using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>The real app on a real loopback port, for a real browser to talk to.</summary>
public sealed class KestrelAppFactory : EventHubAppFactory
{
    public KestrelAppFactory()
    {
        UseKestrel(0);
    }

    /// <summary>Starts the server (once) and returns its address, e.g. http://127.0.0.1:41235.</summary>
    public string Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return address.Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1").TrimEnd('/');
    }
}
