using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EventHub.Tests.Support;

/// <summary>
/// A self-signed Data Protection certificate (.pfx), made once per test run: apps on PostgreSQL need one outside
/// Development (their keys live in the database, encrypted with it), and two instances share it as a deployment would.
/// </summary>
public static class TestCertificate
{
    public const string Password = "test-dataprotection";

    private static readonly Lazy<string> File = new(Create);

    /// <summary>The .pfx file's path.</summary>
    public static string Path => File.Value;

    private static string Create()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "eventhub-tests", $"dataprotection-{Environment.ProcessId}.pfx");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=eventhub-dataprotection-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        System.IO.File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
