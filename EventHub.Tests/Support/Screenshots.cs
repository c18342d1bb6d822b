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

    private static string PathOf(string name) => Path.Combine(RepositoryPaths.Screenshots, $"{name}.png");
}
