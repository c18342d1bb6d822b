using EventHub.App.Hosting;
using EventHub.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
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

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void SharedDatabase_WithoutADataProtectionCertificate_RefusesToStartOutsideDevelopment(string environment)
    {
        var log = new RecordingLoggerProvider();
        using var factory = new ConfiguredAppFactory(
            ("EventHub:PublicBaseUrl", "https://eventhub.example"),
            ("EventHub:Database:Provider", "Postgres"),
            ("ConnectionStrings:EventHub", "Host=127.0.0.1;Database=eventhub;Username=eventhub"))
        {
            Environment = environment,
            Log = log,
        };

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(log.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(
            "EventHub does not start: EventHub:Database:Provider is Postgres, for several instances on one database: set EventHub:DataProtection:CertificatePath " +
            "(and CertificatePassword) so their Data Protection keys are kept in the database, encrypted, and shared. Several instances cannot share keys kept in one instance's folder.",
            critical.Message);
    }

    [Theory]
    [InlineData("Development", "Postgres", null, true)]
    [InlineData("Development", "Postgres", "/etc/eventhub/dataprotection.pfx", false)]
    [InlineData("Development", "Sqlite", null, false)]
    public void SharedDatabaseInDevelopment_WithoutACertificate_IsAWarning(string environment, string provider, string? certificate, bool warned)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EventHub:Database:Provider"] = provider,
            ["EventHub:DataProtection:CertificatePath"] = certificate,
        }).Build();
        var host = new HostingEnvironment { EnvironmentName = environment, ContentRootPath = Path.GetTempPath() };

        var warnings = DataProtectionKeys.Warnings(configuration, host).ToList();

        Assert.Empty(ConfigurationChecks.Problems(configuration, host));
        Assert.Equal(warned, warnings.Any(w => w.StartsWith("EventHub:Database:Provider is Postgres, for several instances", StringComparison.Ordinal)));
    }
}
