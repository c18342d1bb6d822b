using System.Text.RegularExpressions;
using EventHub.App.Hosting;
using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Insight;

/// <summary>
/// The organiser reads the alliance's and an event's charts on a phone. Shrunk to the screen, a chart's axis labels,
/// values and words were 4.5 px type at 320 px (a 700-unit drawing in 262 px); now every chart keeps the size it has on a
/// laptop and scrolls sideways inside its own box, which the keyboard reaches, the legend staying in view, while the page
/// itself never scrolls sideways. On a laptop nothing scrolls.
/// </summary>
[Collection(InsightBrowserCollection.Name)]
public class ChartsOnAPhoneTests(InsightBrowserFixture browser) : BrowserStory(browser)
{
    /// <summary>MudBlazor's 12-unit chart words as a laptop shows them: the 700 × 350 drawing 280 px high, so 0.8 px a unit.</summary>
    private const double LaptopTypePx = 12 * 0.8;

    [Theory]
    [InlineData("en-GB", false)]
    [InlineData("nl-NL", true)]
    public async Task Organiser_OnAPhone_ReadsEveryChartsWords_AtTheirLaptopSize_ScrollingOnlyTheChart(string locale, bool dark)
    {
        var past = await DemoEvents.FindAsync(browser.App, DemoEvents.PastTitle); // its dashboard has all four charts
        var page = await browser.NewPageAsync(locale);
        if (dark)
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = ThemePreference.CookieName, Value = "dark", Url = browser.BaseUrl }]);
        }

        await page.SignInAsync("organiser@eventhub.example", at: "/insight");
        var problems = new List<string>();
        foreach (var (path, charts) in new[] { ("/insight", 3), ($"/events/{past.Id}/dashboard", 4) })
        {
            await page.SetViewportSizeAsync(1280, 800);
            await page.OpenAsync(path, interactive: true);
            await Expect(page.Locator(".eh-figure-chart")).ToHaveCountAsync(charts);
            var onALaptop = await ChartsAsync(page);
            problems.AddRange(onALaptop.Where(c => c.Scrolls || c.SmallestType < LaptopTypePx - 0.1)
                .Select(c => $"{path} at 1280 px: {c}; expected as before: {LaptopTypePx:0.0} px words, no scrolling"));
            problems.AddRange(onALaptop.Where(c => c.Crowded.Length > 0)
                .Select(c => $"{path} at 1280 px: {c.Id}'s axis names run into the one before: {string.Join(", ", c.Crowded)}"));

            foreach (var width in new[] { 390, 320 })
            {
                await page.SetViewportSizeAsync(width, 844);
                // The menu closes at phone width a moment after the window narrows, and slides away: the charts are
                // measured once the page has its phone layout (meanwhile the content is narrower still).
                await Expect(page.Locator("header button.mud-icon-button-edge-start[aria-expanded]")).ToHaveAttributeAsync("aria-expanded", "false");
                await page.WaitForFunctionAsync("() => document.getAnimations().every(a => !(a instanceof CSSTransition))");
                await page.ScreenshotAsync($"charts-phone-{width}-{locale}-{(dark ? "dark" : "light")}-{path.Split('/')[^1]}");
                if (await page.SidewaysScrollAsync() is { } sideways)
                {
                    problems.Add($"{path} at {width} px: {sideways}");
                }

                foreach (var chart in await ChartsAsync(page))
                {
                    if (chart.SmallestType < LaptopTypePx - 0.1)
                    {
                        problems.Add($"{path} at {width} px: words of {chart.Id} drawn at {chart.SmallestType:0.0} px, smaller than on a laptop ({LaptopTypePx:0.0} px)");
                    }

                    if (chart.Crowded.Length > 0)
                    {
                        problems.Add($"{path} at {width} px: {chart.Id}'s axis names run into the one before: {string.Join(", ", chart.Crowded)}");
                    }

                    if (!chart.Scrolls)
                    {
                        problems.Add($"{path} at {width} px: {chart}; on a phone the drawing keeps its laptop width, scrolling in its box");
                    }
                }
            }

            await page.AssertAccessibleAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));

        // On the event's dashboard at 320 px the keyboard reaches the first chart and scrolls it; at its far end the
        // legend is still in the box, and so are the numbers of its value axis, at the box's left edge.
        var box = page.Locator(".eh-figure-chart").First;
        await box.FocusAsync();
        await Expect(box).ToBeFocusedAsync();
        await Expect(box).ToHaveAccessibleNameAsync(new Regex(".+"));
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(box).Not.ToHaveJSPropertyAsync("scrollLeft", 0);
        await box.EvaluateAsync("el => el.scrollLeft = el.scrollWidth");
        var legendInTheBox = await box.EvaluateAsync<bool>("""
            el => {
                const outer = el.getBoundingClientRect(), legend = el.querySelector('.mud-chart-legend').getBoundingClientRect();
                return legend.left >= outer.left - 0.5 && legend.right <= outer.right + 0.5;
            }
            """);
        Assert.True(legendInTheBox, "Scrolled to its end, the chart's legend left its box");
        var axisOutOfTheBox = await box.EvaluateAsync<string[]>("""
            el => {
                const outer = el.getBoundingClientRect();
                return [...el.querySelectorAll('.mud-charts-yaxis text')].filter(t => t.textContent.trim() !== '')
                    .filter(t => { const r = t.getBoundingClientRect(); return r.left < outer.left - 0.5 || r.right > outer.left + 60; })
                    .map(t => t.textContent);
            }
            """);
        Assert.True(await box.EvaluateAsync<int>("el => el.querySelectorAll('.mud-charts-yaxis text').length") > 1, "the chart has a value axis");
        Assert.True(axisOutOfTheBox.Length == 0, $"Scrolled to its end, the value axis left the box's left edge: {string.Join(", ", axisOutOfTheBox)}");
    }

    private sealed class Chart
    {
        public string Id { get; init; } = "";

        public double SmallestType { get; init; }

        public bool Scrolls { get; init; }

        public string[] Crowded { get; init; } = [];

        public override string ToString() => $"{Id} (smallest words {SmallestType:0.0} px, {(Scrolls ? "scrolls" : "does not scroll")} in its box)";
    }

    /// <summary>
    /// Each chart on the page: the smallest of its SVG words as drawn (its font size times the drawing's scale on the
    /// screen), whether its box scrolls sideways, and the names along its category axis that run into the one before.
    /// </summary>
    private static async Task<IReadOnlyList<Chart>> ChartsAsync(IPage page) =>
        await page.EvaluateAsync<Chart[]>("""
            () => [...document.querySelectorAll('.eh-figure-chart')].map(box => {
                const svg = box.querySelector('svg');
                const matrix = svg.getScreenCTM();
                const scale = Math.hypot(matrix.a, matrix.b);
                const sizes = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim() !== '')
                    .map(t => parseFloat(getComputedStyle(t).fontSize) * scale);
                // Names along the category axis (those not slanted) that run into the next one.
                const names = [...svg.querySelectorAll('.mud-charts-xaxis text')]
                    .filter(t => t.textContent.trim() !== '' && !/rotate\((?!0 )/.test(t.getAttribute('transform') ?? ''))
                    .map(t => ({ text: t.textContent, box: t.getBoundingClientRect() })).sort((a, b) => a.box.left - b.box.left);
                const crowded = names.slice(1).filter((n, i) => n.box.left < names[i].box.right - 0.5).map(n => n.text);
                return { Id: box.closest('figure').id, SmallestType: Math.min(...sizes), Scrolls: box.scrollWidth > box.clientWidth + 1, Crowded: crowded };
            })
            """);
}
