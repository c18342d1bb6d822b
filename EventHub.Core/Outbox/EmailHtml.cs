using System.Net;

namespace EventHub.Core.Outbox;

/// <summary>The HTML pieces every EventHub email is made of, so they look alike and every value is encoded.</summary>
internal static class EmailHtml
{
    public static string Encode(string value) => WebUtility.HtmlEncode(value);

    /// <summary>A call to action: a button, and the address spelled out for mail clients that hide buttons.</summary>
    public static string Button(string link, string label) => $"""
        <p><a href="{Encode(link)}" style="display:inline-block;padding:10px 18px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:6px">{Encode(label)}</a></p>
        <p style="color:#4a5366;font-size:13px">{Encode(link)}</p>
        """;
}
