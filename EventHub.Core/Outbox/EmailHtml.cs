using System.Globalization;
using System.Net;

namespace EventHub.Core.Outbox;

/// <summary>The HTML pieces every EventHub email is made of, so they look alike and every value is encoded.</summary>
internal static class EmailHtml
{
    public static string Encode(string value) => WebUtility.HtmlEncode(value);

    /// <summary>
    /// The whole HTML document of an email, carrying the language it is written in, so screen readers and mail clients
    /// read it in the right voice (WCAG 3.1.1).
    /// </summary>
    public static string Document(string body, CultureInfo culture) =>
        $"<!DOCTYPE html>\n<html lang=\"{culture.TwoLetterISOLanguageName}\">\n<head><meta charset=\"utf-8\"></head>\n<body>\n{body}</body>\n</html>\n";

    /// <summary>A call to action: a button, and the address spelled out for mail clients that hide buttons.</summary>
    public static string Button(string link, string label) => $"""
        <p><a href="{Encode(link)}" style="display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:6px">{Encode(label)}</a></p>
        <p style="color:#4a5366;font-size:13px">{Encode(link)}</p>
        """;
}
