using System.Net;
using System.Text;
using QRCoder;

namespace EventHub.Core.Accounts;

/// <summary>
/// What an authenticator app scans: the <c>otpauth://totp/</c> address of a person's key (RFC 6238 defaults: SHA-1,
/// 6 digits, 30 seconds, which Identity's authenticator token provider checks), as an SVG QR code, and the key in
/// groups of four for typing it in by hand.
/// </summary>
public static class AuthenticatorLink
{
    public const string Issuer = "EventHub";

    public static string Uri(string email, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(email)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";

    public static string QrSvg(string email, string key, string title)
    {
        using var data = QRCodeGenerator.GenerateQrCode(Uri(email, key), QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(5);
        return svg.Replace("<svg ", $"<svg role=\"img\" aria-label=\"{WebUtility.HtmlEncode(title)}\" ", StringComparison.Ordinal);
    }

    /// <summary>"ABCD EFGH IJKL ..." in lower case, as authenticator apps accept it typed with or without spaces.</summary>
    public static string Readable(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
