using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventHub.Tests.Support;

/// <summary>
/// The real app on a real loopback port, for a real browser to talk to. The port is chosen before start-up so the
/// app's public base URL is this server: links in emails (the Outbox page) open in the browser as they would for a partner.
/// </summary>
public sealed class KestrelAppFactory : EventHubAppFactory
{
    private readonly int _port = FreePort();
    private readonly bool _quickToGiveUpWhenBusy;

    /// <param name="quickToGiveUpWhenBusy">
    /// One retry and short waits when SQLite is busy, so a write lock held by another connection outlasts every
    /// attempt within about two seconds instead of half a minute (see RsvpBusyDatabaseTests); no background sender.
    /// </param>
    /// <param name="newInstall">An empty, migrated database and no demo: an alliance's first day, before anyone set anything up.</param>
    public KestrelAppFactory(bool quickToGiveUpWhenBusy = false, bool newInstall = false)
        : base(seedAtStart: newInstall)
    {
        _quickToGiveUpWhenBusy = quickToGiveUpWhenBusy;
        _newInstall = newInstall;
        // The address is a setting of the app (ConfigureWebHost), not UseKestrel(port): with a port, the factory sets
        // the server's addresses after the app is built, while the app's own Main goes on to start it. On a loaded
        // machine the app could start first, and the factory then failed with "IServerAddressesFeature.Addresses
        // cannot be modified after the server has started" (a whole story collection lost in one run; the race is
        // dotnet/aspnetcore#67714, not yet in a release).
        UseKestrel();
    }

    private readonly bool _newInstall;

    public string BaseUrl => $"http://127.0.0.1:{_port}";

    /// <summary>
    /// The app's warnings and errors (the framework's too), for a story's failure to tell (<see cref="SignInWitness"/>);
    /// not its information log, which would be formatted and kept for every request of every story.
    /// </summary>
    public RecordingLoggerProvider Log { get; } = new();

    /// <summary>Starts the server (once) and returns its address, e.g. http://127.0.0.1:41235.</summary>
    public string Start()
    {
        SignInWitness.Watch(BaseUrl, Log);
        StartServer();
        return BaseUrl;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseUrls(BaseUrl);
        builder.UseSetting("EventHub:PublicBaseUrl", BaseUrl + "/");
        if (_newInstall)
        {
            builder.UseSetting("EventHub:SeedDemoData", "false");
        }
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, AxeScript.Endpoint>());
        builder.ConfigureLogging(logging => logging.AddProvider(Log).AddFilter<RecordingLoggerProvider>(null, LogLevel.Warning));
        // Open pages check the security stamp every two seconds, so a deactivated person's page closes quickly.
        builder.UseSetting("EventHub:Accounts:RevalidationInterval", "00:00:02");
        if (_quickToGiveUpWhenBusy)
        {
            // Default Timeout is how long Microsoft.Data.Sqlite itself keeps retrying a busy statement (whole seconds).
            builder.UseSetting("ConnectionStrings:EventHub", ConnectionString + ";Default Timeout=1");
            builder.UseSetting("EventHub:Database:BusyTimeoutMilliseconds", "100");
            builder.UseSetting("EventHub:Database:WriteAttempts", "2");
            // The held lock is the test's only rival: a background writer (the outbox's claim every few seconds) would
            // queue before the page's write and double how long it waits for its "busy" answer.
            builder.UseSetting("EventHub:Smtp:WorkerEnabled", "false");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
