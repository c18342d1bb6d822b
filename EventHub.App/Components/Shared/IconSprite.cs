using System.Security.Cryptography;
using System.Text;
using MudBlazor;

namespace EventHub.App.Components.Shared;

/// <summary>
/// MudBlazor's icons for long lists, served once as an SVG sprite (<c>/icons.svg</c>) and drawn with
/// <c>&lt;use&gt;</c>: a row then carries a short reference instead of each icon's path data, in the markup every open
/// tab keeps and in the batch it is sent in. The sprite is built from the same <see cref="Icons"/> constants, so it
/// changes only with MudBlazor, and its address carries a hash of its content, so browsers may keep it for a year.
/// </summary>
public static class IconSprite
{
    private static readonly IReadOnlyDictionary<string, string> Symbols = new Dictionary<string, string>
    {
        ["answer"] = Icons.Material.Filled.Phone,
        ["business"] = Icons.Material.Filled.Business,
        ["cancel"] = Icons.Material.Filled.Block,
        ["check-in"] = Icons.Material.Filled.HowToReg,
        ["remove"] = Icons.Material.Filled.PersonRemove,
        ["resend"] = Icons.Material.Filled.Replay,
        ["undo-check-in"] = Icons.Material.Filled.PersonOff,
    };

    private static readonly byte[] Content = Encoding.UTF8.GetBytes(
        "<svg xmlns=\"http://www.w3.org/2000/svg\">"
        + string.Concat(Symbols.Select(symbol => $"<symbol id=\"{symbol.Key}\" viewBox=\"0 0 24 24\">{symbol.Value}</symbol>"))
        + "</svg>");

    /// <summary>The sprite's address, with a hash of its content.</summary>
    public static string Address { get; } = $"icons.svg?v={Convert.ToHexStringLower(SHA256.HashData(Content))[..12]}";

    /// <summary>
    /// A small decorative icon from the sprite, with <see cref="PlainMarkup.Icon"/>'s classes (its colour is the text's).
    /// </summary>
    public static string Icon(string name, string? extraClass = null) => Symbols.ContainsKey(name)
        ? PlainMarkup.Svg($"<use href=\"{Address}#{name}\"></use>", "mud-icon-size-small", extraClass)
        : throw new ArgumentException($"The icon sprite has no '{name}'.", nameof(name));

    public static void MapIconSprite(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/icons.svg", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(Content, "image/svg+xml");
        }).AllowAnonymous().ExcludeFromDescription();
}
