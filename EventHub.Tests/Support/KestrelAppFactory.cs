using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;

namespace EventHub.Tests.Support;

/// <summary>
/// The real app on a real loopback port, for a real browser to talk to. The port is chosen before start-up so the
/// app's public base URL is this server: links in emails (the Outbox page) open in the browser as they would for a partner.
/// </summary>
public sealed class KestrelAppFactory : EventHubAppFactory
{
    private readonly int _port = FreePort();

    public KestrelAppFactory()
    {
        UseKestrel(_port);
    }

    public string BaseUrl => $"http://127.0.0.1:{_port}";

    /// <summary>Starts the server (once) and returns its address, e.g. http://127.0.0.1:41235.</summary>
    public string Start()
    {
        StartServer();
        return BaseUrl;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("EventHub:PublicBaseUrl", BaseUrl + "/");
        // Open pages check the security stamp every two seconds, so a deactivated person's page closes quickly.
        builder.UseSetting("EventHub:Accounts:RevalidationInterval", "00:00:02");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
