using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using EventHub.Core.Demo;
using Microsoft.AspNetCore.Localization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.Support;

public static class PageExtensions
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly LocatorAssertionsToBeVisibleOptions WhilePageLoads = new() { Timeout = BrowserFixture.PageLoadTimeout };

    /// <summary>
    /// Signs in as <paramref name="email"/> and opens <paramref name="at"/> (a site-relative address), waiting until it is
    /// shown (<see cref="WaitUntilShownAsync"/>); without <paramref name="at"/>, waits on the page signing in leads to
    /// (the role's landing: home, My sessions, or for door staff with one event today its check-in desk). The first time
    /// in a browser the login form is filled in (with <paramref name="at"/> as its return address); after that the
    /// browser is given the sign-in cookie the form produced (<see cref="StaffSessions"/>), unless the app refuses it.
    /// </summary>
    public static async Task SignInAsync(this IPage page, string email, string password = DemoSeeder.DemoPassword, string? at = null)
    {
        if (StaffSessions.Find(page, email, password) is { } cookie)
        {
            await page.Context.AddCookiesAsync([cookie]);
            await page.GotoAsync(at ?? "/start");
            if (!IsSignInPage(page.Url))
            {
                await page.WaitUntilSignedInAsync(at);
                return;
            }

            // Refused (the account changed since, or the session ended): the form signs in again and is remembered.
        }

        await page.GotoAsync(at is null ? "/Account/Login" : $"/Account/Login?ReturnUrl={Uri.EscapeDataString(at)}");
        await page.GetByLabel("Email address").Or(page.GetByLabel("E-mailadres")).FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.ExplainFailureAsync(async () =>
        {
            await page.Locator("#sign-in").ClickAsync();
            await Expect(page).Not.ToHaveURLAsync(SignInPage, new() { Timeout = BrowserFixture.PageLoadTimeout });
            await page.WaitUntilLoadedAsync();
        });
        await page.WaitUntilSignedInAsync(at);
        await SpeakTheBrowsersLanguageAsync(page, at);
        await StaffSessions.RememberAsync(page, email, password);
    }

    /// <summary>
    /// Signing in sets the screens to the account's language, and the shared demo accounts are English; a story is
    /// written for its browser's language (nl-NL or en-GB). So the language the sign-in set is taken off this browser
    /// again, as if it had never been set, and the page read anew; the account is not changed, as other stories share
    /// it. What signing in itself does with the language is <c>LocalizationTests</c>' story.
    /// </summary>
    private static async Task SpeakTheBrowsersLanguageAsync(IPage page, string? at)
    {
        var languages = await page.EvaluateAsync<string[]>("() => [document.documentElement.lang, navigator.language]");
        if (!languages[1].StartsWith(languages[0], StringComparison.OrdinalIgnoreCase))
        {
            await page.Context.ClearCookiesAsync(new() { Name = CookieRequestCultureProvider.DefaultCookieName });
            await page.ReloadAsync();
            await page.WaitUntilSignedInAsync(at);
        }
    }

    /// <summary>
    /// Leaves the context's pages (<paramref name="leave"/>) and forgets its sign-in, offline meanwhile: a page that is
    /// left sends Blazor's <c>_blazor/disconnect</c> beacon, and the answer to it renews the sign-in cookie (revalidated
    /// every 2 s in tests). Arriving after the cookies were cleared, it signed the next person in as the last one, whose
    /// form posts were then refused as meant for another user (400).
    /// </summary>
    public static async Task LeaveAndClearCookiesAsync(this IBrowserContext context, Func<Task> leave)
    {
        await context.SetOfflineAsync(true);
        await leave();
        await context.ClearCookiesAsync();
        await context.SetOfflineAsync(false);
    }

    private static readonly Regex SignInPage = new(@"^[a-z]+://[^/]+/Account/Login", RegexOptions.IgnoreCase);

    private static bool IsSignInPage(string url) => SignInPage.IsMatch(url);

    private static Task WaitUntilSignedInAsync(this IPage page, string? at) =>
        at is null ? page.WaitForStaffPageAsync() : page.WaitUntilShownAsync();

    /// <summary>
    /// Waits until whatever page is open is shown in full: an interactive page's circuit is live and nothing is still
    /// loading; the check-in desk has its list; any other static page is complete when loaded.
    /// </summary>
    public static async Task WaitUntilShownAsync(this IPage page)
    {
        if (await page.Locator(".eh-shell").CountAsync() > 0)
        {
            await page.WaitForInteractiveAsync();
            // What a page loads once its circuit is live (a grid's rows, a list) is still its loading, not an answer to a click.
            await Expect(page.Locator(".mud-progress-indeterminate, .eh-loading")).ToHaveCountAsync(0, new() { Timeout = BrowserFixture.PageLoadTimeout });
        }
        else if (await page.Locator("#door").CountAsync() > 0)
        {
            await page.WaitForStaffPageAsync();
        }
    }

    /// <summary>
    /// Opens <paramref name="url"/> and waits until it is shown (<see cref="WaitUntilShownAsync"/>). A page of the
    /// interactive app, opened from an interactive page, is reached as a person clicking a link in the app reaches it:
    /// through Blazor's own navigation, with no new document and no new circuit (about a fifth of the browser's work of
    /// loading it, which adds up in the sweeps of every page); anything else is loaded. <paramref name="url"/> is
    /// relative to the site (starts with "/").
    /// </summary>
    public static async Task OpenAsync(this IPage page, string url, bool interactive)
    {
        var elsewhere = !string.Equals(new Uri(page.Url).PathAndQuery, url, StringComparison.Ordinal); // no navigation to where it is
        if (interactive && elsewhere && await page.Locator(".eh-shell[data-interactive='true']").CountAsync() > 0)
        {
            // PageFocus marks the document again once the new page has rendered and its heading has the focus; a page
            // the interactive router does not have (a static one, or "not found") replaces the shell instead.
            await page.EvaluateAsync("url => { delete document.documentElement.dataset.pageFocused; Blazor.navigateTo(url); }", url);
            await Expect(page.Locator("html[data-page-focused='true'], html:not(:has(.eh-shell))").First)
                .ToBeAttachedAsync(new() { Timeout = BrowserFixture.PageLoadTimeout });
        }
        else
        {
            await page.GotoAsync(url);
        }

        await page.WaitUntilShownAsync();
    }

    /// <summary>
    /// Waits until a staff page can be used: the interactive shell is live, or — on the check-in desk, a static page
    /// with its own script — the desk has its guest list.
    /// </summary>
    public static Task WaitForStaffPageAsync(this IPage page) =>
        Expect(page.Locator(".eh-shell[data-interactive='true'], #door[data-ready='true']").First).ToBeVisibleAsync(WhilePageLoads);

    /// <summary>
    /// Waits until Blazor's circuit is connected (prerendered HTML does not respond to clicks yet) and has put the focus
    /// on the page's heading (Layout/PageFocus.razor): a Tab pressed before that could be undone by the focus moving.
    /// Both are the end of a page load, so they are held to <see cref="BrowserFixture.PageLoadTimeout"/>.
    /// </summary>
    public static async Task WaitForInteractiveAsync(this IPage page)
    {
        await Expect(page.Locator(".eh-shell[data-interactive='true']")).ToBeVisibleAsync(WhilePageLoads);
        await Expect(page.Locator("html[data-page-focused='true']")).ToHaveCountAsync(1, new() { Timeout = BrowserFixture.PageLoadTimeout });
    }

    /// <summary>
    /// Opens <paramref name="url"/> as on a slow network: the page shows, but its live connection does not start (the
    /// Blazor script is held back) until the returned action is called. What the person does meanwhile is done on the
    /// page the server sent, before the app is live on it.
    /// </summary>
    public static async Task<Action> OpenBeforeItIsLiveAsync(this IPage page, string url)
    {
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var script = new Regex(@"/_framework/blazor\.web(\.[^/]+)?\.js");
        await page.RouteAsync(script, async route =>
        {
            await held.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        return () =>
        {
            held.TrySetResult();
            _ = page.UnrouteAsync(script);
        };
    }

    /// <summary>
    /// Clicks what leads to another page — a link, a form's button, a save that moves on to what was saved — and waits
    /// until that page is shown (<see cref="OpenPageAsync(IPage, Func{Task})"/>).
    /// </summary>
    public static Task OpenPageAsync(this ILocator opener) => opener.Page.OpenPageAsync(() => opener.ClickAsync());

    /// <summary>
    /// Does what leads to another page (<paramref name="leave"/>: a click, Enter on a form's button, going back) and waits
    /// until that page is shown (<see cref="WaitUntilShownAsync"/>). That is a page load, held to
    /// <see cref="BrowserFixture.PageLoadTimeout"/>, not the assertions' 5 s for what a click changes on the page it was
    /// on; an assertion right after such a click waited on the whole load (seen failing under load in CI). The page being
    /// left is marked first, so its own heading or list cannot pass for the next page's: the next page is a new document
    /// (without the mark), a page Blazor's enhanced navigation put into this one (<c>enhancedload</c>), or a page the
    /// interactive router rendered (PageFocus marks it once its heading has the focus).
    /// </summary>
    public static async Task OpenPageAsync(this IPage page, Func<Task> leave)
    {
        await page.EvaluateAsync("""
            () => {
              const html = document.documentElement;
              html.dataset.left = 'true';
              delete html.dataset.pageFocused;
              window.Blazor?.addEventListener?.('enhancedload', () => delete document.documentElement.dataset.left);
            }
            """);
        await leave();
        await Expect(page.Locator("html:not([data-left]), html[data-page-focused='true']").First)
            .ToBeAttachedAsync(new() { Timeout = BrowserFixture.PageLoadTimeout });
        await page.WaitUntilLoadedAsync();
        await page.WaitUntilShownAsync();
    }

    /// <summary>
    /// Waits until the page's document has loaded (its <c>readyState</c> is "complete"; for a popup, the page it opened
    /// rather than the blank one it starts on). Asked of the page itself, not of Playwright's load events:
    /// <c>WaitForLoadStateAsync</c> (and <c>WaitForURLAsync</c>, which ends in it) looks whether "load" has fired and
    /// only then starts listening for it, on another thread than the one the events arrive on, so a load that fires in
    /// between is missed and the wait runs out on a page that had loaded (seen in CI: a form's answer, shown, and the
    /// wait's log holding only "NetworkIdle event fired"). The page's own state has no such gap.
    /// </summary>
    public static Task WaitUntilLoadedAsync(this IPage page) =>
        page.WaitForFunctionAsync("() => location.href !== 'about:blank' && document.readyState === 'complete'");

    /// <summary>
    /// Clicks what opens a dialog and waits until the dialog has put the cursor on its first field or button, as a
    /// person sees it ready. The dialog moves focus a round trip after it appears: text typed before that could land
    /// in another field, and a popover opened before it closes again (seen under load in CI).
    /// </summary>
    public static async Task OpenDialogAsync(this ILocator opener)
    {
        await opener.ClickAsync();
        await Expect(opener.Page.Locator("[role='dialog'] :focus")).ToBeFocusedAsync();
    }

    /// <summary>
    /// Types <paramref name="recipient"/> into the Outbox page's search and waits until the list shows only messages to
    /// them. A row count alone is not that: before the list's first load it holds one row (the "no emails" row that is
    /// prerendered), and a click meant for the searched row could land on the unfiltered list, whose rows the search then
    /// replaces under the click (no dialog opens). Checked in one look at the list, so no state in between passes.
    /// </summary>
    public static async Task SearchOutboxAsync(this IPage page, string recipient)
    {
        await page.Locator("#outbox-search").FillAsync(recipient);
        await page.WaitForFunctionAsync("""
            recipient => {
              const rows = [...document.querySelectorAll('.mud-table-body tr')];
              return rows.length > 0 && rows.every(row => row.textContent.includes(recipient));
            }
            """, recipient, new PageWaitForFunctionOptions { Timeout = 5_000 });
    }

    /// <summary>
    /// Runs axe with the WCAG 2.1 A and AA rules, and the order of headings (a best practice: a screen reader's list of
    /// headings with a level missing reads as if part of the page were), and fails with a readable list of violations.
    /// <paramref name="scanFrames"/> false leaves the content of iframes out (the iframe element itself is still checked):
    /// axe cannot run inside a frame whose sandbox forbids scripts, and Playwright would wait for it forever.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page, bool scanFrames = true)
    {
        var violations = await AccessibilityViolationsAsync(page, scanFrames);
        Assert.True(violations.Count == 0, $"Accessibility violations on {page.Url}:\n" + string.Join("\n", violations));
    }

    /// <summary>What axe finds against the WCAG 2.1 A and AA rules and the order of headings, one readable line per rule broken (empty: none).</summary>
    /// <param name="contrast">
    /// False leaves out colour contrast, two thirds of axe's time: only for a page whose colours were already checked in
    /// another language (the Dutch every-page sweep; colours do not change with the language).
    /// </param>
    public static async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(this IPage page, bool scanFrames = true, bool contrast = true)
    {
        var violations = await RunAxeWhenStillAsync(page, scanFrames, contrast);
        // A snackbar that starts fading out during the scan is measured half-transparent; once it is gone, scan again.
        if (violations.Count > 0 && violations.All(v => v.Nodes.All(n => n.Contains("mud-snackbar", StringComparison.Ordinal))))
        {
            await page.Locator(".mud-snackbar").Last.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 15_000 });
            violations = await RunAxeWhenStillAsync(page, scanFrames, contrast);
        }

        return violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3))}").ToList();
    }

    private static async Task<IReadOnlyList<AxeViolation>> RunAxeWhenStillAsync(IPage page, bool scanFrames, bool contrast)
    {
        // Let fades and slides finish (not endless spinners): colours are only measurable when things stand still.
        await page.EvaluateAsync("""
            Promise.all(document.getAnimations()
                .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
                .map(a => a.finished.catch(() => null)))
            """);
        // An email shown in a frame sandboxed without scripts (previews, the outbox) cannot run axe: Deque's runner waits
        // for it forever. Those emails are checked as documents of their own (EmailAccessibilityTests).
        if (scanFrames && await page.Locator("iframe:not([sandbox])").CountAsync() > 0)
        {
            // Frames need axe inside each of them: Deque's runner does that (a few seconds more per scan).
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags },
                Rules = new Dictionary<string, RuleOptions> { ["color-contrast"] = new() { Enabled = contrast }, ["heading-order"] = new() { Enabled = true } },
                Iframes = true,
            });
            return result.Violations.Select(v => new AxeViolation(v.Id, v.Impact, v.Help, v.Nodes.Select(n => n.Html).ToArray())).ToList();
        }

        // The same engine and rules, put into the page once per document and asked for violations only: a fraction of
        // the time of Deque's runner, which matters when every page of the app is scanned in several looks.
        await AxeScript.EnsureInPageAsync(page);

        return await page.EvaluateAsync<AxeViolation[]>("""
            ([tags, contrast]) => axe.run(document, { runOnly: { type: 'tag', values: tags }, rules: { 'color-contrast': { enabled: contrast }, 'heading-order': { enabled: true } }, resultTypes: ['violations'], iframes: false })
                .then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.html) })))
            """, new object[] { WcagTags, contrast });
    }

    /// <summary>One rule axe found broken, as read back from the page (settable: Playwright fills it from JSON).</summary>
    private sealed class AxeViolation
    {
        public AxeViolation()
        {
        }

        public AxeViolation(string id, string? impact, string help, string[] nodes) => (Id, Impact, Help, Nodes) = (id, impact, help, nodes);

        public string Id { get; set; } = "";
        public string? Impact { get; set; }
        public string Help { get; set; } = "";
        public string[] Nodes { get; set; } = [];
    }

    /// <summary>
    /// Chooses a file in a Blazor <c>InputFile</c> once Blazor listens to it. The circuit can be live before the
    /// component's script has wired the input; a file chosen in that moment is never read (seen under load in CI).
    /// </summary>
    public static async Task ChooseFileAsync(this ILocator fileInput, string path)
    {
        await fileInput.Page.WaitForFunctionAsync(
            "input => input._blazorInputFileNextFileId !== undefined", await fileInput.ElementHandleAsync());
        await fileInput.SetInputFilesAsync(path);
    }
}
