using QRCoder;

namespace EventHub.Core.Invitations;

/// <summary>
/// The check-in code as a QR code (QRCoder): a PNG for the confirmation email and an SVG for the RSVP page.
/// The QR code holds only the code, so a scanner at the door types exactly what door staff would type.
/// </summary>
public static class CheckInPass
{
    public const string PngContentType = "image/png";

    public static string FileName(string code) => $"check-in-{code}.png";

    public static byte[] Png(string code)
    {
        using var data = Encode(code);
        return new PngByteQRCode(data).GetGraphic(8);
    }

    public static string Svg(string code, string title)
    {
        using var data = Encode(code);
        return Named(new SvgQRCode(data).GetGraphic(6), title);
    }

    /// <summary>An SVG without a size of its own (a viewBox only), for a page that sizes it, e.g. in millimetres on a badge.</summary>
    public static string ScalableSvg(string code, string title)
    {
        using var data = Encode(code);
        return Named(new SvgQRCode(data).GetGraphic(6, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute), title);
    }

    // An accessible name for screen readers; the code itself is also printed next to the image.
    private static string Named(string svg, string title) =>
        svg.Replace("<svg ", $"<svg role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(title)}\" ", StringComparison.Ordinal);

    /// <summary>The code in two groups of five, easier to read out and type: "ABCDE-FGHJK".</summary>
    public static string Display(string code) => code.Length == 10 ? $"{code[..5]}-{code[5..]}" : code;

    private static QRCodeData Encode(string code) => QRCodeGenerator.GenerateQrCode(code, QRCodeGenerator.ECCLevel.M);
}
