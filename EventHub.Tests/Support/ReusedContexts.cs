using Microsoft.Playwright;

namespace EventHub.Tests.Support;

/// <summary>
/// The browser contexts of one collection's browser, handed from story to story with nothing of the last story left in
/// them: its pages closed, its cookies, storage (local, IndexedDB, caches), permissions, routes and offline mode gone.
/// A story's first page costs chromium about 2.2 s of CPU in a new context and 1.0 s in a reused one (its HTTP cache
/// and compiled scripts are warm): benchmarks/browser-steps.sh, docs/performance.md ("Stories reuse browser contexts").
/// Each context keeps one blank page that no story sees: without an open page chromium lets the context's renderer go
/// and the next story pays for a new one. Clearing the app's origin also unregisters a service worker (the door desk's),
/// which would otherwise answer the next story's requests.
/// </summary>
internal sealed class ReusedContexts(string origin)
{
    private readonly Dictionary<ContextKind, Stack<IBrowserContext>> _idle = [];
    private readonly Dictionary<IBrowserContext, (ContextKind Kind, IPage Keeper)> _known = [];

    /// <summary>An emptied context of this kind, or a new one from <paramref name="create"/>.</summary>
    public async Task<IBrowserContext> TakeAsync(ContextKind kind, Func<Task<IBrowserContext>> create)
    {
        if (_idle.TryGetValue(kind, out var idle) && idle.Count > 0)
        {
            return idle.Pop();
        }

        var context = await create();
        _known[context] = (kind, await context.NewPageAsync());
        return context;
    }

    /// <summary>
    /// Empties a context the story is done with and keeps it for the next story; closes it when it cannot be emptied or
    /// was not taken from here (a context with a camera's permission, in a chromium of the story's own).
    /// </summary>
    public async Task GiveBackAsync(IBrowserContext context)
    {
        if (!_known.TryGetValue(context, out var known) || known.Keeper.IsClosed || !await TryEmptyAsync(context, known.Keeper))
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
            await context.LeaveAndClearCookiesAsync(async () =>
            {
                foreach (var page in context.Pages.Where(p => p != keeper).ToList())
                {
                    await page.CloseAsync();
                }

                var session = await context.NewCDPSessionAsync(keeper);
                await session.SendAsync("Storage.clearDataForOrigin", new Dictionary<string, object>
                {
                    ["origin"] = origin,
                    ["storageTypes"] = "all",
                });
                await session.DetachAsync();
            });
            await context.ClearPermissionsAsync();
            await context.UnrouteAllAsync(new() { Behavior = UnrouteBehavior.IgnoreErrors });
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
