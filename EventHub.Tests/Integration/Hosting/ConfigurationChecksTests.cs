using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventHub.Tests.Integration.Hosting;

public class ConfigurationChecksTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("http://eventhub.example/")]
    [InlineData("not a url")]
    public void Production_WithoutAnHttpsBaseUrl_RefusesToStartWithOneClearLogLine(string? baseUrl)
    {
        var log = new RecordingLoggerProvider();
        using var factory = new ConfiguredAppFactory(("EventHub:PublicBaseUrl", baseUrl)) { Environment = "Production", Log = log };

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(log.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(LogLevel.Critical, critical.Level);
        Assert.StartsWith("EventHub does not start: EventHub:PublicBaseUrl must be the https address", critical.Message);
    }

    [Fact]
    public void Production_WithoutAnAccessibilityContact_RefusesToStartWithOneClearLogLine()
    {
        var log = new RecordingLoggerProvider();
        using var factory = new ConfiguredAppFactory(("EventHub:PublicBaseUrl", "https://eventhub.example"), ("EventHub:Accessibility:ContactEmail", ""))
        {
            Environment = "Production",
            Log = log,
        };

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(log.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(
            "EventHub does not start: EventHub:Accessibility:ContactEmail must be the address where people report an accessibility problem (shown on /accessibility).",
            critical.Message);
    }

    [Fact]
    public void SmtpHostWithoutSender_RefusesToStartWithOneClearLogLine()
    {
        var log = new RecordingLoggerProvider();
        using var factory = new ConfiguredAppFactory(("EventHub:Smtp:Host", "smtp.example"), ("EventHub:Smtp:FromAddress", null)) { Log = log };

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(log.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal("EventHub does not start: EventHub:Smtp:FromAddress is required when EventHub:Smtp:Host is set.", critical.Message);
    }

    [Fact]
    public async Task Production_WithAnHttpsBaseUrl_StartsAndWarnsAboutUnencryptedKeys()
    {
        var log = new RecordingLoggerProvider();
        using var factory = new ConfiguredAppFactory(("EventHub:PublicBaseUrl", "https://eventhub.example"))
        {
            Environment = "Production",
            Log = log,
        };

        var response = await factory.CreateClient().GetAsync("/healthz");

        response.EnsureSuccessStatusCode();
        Assert.DoesNotContain(log.Entries, e => e.Level == LogLevel.Critical);
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("Data Protection keys (they sign the sign-in cookie) are kept unencrypted", StringComparison.Ordinal));
        Assert.Equal(new Uri("https://eventhub.example/"), factory.Services.GetRequiredService<EventHub.Core.Outbox.SiteLinks>().Root);
    }
}
