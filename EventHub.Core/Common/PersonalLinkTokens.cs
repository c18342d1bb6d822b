using System.Security.Cryptography;
using System.Text;

namespace EventHub.Core.Common;

/// <summary>
/// Personal links (RSVP, action-item owners) carry 256 random bits; only their SHA-256 is stored, so a leaked database does not leak links.
/// </summary>
public static class PersonalLinkTokens
{
    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
