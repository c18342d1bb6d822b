using EventHub.Core.Outbox;

namespace EventHub.App.Hosting;

/// <summary>
/// Settings without which EventHub would run but do harm: in Production, personal links that point nowhere or travel
/// over plain http; anywhere, an SMTP server without a sender address. The app then refuses to start, with one log
/// line that names every problem, rather than failing later per message or per partner.
/// </summary>
public static class ConfigurationChecks
{
    /// <summary>True (after logging why) when the app must not start.</summary>
    public static bool RefusesToStart(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("EventHub.Configuration");
        var problems = Problems(app.Configuration, app.Environment);
        if (problems.Count > 0)
        {
            log.LogCritical("EventHub does not start: {Problems}", string.Join(" ", problems));
            return true;
        }

        foreach (var warning in DataProtectionKeys.Warnings(app.Configuration, app.Environment))
        {
            log.LogWarning("{Warning}", warning);
        }

        return false;
    }

    public static IReadOnlyList<string> Problems(IConfiguration configuration, IHostEnvironment environment)
    {
        var problems = new List<string>();
        if (environment.IsProduction() && PublicAddress.Configured(configuration) is not { Scheme: "https" })
        {
            problems.Add($"{PublicAddress.Setting} must be the https address partners reach EventHub on (e.g. https://eventhub.example.org/); {Current(configuration[PublicAddress.Setting])}.");
        }

        if (environment.IsProduction() && string.IsNullOrWhiteSpace(configuration[$"{AccessibilityOptions.Section}:{nameof(AccessibilityOptions.ContactEmail)}"]))
        {
            problems.Add($"{AccessibilityOptions.Section}:{nameof(AccessibilityOptions.ContactEmail)} must be the address where people report an accessibility problem (shown on /accessibility).");
        }

        if (environment.IsProduction() && configuration.GetValue<bool>($"{BenchmarkOptions.Section}:{nameof(BenchmarkOptions.Enabled)}"))
        {
            problems.Add($"{BenchmarkOptions.Section}:{nameof(BenchmarkOptions.Enabled)} is for the benchmarks only: it shows the server's memory to anyone.");
        }

        if (!environment.IsDevelopment() && DataProtectionKeys.SharedDatabaseWithoutCertificate(configuration))
        {
            problems.Add(DataProtectionKeys.SharedDatabaseWithoutCertificateText + " Several instances cannot share keys kept in one instance's folder.");
        }

        var smtp = configuration.GetSection(SmtpOptions.Section);
        if (!string.IsNullOrWhiteSpace(smtp[nameof(SmtpOptions.Host)]) && string.IsNullOrWhiteSpace(smtp[nameof(SmtpOptions.FromAddress)]))
        {
            problems.Add($"{SmtpOptions.Section}:{nameof(SmtpOptions.FromAddress)} is required when {SmtpOptions.Section}:{nameof(SmtpOptions.Host)} is set.");
        }

        return problems;
    }

    private static string Current(string? value) => string.IsNullOrWhiteSpace(value) ? "it is not set" : $"it is '{value}'";
}
