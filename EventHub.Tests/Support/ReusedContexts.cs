using Microsoft.Playwright;

namespace EventHub.Tests.Support;

/// <summary>
/// The browser contexts of one collection's browser, handed from story to story with nothing of the last story left in
/// them: its pages closed, its cookies, storage (local, IndexedDB, caches), permissions, routes and offline mode gone.
/// A new context costs chromium about 2.1 s of CPU for its first page; a reused one about 1.2 s (its renderer and HTTP
/// cache are warm), measured in docs/performance.md ("Stories reuse browser contexts").
/// Each context keeps one blank page that no story sees: without an open page chromium lets the context's renderer go
/// and the next story pays for a new one. Clearing the app's origin also unregisters a service worker (the door desk's),
/// which would otherwise answer the next story's requests.
/// </summary>
internal sealed class ReusedContexts(string baseUrl)
{
    private readonly Dictionary<ContextKind, Stack<IBrowserContext>> _idle = [];
    private readonly Dictionary<IBrowserContext, (ContextKind Kind, IPage Keeper)> _known = [];

    public async Task<IBrowserContext> TakeAsync(IBrowser browser, ContextKind kind, Func<IBrowserContext, Task> prepare)
    {
        if (_idle.TryGetValue(kind, out var idle) && idle.Count > 0)
        {
            return idle.Pop();
        }

        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = kind.Locale,
            ViewportSize = new ViewportSize { Width = kind.Width, Height = kind.Height },
            JavaScriptEnabled = kind.JavaScriptEnabled,
        });
        await prepare(context);
        _known[context] = (kind, await context.NewPageAsync());
        return context;
    }

    /// <summary>Empties a context the story is done with and keeps it for the next story, or closes it when it cannot be emptied.</summary>
    public async Task GiveBackAsync(IBrowserContext context)
    {
        if (!_known.TryGetValue(context, out var known))
        {
            return;
        }

        if (known.Keeper.IsClosed || !await TryEmptyAsync(context, known.Keeper))
        {
            _known.Remove(context);
            await context.CloseAsync();
            return;
        }

        if (!_idle.TryGetValue(known.Kind, out var idle))
        {
            _idle[known.Kind] = idle = new Stack<IBrowserContext>();
        }

        idle.Push(context);
    }

    private async Task<bool> TryEmptyAsync(IBrowserContext context, IPage keeper)
    {
        try
        {
            foreach (var page in context.Pages.Where(p => p != keeper).ToList())
            {
                await page.CloseAsync();
            }

            var session = await context.NewCDPSessionAsync(keeper);
            await session.SendAsync("Storage.clearDataForOrigin", new Dictionary<string, object>
            {
                ["origin"] = new Uri(baseUrl).GetLeftPart(UriPartial.Authority),
                ["storageTypes"] = "all",
            });
            await session.DetachAsync();
            await context.ClearCookiesAsync();
            await context.ClearPermissionsAsync();
            await context.UnrouteAllAsync(new() { Behavior = UnrouteBehavior.IgnoreErrors });
            await context.SetOfflineAsync(false);
            return true;
        }
        catch (PlaywrightException)
        {
            return false; // a page that crashed or would not close: the context goes
        }
    }
}

/// <summary>What a context is made with, fixed for its life: contexts are reused only for stories asking for the same.</summary>
internal sealed record ContextKind(string? Locale, int Width, int Height, bool JavaScriptEnabled);
