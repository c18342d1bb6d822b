using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace EventHub.App.Hosting;

/// <summary>
/// The headers every response carries, set as the response starts (so error pages, 404s and static files get them
/// too, after an error handler cleared the headers). A page that sets its own Referrer-Policy keeps it: personal
/// links answer <c>no-referrer</c> (<see cref="Components.Shared.PersonalLinkResponse"/>).
/// </summary>
public static class SecurityHeaders
{
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>
    /// The camera for EventHub's own pages (the door's QR scanner) and nothing else. Pages are interactive after the
    /// first load, so a header per page would not follow navigation: every page allows the camera to the site itself.
    /// </summary>
    public const string PermissionsPolicy =
        "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=()";

    public static void UseSecurityHeaders(this WebApplication app)
    {
        var policy = app.Services.GetRequiredService<ContentSecurityPolicy>();
        app.Use((context, next) =>
        {
            var response = context.Response;
            response.OnStarting(() =>
            {
                var headers = response.Headers;
                headers.ContentSecurityPolicy = policy.For(context.Request.Path);
                headers.XContentTypeOptions = "nosniff";
                // What frame-ancestors 'none' says, for browsers that only know the older header (antiforgery would
                // otherwise send SAMEORIGIN on every page with a form).
                headers.XFrameOptions = "DENY";
                if (!headers.ContainsKey("Referrer-Policy"))
                {
                    headers["Referrer-Policy"] = ReferrerPolicy;
                }

                headers["Permissions-Policy"] = PermissionsPolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}

/// <summary>
/// A Content-Security-Policy that Blazor Server and MudBlazor work under without <c>unsafe-eval</c>: scripts only from
/// the site itself plus the one inline script, the import map (allowed by its hash); inline styles, because MudBlazor
/// writes style attributes; the circuit's connection back to the site; no framing by other sites. The door's pages
/// (<see cref="DoorPages"/>) also allow WebAssembly compiled from the site's own files, for the self-hosted QR scanner
/// (<c>wasm-unsafe-eval</c> allows no JavaScript eval); no other page needs it.
/// </summary>
public sealed class ContentSecurityPolicy(EndpointDataSource endpoints)
{
    /// <summary>Where the door's camera scanner runs (wwwroot-assets/js/door/scanner.js): the check-in desk and its list of events.</summary>
    public static readonly PathString DoorPages = new("/check-in");

    private readonly Lazy<string> _value = new(() => Build(ImportMapHashes(endpoints), webAssembly: false));
    private readonly Lazy<string> _withWebAssembly = new(() => Build(ImportMapHashes(endpoints), webAssembly: true));

    /// <summary>The policy for a page at this path: with WebAssembly on the door's pages, without it everywhere else.</summary>
    public string For(PathString path) => path.StartsWithSegments(DoorPages) ? _withWebAssembly.Value : _value.Value;

    public static string Build(IEnumerable<string> scriptHashes, bool webAssembly = false)
    {
        var sources = new[] { "'self'" }.Concat(scriptHashes.Select(hash => $"'{hash}'"));
        var scripts = string.Join(' ', webAssembly ? sources.Append("'wasm-unsafe-eval'") : sources);
        return string.Join("; ",
            "default-src 'self'",
            $"script-src {scripts}",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self'",
            "connect-src 'self'",
            "media-src 'self' blob:",
            "worker-src 'self' blob:",
            "frame-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }

    /// <summary>
    /// The hash of every import map a page can render (<c>&lt;ImportMap /&gt;</c> writes the one in its endpoint's
    /// metadata, derived from the static assets manifest, so it changes with every build and is read, not written down).
    /// </summary>
    public static IEnumerable<string> ImportMapHashes(EndpointDataSource endpoints) =>
        endpoints.Endpoints
            .Select(endpoint => endpoint.Metadata.GetMetadata<ImportMapDefinition>())
            .OfType<ImportMapDefinition>()
            .Select(map => map.ToString()) // the JSON <ImportMap /> writes
            .Distinct()
            .Select(json => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(json))))
            .Order(StringComparer.Ordinal)
            .ToList();
}
