using Microsoft.Playwright;

namespace EventHub.Tests.Support;

/// <summary>
/// One running app and one headless Debian chromium for a collection of end-to-end stories (see BrowserCollections);
/// each page a story opens is in a context of its own (own cookies and storage), emptied of everything the last story
/// did (<see cref="ReusedContexts"/>), so tests do not depend on each other or on their order.
/// </summary>
public abstract class BrowserFixture : IAsyncLifetime
{
    /// <summary>
    /// Debian's chromium in its headless form (package <c>chromium-headless-shell</c>, built from the same Chromium as the
    /// <c>chromium</c> package): the same Blink and V8 without the desktop browser around them, which is what Playwright
    /// itself runs for headless tests. The stories cost it about half the CPU the full browser's headless mode takes
    /// (docs/performance.md, "The headless shell"), and chromium is most of the suite's time.
    /// </summary>
    public const string ChromiumPath = "/usr/bin/chromium-headless-shell";

    /// <summary>Debian chromium's flags for these tests (also for a browser a test launches itself, e.g. on a second instance).</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>
    /// How long a page may take to load: a navigation, an action finding its element, and a loaded page's circuit
    /// starting (<see cref="PageExtensions.WaitForInteractiveAsync"/>). A page load is a chain (the document, its scripts,
    /// a WebSocket, the first render) that takes about 2 s on a quiet 2-core machine and several times that with other
    /// stories beside it on a loaded one. What a page does in answer to a click is held to the assertions' 5 s; a click
    /// whose answer is another page is a page load (<see cref="PageExtensions.OpenPageAsync(ILocator)"/>).
    /// </summary>
    public const float PageLoadTimeout = 15_000;

    private readonly KestrelAppFactory _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private ReusedContexts? _reused; // the main browser's contexts, emptied and handed on from story to story
    private readonly List<IBrowserContext> _contexts = []; // the story's
    private readonly List<IBrowser> _ownBrowsers = []; // launched for one story (NewPageWithCameraAsync), closed after it
    private readonly List<string> _policyViolations = [];

    protected BrowserFixture()
        : this(quickToGiveUpWhenBusy: false)
    {
    }

    /// <param name="quickToGiveUpWhenBusy">See <see cref="KestrelAppFactory(bool)"/>.</param>
    /// <param name="newInstall">See <see cref="KestrelAppFactory(bool, bool)"/>.</param>
    protected BrowserFixture(bool quickToGiveUpWhenBusy, bool newInstall = false)
    {
        _app = new KestrelAppFactory(quickToGiveUpWhenBusy, newInstall);
    }

    public string BaseUrl { get; private set; } = "";

    /// <summary>The running app, for tests that need to look up what the demo seed created (ids, slugs).</summary>
    public EventHubAppFactory App => _app;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run ./test.sh, which installs Debian's chromium-headless-shell.");
        }

        BaseUrl = _app.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await LaunchAsync(ChromiumArgs);
        _reused = new ReusedContexts(new Uri(BaseUrl).GetLeftPart(UriPartial.Authority));
    }

    public Task<IPage> NewPageAsync(string? locale = "en-GB") => NewPageAsync(_browser!, locale, new ViewportSize { Width = 1280, Height = 800 });

    /// <summary>
    /// A page whose camera is <paramref name="camera"/>'s video, with the camera permission granted, in a chromium of its
    /// own (the fake camera is a launch flag); that chromium closes with the story's pages. A phone-size page unless
    /// <paramref name="viewport"/> says otherwise.
    /// </summary>
    public async Task<IPage> NewPageWithCameraAsync(FakeCamera camera, string? locale = "en-GB", ViewportSize? viewport = null)
    {
        var browser = await LaunchAsync(
        [
            .. ChromiumArgs,
            "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", $"--use-file-for-fake-video-capture={camera.FilePath}",
        ]);
        _ownBrowsers.Add(browser);

        return await NewPageAsync(browser, locale, viewport ?? new ViewportSize { Width = 390, Height = 844 }, permissions: ["camera"]);
    }

    /// <summary>A phone-size page (390 px) with JavaScript switched off: what a partner's static pages must work without.</summary>
    public Task<IPage> NewPhonePageWithoutScriptsAsync(string? locale = "en-GB") =>
        NewPageAsync(_browser!, locale, new ViewportSize { Width = 390, Height = 844 }, javaScriptEnabled: false);

    private Task<IBrowser> LaunchAsync(IEnumerable<string> args) =>
        _playwright!.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = args,
            Headless = true,
        });

    private async Task<IPage> NewPageAsync(IBrowser browser, string? locale, ViewportSize viewport, IEnumerable<string>? permissions = null, bool javaScriptEnabled = true)
    {
        var context = browser == _browser && permissions is null
            ? await _reused!.TakeAsync(new ContextKind(locale, viewport.Width, viewport.Height, javaScriptEnabled),
                () => NewContextAsync(browser, locale, viewport, permissions, javaScriptEnabled))
            : await NewContextAsync(browser, locale, viewport, permissions, javaScriptEnabled);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    private async Task<IBrowserContext> NewContextAsync(IBrowser browser, string? locale, ViewportSize viewport, IEnumerable<string>? permissions, bool javaScriptEnabled)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = locale,
            ViewportSize = viewport,
            Permissions = permissions,
            JavaScriptEnabled = javaScriptEnabled,
        });
        context.SetDefaultTimeout(PageLoadTimeout);
        await WatchContentSecurityPolicyAsync(context);
        return context;
    }

    /// <summary>
    /// Every story runs under the app's Content-Security-Policy; anything it blocks (a script, a style, a connection)
    /// fails the story when its pages close, with what was refused. The browser reports each refusal on the console
    /// and as a <c>securitypolicyviolation</c> event, which the init script (not subject to the policy) writes there too.
    /// </summary>
    private async Task WatchContentSecurityPolicyAsync(IBrowserContext context)
    {
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error(" +
            "`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`));");
        context.Console += (_, message) =>
        {
            if (message.Type == "error" && (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) || message.Text.StartsWith("CSP violation", StringComparison.Ordinal)))
            {
                lock (_policyViolations)
                {
                    _policyViolations.Add($"{message.Page?.Url}: {message.Text}");
                }
            }
        };
    }

    /// <summary>
    /// Closes every page the story opened (and any chromium launched for it) and empties its contexts for the next story
    /// (<see cref="ReusedContexts"/>). A page left open keeps its Blazor circuit, its live updates and its animations
    /// running in the shared browser, and the next stories (and the 2-core machine) pay for them.
    /// </summary>
    public async Task ClosePagesAsync()
    {
        foreach (var context in _contexts)
        {
            await _reused!.GiveBackAsync(context);
        }

        _contexts.Clear();
        foreach (var browser in _ownBrowsers)
        {
            await browser.DisposeAsync();
        }

        _ownBrowsers.Clear();

        string[] violations;
        lock (_policyViolations)
        {
            violations = [.. _policyViolations];
            _policyViolations.Clear();
        }

        if (violations.Length > 0)
        {
            throw new InvalidOperationException("The Content-Security-Policy blocked something:\n" + string.Join("\n", violations));
        }
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
