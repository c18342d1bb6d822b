using System.Security.Cryptography.X509Certificates;
using EventHub.Core.Data;
using Microsoft.AspNetCore.DataProtection;

namespace EventHub.App.Hosting;

/// <summary>
/// Where the keys that sign the sign-in and antiforgery cookies live. With a certificate
/// (<c>EventHub:DataProtection:CertificatePath</c>, a .pfx, and <c>CertificatePassword</c>) they are encrypted with it and
/// kept in the database, so several instances share them. Without one they stay in a folder beside the database
/// (<c>App_Data/keys</c>), unencrypted: never in the database so, as a copy of the database would let anyone forge a
/// sign-in. Outside Development that is said in the log at every start; on PostgreSQL (several instances, which cannot
/// share one instance's files) the app then refuses to start outside Development, and warns in it.
/// </summary>
public static class DataProtectionKeys
{
    public const string Section = "EventHub:DataProtection";

    public static void AddEventHubDataProtection(this WebApplicationBuilder builder)
    {
        var protection = builder.Services.AddDataProtection().SetApplicationName("EventHub");
        if (Certificate(builder.Configuration, builder.Environment) is { } certificate)
        {
            protection.PersistKeysToDbContext<EventHubDbContext>().ProtectKeysWithCertificate(certificate);
        }
        else
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(Folder(builder.Environment)));
        }
    }

    public const string SharedDatabaseWithoutCertificateText =
        $"{DatabaseOptions.Section}:Provider is Postgres, for several instances on one database: set {Section}:CertificatePath (and CertificatePassword) so their Data Protection keys are kept in the database, encrypted, and shared.";

    /// <summary>PostgreSQL (several instances may run) without a certificate: the keys would be one instance's files.</summary>
    public static bool SharedDatabaseWithoutCertificate(IConfiguration configuration) =>
        configuration.GetSection(DatabaseOptions.Section).GetValue(nameof(DatabaseOptions.Provider), DatabaseProvider.Sqlite) == DatabaseProvider.Postgres
        && string.IsNullOrWhiteSpace(configuration[$"{Section}:CertificatePath"]);

    public static IEnumerable<string> Warnings(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment() && SharedDatabaseWithoutCertificate(configuration))
        {
            // Outside Development this refuses the start (ConfigurationChecks); one instance on a laptop is fine.
            yield return SharedDatabaseWithoutCertificateText + " Until then they are files of this instance only.";
        }

        if (!environment.IsDevelopment() && string.IsNullOrWhiteSpace(configuration[$"{Section}:CertificatePath"]))
        {
            yield return $"Data Protection keys (they sign the sign-in cookie) are kept unencrypted in {Folder(environment)}: " +
                         $"set {Section}:CertificatePath (and CertificatePassword) to encrypt them and keep them in the database.";
        }
    }

    private static string Folder(IHostEnvironment environment) => Path.Combine(environment.ContentRootPath, "App_Data", "keys");

    private static X509Certificate2? Certificate(IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration[$"{Section}:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var fullPath = Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path);
        return X509CertificateLoader.LoadPkcs12FromFile(fullPath, configuration[$"{Section}:CertificatePassword"]);
    }
}
