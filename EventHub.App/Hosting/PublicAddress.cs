using EventHub.Core.Outbox;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace EventHub.App.Hosting;

/// <summary>
/// The address in every link EventHub sends or shows (<see cref="SiteLinks"/>): <c>EventHub:PublicBaseUrl</c>, never
/// the request's Host header. In Development without that setting it is the address the app listens on, so the
/// Outbox's links work with any <c>--urls</c>; elsewhere <see cref="ConfigurationChecks"/> requires the setting.
/// </summary>
public static class PublicAddress
{
    public const string Setting = $"{EventHubOptions.Section}:PublicBaseUrl";

    public static readonly Uri Default = new("http://localhost:5080/");

    public static void AddPublicAddress(this WebApplicationBuilder builder)
    {
        var configured = Configured(builder.Configuration);
        // Calendars name the sender as their organiser when an event names none.
        var sender = builder.Configuration[$"{SmtpOptions.Section}:{nameof(SmtpOptions.FromAddress)}"] is { Length: > 0 } from ? from.Trim() : null;
        if (configured is not null || !builder.Environment.IsDevelopment())
        {
            builder.Services.AddSingleton(new SiteLinks(configured ?? Default) { SenderAddress = sender });
            return;
        }

        // Before the server has bound its addresses (demo data is seeded then, and its emails are written) the address
        // it is told to listen on serves (--urls, ASPNETCORE_URLS or launchSettings), when it names a port; the bound one
        // is kept once the app runs.
        var told = FirstAddress(builder.Configuration[WebHostDefaults.ServerUrlsKey]);
        builder.Services.AddSingleton(services =>
        {
            var server = services.GetRequiredService<IServer>();
            var started = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted;
            Uri? listening = null;
            return new SiteLinks(() => started.IsCancellationRequested
                ? (listening ??= Listening(server)) ?? told ?? Default
                : Listening(server) ?? told ?? Default) { SenderAddress = sender };
        });
    }

    /// <summary>
    /// The first of a list of listening addresses ("http://0.0.0.0:8080;https://+:8443") as a browser reaches it, "any
    /// address" on localhost; null for none, or while the port is still to be chosen (port 0).
    /// </summary>
    internal static Uri? FirstAddress(string? addresses)
    {
        var address = addresses?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (address is null || !Uri.TryCreate(address.Replace("://+", "://localhost").Replace("://*", "://localhost"), UriKind.Absolute, out var uri))
        {
            return null;
        }

        if (uri.Port == 0)
        {
            return null;
        }

        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port, "/").Uri;
    }

    /// <summary>The configured base URL, ending in a slash; null when it is not set or not an absolute http(s) URL.</summary>
    public static Uri? Configured(IConfiguration configuration) =>
        Uri.TryCreate(configuration[Setting], UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? new Uri(uri.ToString().TrimEnd('/') + "/")
            : null;

    private static Uri? Listening(IServer server) =>
        FirstAddress(server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault());
}
