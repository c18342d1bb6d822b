using System.Text.RegularExpressions;
using EventHub.Tests.Support;
using Microsoft.Playwright;
using static EventHub.Tests.EndToEnd.Door.DoorDeskTests;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Door;

/// <summary>
/// Stories hand their browser contexts on to the next story (<see cref="ReusedContexts"/>). The door desk leaves the
/// most behind — a sign-in, a service worker, its list in IndexedDB, a device gone offline — so it is the story that
/// shows the next one finds none of it.
/// </summary>
[Collection(DoorBrowserCollection.Name)]
public class NextStoryTests(DoorBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task TheNextStory_FindsNothingTheDoorDeskLeftInItsBrowser()
    {
        var (eventId, _, _) = await TodaysEvents.CreateAsync(browser.App.Services, "Deur met een schone lei");
        var desk = await browser.NewPageAsync();
        await desk.SignInAsync("door@eventhub.example", at: $"/check-in/{eventId}");
        await DeskReadyAsync(desk);
        await desk.EvaluateAsync("() => navigator.serviceWorker.ready");
        await desk.EvaluateAsync("() => localStorage.setItem('eventhub:left-behind', 'yes')");
        Assert.Equal(1, await ServiceWorkersAsync(desk));
        Assert.NotEqual(0, await DatabasesAsync(desk));
        await desk.Context.RouteAsync("**/*", route => route.AbortAsync("internetdisconnected"));
        await desk.Context.SetOfflineAsync(true);
        var used = desk.Context;

        await browser.ClosePagesAsync(); // the story ends
        var next = await browser.NewPageAsync();

        Assert.Same(used, next.Context);
        Assert.Empty(await next.Context.CookiesAsync());
        await next.GotoAsync($"/check-in/{eventId}");
        await Expect(next).ToHaveURLAsync(new Regex("/Account/Login"));
        Assert.Equal(0, await next.EvaluateAsync<int>("() => localStorage.length"));
        Assert.Equal(0, await DatabasesAsync(next));
        Assert.Equal(0, await ServiceWorkersAsync(next));
    }

    private static Task<int> ServiceWorkersAsync(IPage page) =>
        page.EvaluateAsync<int>("async () => (await navigator.serviceWorker.getRegistrations()).length");

    private static Task<int> DatabasesAsync(IPage page) =>
        page.EvaluateAsync<int>("async () => (await indexedDB.databases()).length");
}
