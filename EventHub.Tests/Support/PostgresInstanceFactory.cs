using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;

namespace EventHub.Tests.Support;

/// <summary>
/// One of several app instances on one PostgreSQL database, each on its own loopback port, as behind a load balancer:
/// the same Data Protection certificate (<see cref="TestCertificate"/>), live updates through LISTEN/NOTIFY, and its own
/// outbox sender polling every second against <paramref name="smtpPort"/>. No demo: the database is only migrated.
/// </summary>
public sealed class PostgresInstanceFactory : EventHubAppFactory
{
    private readonly int _port = FreePort();
    private readonly int _smtpPort;

    public PostgresInstanceFactory(string postgresConnectionString, int smtpPort)
        : base(postgresConnectionString, seedDemo: false)
    {
        _smtpPort = smtpPort;
        UseKestrel(_port);
    }

    public string BaseUrl => $"http://127.0.0.1:{_port}";

    /// <summary>Starts the server (once) and returns its address.</summary>
    public string Start()
    {
        StartServer();
        return BaseUrl;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("EventHub:PublicBaseUrl", BaseUrl + "/");
        builder.UseSetting("EventHub:Smtp:Host", "127.0.0.1");
        builder.UseSetting("EventHub:Smtp:Port", _smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("EventHub:Smtp:SecureSocketOptions", "None");
        builder.UseSetting("EventHub:Smtp:FromAddress", "eventhub@gemeente.example");
        builder.UseSetting("EventHub:Smtp:PollSeconds", "1");
        builder.UseSetting("EventHub:Smtp:BatchSize", "50");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
