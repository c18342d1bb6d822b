using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Integration.Hosting;

public class DataProtectionKeysTests
{
    [Fact]
    public async Task WithACertificate_KeysAreKeptInTheDatabase_EncryptedOnly()
    {
        var pfx = Path.Combine(Path.GetTempPath(), "eventhub-tests", $"{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=eventhub-dataprotection-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-password"));
        }

        try
        {
            using var factory = new ConfiguredAppFactory(
                ("EventHub:DataProtection:CertificatePath", pfx), ("EventHub:DataProtection:CertificatePassword", "test-password"));

            // The sign-in form carries an antiforgery token: the first key is made and stored.
            var form = await SignIn.NewClient(factory).GetAsync("/Account/Login");
            var client = await SignIn.AsAsync(factory, "organiser@eventhub.example");

            form.EnsureSuccessStatusCode();
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            var keys = await AppData.ReadAsync(factory, db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
            var key = Assert.Single(keys);
            Assert.Contains("<encryptedSecret", key, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal); // the key itself only inside the encrypted data
        }
        finally
        {
            File.Delete(pfx);
        }
    }
}
