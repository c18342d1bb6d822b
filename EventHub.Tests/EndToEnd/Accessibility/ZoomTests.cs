using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Accessibility;

/// <summary>
/// 200 % zoom loses no content or function (WCAG 1.4.4, 1.4.10): a 1280 px wide window at 200 % lays pages out as a
/// 640 px wide one, so the main staff and partner pages are opened 640 px wide: nothing scrolls sideways, and the
/// menu (staff) or the language links (partners) can still be reached with the keyboard.
/// </summary>
[Collection(AccessibilityBrowserCollection.Name)]
public class ZoomTests(AccessibilityBrowserFixture browser) : BrowserStory(browser)
{
    private static readonly string[] StaffPages =
    [
        "/", "/events", "/events/{Id:int}", "/events/{Id:int}/edit", "/events/{Id:int}/invitations", "/events/{Id:int}/synthesis",
        "/contacts", "/organisations/{Id:int}", "/actions", "/check-in/{EventId:int}", "/my-sessions", "/sessions/{Id:int}/outcome",
    ];

    private static readonly string[] PartnerPages = ["/rsvp/{Token}", "/e/{Slug}", "/e/{Slug}/report", "/a/{Token}", "/accessibility"];

    [Fact]
    public async Task MainPages_At200PercentZoom_DoNotScrollSideways_AndKeepTheirMenuReachable()
    {
        var routes = (await AppRoutes.DiscoverAsync(browser.App.Services, await DemoRouteValues.ReadAsync(browser.App.Services)))
            .ToDictionary(r => r.Template);
        var pages = new RoleBrowsers(browser);
        var problems = new List<string>();
        foreach (var template in StaffPages.Concat(PartnerPages))
        {
            var route = routes[template];
            var page = await pages.PageAsync(RoleBrowsers.RoleFor(route.Access), "nl-NL"); // the longer words
            await page.SetViewportSizeAsync(640, 800);
            await page.OpenAsync(route.Url, route.IsInteractive); // reached in the app once the role's first page is open
            if (route.IsPublic)
            {
                await Expect(page.Locator(".eh-language-links")).ToBeInViewportAsync();
            }
            else
            {
                await page.WaitForStaffPageAsync();
                await Expect(page.Locator(".mud-progress-indeterminate")).ToHaveCountAsync(0);
            }

            var width = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            if (width[0] > width[1])
            {
                // Which element makes it wide: the child whose hiding ends the sideways scroll, followed down the tree.
                var widest = await page.EvaluateAsync<string>("""
                    () => {
                      const wide = () => document.documentElement.scrollWidth > window.innerWidth;
                      let node = document.body, path = [];
                      for (let depth = 0; depth < 30; depth++) {
                        let culprit = null;
                        for (const child of node.children) {
                          const before = child.style.display; child.style.display = 'none';
                          const fixed = !wide(); child.style.display = before;
                          if (fixed) { culprit = child; break; }
                        }
                        if (!culprit) break;
                        path.push(`${culprit.tagName}.${culprit.className?.baseVal ?? culprit.className}`);
                        node = culprit;
                      }
                      return path.join(' > ') + ' :: ' + node.outerHTML.slice(0, 150);
                    }
                    """);
                problems.Add($"{route.Url}: {width[0]} px wide in a {width[1]} px window — {widest}");
                await page.ScreenshotAsync($"zoom-200-{template.Trim('/').Replace('/', '-').Replace("{", "").Replace("}", "").Replace(':', '-')}");
            }

            if (!route.IsPublic && template == "/")
            {
                await MenuOpensWithTheKeyboardAsync(page);
            }
        }

        Assert.True(problems.Count == 0, "Pages scroll sideways at 200 % zoom:\n" + string.Join("\n", problems));
    }

    /// <summary>At this width the menu is folded away behind the menu button: the keyboard opens it and reaches its links.</summary>
    private static async Task MenuOpensWithTheKeyboardAsync(IPage page)
    {
        var events = page.GetByRole(AriaRole.Link, new() { Name = "Bijeenkomsten" });
        await Expect(events).Not.ToBeInViewportAsync();
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Menu tonen of verbergen" }), backwards: true);
        await page.Keyboard.PressAsync("Enter");
        await Expect(events).ToBeInViewportAsync();
        await page.TabToAsync(events);
        await page.Keyboard.PressAsync("Escape");
    }
}
