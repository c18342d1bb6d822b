using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace EventHub.Tests.Support;

/// <summary>The test app with some settings of its own on top of <see cref="EventHubAppFactory"/>'s, and its own database.</summary>
public sealed class ConfiguredAppFactory(params (string Key, string? Value)[] settings) : EventHubAppFactory
{
    public string Environment { get; init; } = "Testing";

    /// <summary>Receives every log entry, from the first line of start-up on.</summary>
    public RecordingLoggerProvider? Log { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (Log is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(Log));
        }
    }
}
