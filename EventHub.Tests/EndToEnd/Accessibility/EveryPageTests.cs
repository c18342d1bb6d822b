using System.Text;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Accessibility;

/// <summary>
/// Every routable page, found by <see cref="AppRoutes"/> in the app itself and filled with real demo ids, visited with
/// a role allowed to see it, in English and Dutch: axe (WCAG 2.1 A and AA; colour contrast in English) finds nothing,
/// the first thing a keyboard reaches is a working "Skip to main content" link, nothing scrolls sideways, no field's
/// label is cut short and no heading, button or table head breaks inside a word that would fit the column. English looks at 1280 px; partner-facing pages (everything open without signing in) and the
/// staff pages used on a phone are also checked dark at phone width in English: colours do not change with the language. Dutch, with its longer words,
/// looks at 640 px, which is how a 1280 px window lays pages out at 200 % zoom (WCAG 1.4.4, 1.4.10): there a partner
/// page keeps its language links in view and the staff menu, folded away, opens with the keyboard. (Dutch's longest
/// words on a 320 px phone are PhoneWidthTests' part.)
/// With <c>EVENTHUB_A11Y_MATRIX=full</c> (scripts/accessibility-matrix.sh) every page is checked in every combination of
/// light/dark × desktop/phone as well, and the results are written to TestResults/accessibility-matrix-LANGUAGE.md.
/// The sweep is the suite's longest test, so each language runs in a collection (an app and a browser) of its own, side
/// by side with the other.
/// </summary>
public abstract class EveryPageTests(BrowserFixture fixture, string locale) : BrowserStory(fixture)
{
    private readonly BrowserFixture _browser = fixture;

    public const string MatrixVariable = "EVENTHUB_A11Y_MATRIX";

    /// <summary>The staff pages people use on a phone: the door, a facilitator's sessions and the capture screen.</summary>
    private static readonly string[] PhonePages = ["/check-in", "/check-in/{EventId:int}", "/my-sessions", "/sessions/{Id:int}/outcome"];

    private static bool FullMatrix => Environment.GetEnvironmentVariable(MatrixVariable) == "full";

    [Fact]
    public async Task EveryPage_HasNoAxeViolations_AndASkipLinkFirst()
    {
        // The benchmark-only page exists only with EventHub:Benchmark:Enabled (never in production; off here): not a page anyone sees.
        var routes = (await DiscoverAsync()).Where(r => !r.Template.StartsWith("/benchmark", StringComparison.Ordinal)).ToList();
        var pages = new RoleBrowsers(_browser);
        var failures = new List<string>();
        var matrix = new List<(AppRoute Route, Look Look, int Violations)>();
        foreach (var look in Looks)
        {
            // The theme is read when a page loads: each role's first page in a look is loaded, the next reached in the app.
            var loaded = new HashSet<IPage>();
            foreach (var route in routes.Where(r => LooksFor(r).Contains(look)))
            {
                var role = route.Template.StartsWith("/Account/LoginWith", StringComparison.Ordinal)
                    ? RoleBrowsers.AwaitingSecondFactor // the code and recovery-code pages belong to a sign-in half done
                    : RoleBrowsers.RoleFor(route.Access);
                var page = await pages.PageAsync(role, locale);
                var found = await CheckAsync(page, route, look, reachInTheApp: !loaded.Add(page));
                matrix.Add((route, look, found.Count));
                failures.AddRange(found.Select(f => $"[{locale}, {role ?? "anonymous"}, {look}] {route.Url}: {f}"));
            }
        }

        if (FullMatrix)
        {
            await WriteMatrixAsync(routes, matrix);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} problems on {routes.Count} pages:\n" + string.Join("\n", failures));
    }

    protected async Task<IReadOnlyList<AppRoute>> DiscoverAsync() =>
        await AppRoutes.DiscoverAsync(_browser.App.Services, await DemoRouteValues.ReadAsync(_browser.App.Services));

    /// <summary>
    /// Colour contrast is checked in English only (in the full matrix, in both): colours do not change with the
    /// language, and contrast is two thirds of axe's time. The Dutch sweep checks every other rule: names, labels, the
    /// document's language, structure.
    /// </summary>
    private bool ChecksColours => FullMatrix || locale.StartsWith("en", StringComparison.Ordinal);

    private static readonly Look LightDesktop = new(Dark: false, Width: Look.Desktop), DarkPhone = new(Dark: true, Width: Look.Phone),
        LightZoomed = new(Dark: false, Width: Look.Zoomed);

    private bool InDutch => locale.StartsWith("nl", StringComparison.Ordinal);

    private static readonly Look[] EveryThemeAndWidth =
        [LightDesktop, new(Dark: true, Width: Look.Desktop), new(Dark: false, Width: Look.Phone), DarkPhone];

    private IReadOnlyList<Look> Looks => FullMatrix ? [.. DefaultLooks.Union(EveryThemeAndWidth)] : DefaultLooks;

    private IReadOnlyList<Look> DefaultLooks => InDutch ? [LightZoomed] : [LightDesktop, DarkPhone];

    /// <summary>
    /// In English light at desktop width for every page, and dark at phone width for partner-facing and phone pages; in
    /// Dutch light at 200 % zoom for every page; every look for every page in the full matrix.
    /// </summary>
    private IReadOnlyList<Look> LooksFor(AppRoute route) =>
        FullMatrix || route.IsPublic || PhonePages.Contains(route.Template) ? Looks : [.. Looks.Where(l => l.Width != Look.Phone)];

    /// <param name="reachInTheApp">The page already shows this look: an interactive page is reached by Blazor's navigation (<see cref="PageExtensions.OpenAsync"/>).</param>
    private async Task<IReadOnlyList<string>> CheckAsync(IPage page, AppRoute route, Look look, bool reachInTheApp)
    {
        if (!reachInTheApp)
        {
            await page.Context.ClearCookiesAsync(new() { Name = ThemePreference.CookieName });
            if (look.Dark)
            {
                await page.Context.AddCookiesAsync([new Cookie { Name = ThemePreference.CookieName, Value = "dark", Url = _browser.BaseUrl }]);
            }

            await page.SetViewportSizeAsync(look.Width, look.Width == Look.Phone ? 844 : 800);
        }

        await page.OpenAsync(route.Url, interactive: reachInTheApp && route.IsInteractive);
        var problems = new List<string>();
        var path = new Uri(page.Url).AbsolutePath;
        if (!string.Equals(Uri.UnescapeDataString(path), Uri.UnescapeDataString(route.Url.Split('?')[0]), StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"landed on {path} instead of the page itself");
        }

        if (await page.SidewaysScrollAsync() is { } sideways)
        {
            problems.Add(sideways);
        }

        problems.AddRange((await page.CutOffLabelsAsync()).Select(label => $"the label \"{label}\" is cut off"));
        problems.AddRange((await page.SqueezedWordsAsync()).Select(word => $"a word breaks although it fits the column: {word}"));
        if (look == LightZoomed)
        {
            problems.AddRange(await ZoomedProblemsAsync(page, route));
        }

        problems.AddRange(await page.AccessibilityViolationsAsync(contrast: ChecksColours));
        problems.AddRange(await SkipLinkProblemsAsync(page));
        return problems;
    }

    /// <summary>
    /// At 200 % zoom a partner page keeps its language links in view; on Home the staff menu, folded away behind the
    /// menu button at this width, opens with the keyboard and its links are reached (the zoomed look is Dutch's).
    /// </summary>
    private static async Task<IReadOnlyList<string>> ZoomedProblemsAsync(IPage page, AppRoute route)
    {
        if (route.IsPublic)
        {
            return await LanguageLinksInViewAsync(page) ? [] : ["the language links are not in view at 200 % zoom"];
        }

        if (route.Template == "/")
        {
            var events = page.GetByRole(AriaRole.Link, new() { Name = "Bijeenkomsten" });
            await Expect(events).Not.ToBeInViewportAsync();
            await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Menu tonen of verbergen" }), backwards: true);
            await page.Keyboard.PressAsync("Enter");
            await Expect(events).ToBeInViewportAsync();
            await page.TabToAsync(events);
            await page.Keyboard.PressAsync("Escape");
        }

        return [];
    }

    private static Task<bool> LanguageLinksInViewAsync(IPage page) =>
        page.EvaluateAsync<bool>("""
            () => {
              const links = document.querySelector('.eh-language-links');
              return !links ? false : new Promise(resolve => new IntersectionObserver((entries, observer) => {
                observer.disconnect();
                resolve(entries[0].isIntersecting);
              }).observe(links));
            }
            """);

    /// <summary>
    /// The first element a keyboard reaches is the skip link, and following it puts the focus on the main content,
    /// so the next Tab goes into the page rather than through the header and menu again.
    /// </summary>
    private static async Task<IReadOnlyList<string>> SkipLinkProblemsAsync(IPage page)
    {
        var first = await page.EvaluateAsync<string?>("""
            () => {
              const tabbable = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
                .filter(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0);
              const el = tabbable[0];
              return el ? `${el.tagName.toLowerCase()}|${el.getAttribute('href') ?? ''}|${el.textContent.trim()}` : null;
            }
            """);
        var parts = first?.Split('|') ?? [];
        if (parts.Length != 3 || parts[0] != "a" || !parts[1].EndsWith("#main-content", StringComparison.Ordinal)
            || parts[2] is not ("Skip to main content" or "Direct naar de inhoud"))
        {
            return [$"the first focusable element is not the skip link but {first ?? "nothing"}"];
        }

        await page.Locator("a.eh-skip-link").FocusAsync();
        await Expect(page.Locator("a.eh-skip-link")).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");
        if (!await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('#main-content')"))
        {
            return ["the skip link does not put the focus on the main content"];
        }

        // The next Tab reaches the first link or field of the main content (when it has one; an empty list has none).
        await page.Keyboard.PressAsync("Tab");
        var next = await page.EvaluateAsync<bool>("""
            () => {
              const main = document.getElementById('main-content'), now = document.activeElement;
              const tabbable = [...main.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
                .some(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0);
              return !tabbable || main.contains(now);
            }
            """);
        return next ? [] : ["after the skip link, Tab does not go into the main content"];
    }

    private async Task WriteMatrixAsync(IReadOnlyList<AppRoute> routes, List<(AppRoute Route, Look Look, int Violations)> matrix)
    {
        var looks = matrix.Select(m => m.Look).Distinct().OrderBy(l => l.Dark).ThenByDescending(l => l.Width).ToList();
        var text = new StringBuilder();
        text.AppendLine($"{(locale.StartsWith("nl", StringComparison.Ordinal) ? "Dutch" : "English")} ({locale}):");
        text.AppendLine();
        text.AppendLine($"| Page | Who sees it | {string.Join(" | ", looks)} |");
        text.AppendLine($"|---|---|{string.Concat(looks.Select(_ => "---|"))}");
        foreach (var route in routes)
        {
            var cells = looks.Select(l => matrix.Single(m => m.Route == route && m.Look == l).Violations is var n && n == 0 ? "pass" : $"**{n} problems**");
            text.AppendLine($"| `{route.Template}` | {route.Access} | {string.Join(" | ", cells)} |");
        }

        var folder = System.IO.Directory.CreateDirectory(Path.Combine(RepositoryPaths.Root, "TestResults")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, $"accessibility-matrix-{locale[..2]}.md"), text.ToString());
    }

    /// <param name="Width">The window's width: <see cref="Desktop"/>, <see cref="Zoomed"/> (a desktop window at 200 % zoom) or <see cref="Phone"/>.</param>
    private sealed record Look(bool Dark, int Width)
    {
        public const int Desktop = 1280, Zoomed = 640, Phone = 390;

        public override string ToString() => $"{(Dark ? "dark" : "light")} {Width} px";
    }
}

[Collection(AccessibilityBrowserCollection.Name)]
public sealed class EveryPageInEnglishTests(AccessibilityBrowserFixture browser) : EveryPageTests(browser, "en-GB")
{
    [Fact]
    public async Task Discovery_FindsEveryPage_FillsItsParameters_AndKnowsWhoMaySeeIt()
    {
        var routes = await DiscoverAsync();

        Assert.All(routes, r => Assert.DoesNotContain("{", r.Url));
        Assert.Contains(routes, r => r.Template == "/rsvp/{Token}" && !r.Access.RequiresSignIn);
        Assert.Contains(routes, r => r.Template == "/admin/users" && r.Access.Roles.SetEquals([Roles.Admin]));
        Assert.Contains(routes, r => r.Template == "/events/{Id:int}/edit" && r.Access.Roles.SetEquals([Roles.Admin, Roles.Organiser]));
        Assert.Contains(routes, r => r.Template == "/check-in" && r.Access.Roles.SetEquals([Roles.Admin, Roles.Organiser, Roles.DoorStaff]));
        Assert.Contains(routes, r => r.Template == "/" && r.Access == PageAccess.SignedIn);
        Assert.Contains(routes, r => r.Template == "/accessibility" && !r.Access.RequiresSignIn);
        // Every @page in the app's source is found (the source is the other witness of what exists).
        var pagesInSource = System.IO.Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "EventHub.App"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines).Count(line => line.StartsWith("@page \"", StringComparison.Ordinal));
        Assert.Equal(pagesInSource, routes.Count);
    }
}

[Collection(DutchAccessibilityBrowserCollection.Name)]
public sealed class EveryPageInDutchTests(DutchAccessibilityBrowserFixture browser) : EveryPageTests(browser, "nl-NL");
