using Deque.AxeCore.Commons;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;

namespace EventHub.Tests.Support;

/// <summary>
/// Puts axe (Deque's bundled engine, 650 KB of script) into a page for a scan. Evaluated as text it is compiled anew in
/// every document, about 0.25 s of chromium's CPU each time; loaded as a script from the app's origin the browser
/// keeps it in its HTTP cache with its compiled code, and the next document takes it for about half of that
/// (docs/performance.md, "axe from the browser's cache"). The test apps serve it (<see cref="Endpoint"/>, registered
/// by <see cref="KestrelAppFactory"/>); the app itself knows nothing of it.
/// </summary>
internal static class AxeScript
{
    public const string Path = "/_tests/axe.min.js";

    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    /// <summary>Makes <c>window.axe</c> available in the page's current document (once per document).</summary>
    public static async Task EnsureInPageAsync(IPage page)
    {
        // A script tag loads only where the page runs its own scripts (Blazor's is on every page of the app): with
        // scripting turned off it would never load or fail.
        var state = await page.EvaluateAsync<string>(
            "() => typeof window.axe === 'object' ? 'ready' : typeof window.Blazor === 'object' ? 'runs-scripts' : 'static'");
        if (state == "ready" || (state == "runs-scripts" && await LoadedByScriptTagAsync(page)))
        {
            return;
        }

        await page.EvaluateAsync(Source.Value);
    }

    /// <summary>False when the load failed (offline, answered by a story's route) or did not give the page axe.</summary>
    private static async Task<bool> LoadedByScriptTagAsync(IPage page)
    {
        try
        {
            await page.AddScriptTagAsync(new() { Url = new Uri(new Uri(page.Url), Path).ToString() });
            return await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'");
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }

    /// <summary>Serves the script at <see cref="Path"/>, cacheable for a year (it changes only with the package).</summary>
    public sealed class Endpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(Path, script => script.Run(context =>
            {
                context.Response.ContentType = "text/javascript; charset=utf-8";
                context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                return context.Response.WriteAsync(Source.Value);
            }));
            next(app);
        };
    }
}
