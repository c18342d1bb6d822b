using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace EventHub.Tests.Support;

/// <summary>
/// The real app over its own temporary SQLite file, with demo data (accounts for every role) seeded.
/// Each factory is isolated: nothing depends on files left by an earlier run.
/// </summary>
public class EventHubAppFactory : WebApplicationFactory<Program>
{
    /// <summary>An app over a copy of the demo as the app seeded it once this run (<see cref="TemplateDatabase.CopyDemoToFile"/>).</summary>
    public EventHubAppFactory()
        : this(seedAtStart: false)
    {
    }

    /// <param name="seedAtStart">
    /// True: the database is only migrated and the app seeds the demo itself as it starts, on its own clock (how the demo
    /// templates are made; an app on another day's clock takes <see cref="EventHubAppFactory(DateTimeOffset)"/>); false: a
    /// copy of the demo the app seeded once this run, which costs a file copy instead of a seed (a few seconds of CPU
    /// each, for every one of the suite's hundred apps).
    /// </param>
    public EventHubAppFactory(bool seedAtStart)
    {
        DatabaseFile = NewDatabaseFile();
        if (seedAtStart)
        {
            TemplateDatabase.CopyToFile(DatabaseFile); // migrated already: the app's start-up only seeds
        }
        else
        {
            TemplateDatabase.CopyDemoToFile(DatabaseFile); // migrated and seeded: the app's start-up finds the demo there
        }
    }

    /// <summary>
    /// An app over a copy of the demo as the app seeds it at start-up on a clock standing at <paramref name="demoSeededAt"/>,
    /// seeded once this run (<see cref="TemplateDatabase.CopyDemoSeededAtToFile"/>): for an app whose clock is not today's
    /// and starts at that instant.
    /// </summary>
    public EventHubAppFactory(DateTimeOffset demoSeededAt)
    {
        DatabaseFile = NewDatabaseFile();
        TemplateDatabase.CopyDemoSeededAtToFile(demoSeededAt, DatabaseFile);
    }

    private static string NewDatabaseFile() => Path.Combine(Path.GetTempPath(), "eventhub-tests", $"{Guid.NewGuid():N}.db");

    /// <summary>
    /// The real app over its own PostgreSQL database on <see cref="PostgresServer"/> (migrated from its template); the
    /// app seeds the demo as it starts when <paramref name="seedDemo"/> (a few seconds of CPU).
    /// </summary>
    protected EventHubAppFactory(string postgresConnectionString, bool seedDemo = true)
    {
        DatabaseFile = Path.Combine(Path.GetTempPath(), "eventhub-tests", "postgres-has-no-file");
        _postgres = postgresConnectionString;
        _seedDemo = seedDemo;
    }

    private readonly string? _postgres;
    private readonly bool _seedDemo = true;

    /// <param name="connectionSettings">Npgsql settings added to the connection string, e.g. a small pool.</param>
    /// <param name="seedDemo">False for tests that make all their own data: the app then only starts on the migrated database.</param>
    public static async Task<EventHubAppFactory> OnPostgresAsync(string? connectionSettings = null, bool seedDemo = true) =>
        new(await PostgresServer.CreateMigratedDatabaseAsync() + (connectionSettings is null ? "" : ";" + connectionSettings), seedDemo);

    public string DatabaseFile { get; }

    public string ConnectionString => _postgres ?? $"Data Source={DatabaseFile}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.AddProvider(new ServerErrorLog(Path.GetFileNameWithoutExtension(DatabaseFile))));
        builder.UseSetting("ConnectionStrings:EventHub", ConnectionString);
        if (_postgres is not null)
        {
            builder.UseSetting("EventHub:Database:Provider", "Postgres");
            // Outside Development an app on PostgreSQL keeps its keys in the database, encrypted with a certificate.
            builder.UseSetting("EventHub:DataProtection:CertificatePath", TestCertificate.Path);
            builder.UseSetting("EventHub:DataProtection:CertificatePassword", TestCertificate.Password);
        }

        builder.UseSetting("EventHub:SeedDemoData", _seedDemo ? "true" : "false");
        builder.UseSetting("EventHub:Accessibility:ContactEmail", "accessibility@eventhub.example");
        // Plain http on loopback: no https redirect, no HSTS, cookies not marked Secure; the security headers on.
        builder.UseSetting("EventHub:Http:HttpsRedirection", "false");
        builder.UseSetting("EventHub:Http:Hsts", "false");
        builder.UseSetting("EventHub:Http:SecureCookies", "false");
        builder.UseSetting("EventHub:Http:SecurityHeaders", "true");
        // Security stamps checked on every request: a deactivated person is refused on their very next one.
        builder.UseSetting("EventHub:Accounts:RevalidationInterval", "00:00:00");
        // Signing in safely: tests that need two-factor or tight rate limits turn them on themselves.
        builder.UseSetting("EventHub:Security:RequireTwoFactorForStaff", "false");
        builder.UseSetting("EventHub:Security:AbsoluteSessionLifetime", "7.00:00:00");
        // Partner forms (issue 13): an address outside the organisation's own domains waits for an organiser; a few a day.
        builder.UseSetting("EventHub:Nominations:OwnDomainsOnly", "true");
        builder.UseSetting("EventHub:Nominations:PerLinkPerDay", "5");
        builder.UseSetting("EventHub:RateLimits:Enabled", "true");
        // Retention: the periods the privacy notice states; tests run the daily job themselves, so it never races them.
        builder.UseSetting("EventHub:Privacy:NeedsRetentionDays", "30");
        builder.UseSetting("EventHub:Privacy:InactiveContactMonths", "24");
        builder.UseSetting("EventHub:Privacy:AuditRetentionMonths", "24");
        builder.UseSetting("EventHub:Privacy:WorkerEnabled", "false");
        // Reminders likewise: a reminder round gives an action item's owner a fresh link, which would retire the link a
        // test has just opened (ActionFollowUpTests); tests that need reminders run the jobs themselves.
        builder.UseSetting("EventHub:Reminders:WorkerEnabled", "false");
        // The stories open partners' links from the Outbox page, as the demo does ("Open as this partner").
        builder.UseSetting("EventHub:Outbox:ShowLinks", "true");
        foreach (var limit in new[] { "SignIn", "PersonalLink", "UnknownLink", "PublicPage", "NewLinkRequest" })
        {
            builder.UseSetting($"EventHub:RateLimits:{limit}:PermitLimit", "10000");
            builder.UseSetting($"EventHub:RateLimits:{limit}:WindowSeconds", "60");
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-shm" })
        {
            File.Delete(file);
        }
    }
}
