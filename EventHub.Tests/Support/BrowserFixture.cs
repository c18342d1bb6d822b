using Microsoft.Playwright;

namespace EventHub.Tests.Support;

/// <summary>
/// One running app and one headless Debian chromium for all end-to-end tests; each test gets a fresh
/// browser context (own cookies), so tests do not depend on each other or on their order.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly KestrelAppFactory _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The running app, for tests that need to look up what the demo seed created (ids, slugs).</summary>
    public EventHubAppFactory App => _app;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run ./test.sh, which installs Debian's chromium.");
        }

        BaseUrl = _app.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = ChromiumArgs,
            Headless = true,
        });
    }

    public async Task<IPage> NewPageAsync(string? locale = "en-GB")
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _app.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// A second app and browser for the facilitation stories (capture, reports, action items), so they run beside the
/// invitation and planning stories instead of after them: most of an end-to-end story is waiting on the browser and
/// the circuit, which leaves a core free on a 2-core machine.
/// </summary>
public sealed class OutcomesBrowserFixture : BrowserFixture;

[CollectionDefinition(Name)]
public sealed class OutcomesBrowserCollection : ICollectionFixture<OutcomesBrowserFixture>
{
    public const string Name = "Browser for outcomes and action items";
}

/// <summary>
/// An app of its own, for the few stories that read the demo exactly as it was seeded (what Home lists first, how many
/// upcoming events there are): the stories in <see cref="BrowserCollection"/> add events and partners as they go.
/// </summary>
public sealed class UntouchedDemoBrowserFixture : BrowserFixture;

[CollectionDefinition(Name)]
public sealed class UntouchedDemoBrowserCollection : ICollectionFixture<UntouchedDemoBrowserFixture>
{
    public const string Name = "Browser over the untouched demo";
}
