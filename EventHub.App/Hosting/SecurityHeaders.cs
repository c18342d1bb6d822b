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
                headers.ContentSecurityPolicy = policy.Value;
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
/// writes style attributes; the circuit's connection back to the site; no framing by other sites; and WebAssembly
/// compiled from the site's own files, for a self-hosted scanner (<c>wasm-unsafe-eval</c> allows no JavaScript eval).
/// </summary>
public sealed class ContentSecurityPolicy(EndpointDataSource endpoints)
{
    private readonly Lazy<string> _value = new(() => Build(ImportMapHashes(endpoints)));

    public string Value => _value.Value;

    public static string Build(IEnumerable<string> scriptHashes)
    {
        var scripts = string.Join(' ', new[] { "'self'" }.Concat(scriptHashes.Select(hash => $"'{hash}'")).Append("'wasm-unsafe-eval'"));
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
