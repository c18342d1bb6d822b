using Microsoft.Playwright;

namespace EventHub.Tests.Support;

/// <summary>
/// Screenshots of the stories' pages for people to look at, under <c>TestResults/screenshots</c>. They assert nothing,
/// and a full-page screenshot costs chromium and the test process about as much CPU as loading the page, so they are
/// taken only when asked for: <c>EVENTHUB_SCREENSHOTS=1</c>, which <c>scripts/screenshots.sh</c> sets.
/// </summary>
public static class Screenshots
{
    public const string Variable = "EVENTHUB_SCREENSHOTS";

    /// <summary>Whether this run takes screenshots; a story that sets up a view only to photograph it asks first.</summary>
    public static bool Wanted { get; } = Environment.GetEnvironmentVariable(Variable) == "1";

    /// <summary>The whole page (or with <paramref name="fullPage"/> false, what the window shows) as <c>NAME.png</c>.</summary>
    public static Task ScreenshotAsync(this IPage page, string name, bool fullPage = true) =>
        Wanted ? page.ScreenshotAsync(new PageScreenshotOptions { Path = PathOf(name), FullPage = fullPage }) : Task.CompletedTask;

    /// <summary>One element of the page as <c>NAME.png</c>.</summary>
    public static Task ScreenshotAsync(this ILocator element, string name) =>
        Wanted ? element.ScreenshotAsync(new LocatorScreenshotOptions { Path = PathOf(name) }) : Task.CompletedTask;

    /// <summary>
    /// Takes <paramref name="shot"/> at desktop and at phone width (its argument is 1280 or 390, for the file name) and
    /// puts the window back to 1280 × 800; nothing at all when no screenshots are wanted.
    /// </summary>
    public static async Task AtBothWidthsAsync(this IPage page, Func<int, Task> shot)
    {
        if (!Wanted)
        {
            return;
        }

        await shot(1280);
        await page.SetViewportSizeAsync(390, 844);
        // The staff shell's navigation closes at phone width a moment after the window narrows, and slides away: the
        // shot waits until it has, so the page looks as it does on a phone.
        var navigation = page.Locator("header button.mud-icon-button-edge-start[aria-expanded]");
        if (await navigation.CountAsync() > 0)
        {
            await Assertions.Expect(navigation).ToHaveAttributeAsync("aria-expanded", "false");
            await page.WaitForFunctionAsync("() => document.getAnimations().every(a => !(a instanceof CSSTransition))");
        }

        await shot(390);
        await page.SetViewportSizeAsync(1280, 800);
    }

    private static string PathOf(string name) => Path.Combine(RepositoryPaths.Screenshots, $"{name}.png");
}
