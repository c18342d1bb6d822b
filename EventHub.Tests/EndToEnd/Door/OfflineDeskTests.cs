using EventHub.Core.Data;
using EventHub.Core.Door;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static EventHub.Tests.EndToEnd.Door.DoorDeskTests;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Door;

/// <summary>
/// The venue's Wi-Fi drops: the desk — cut off from the app for real, every request refused — goes on checking people
/// in from the list it keeps, survives a reload from the service worker, and sends its queue when the connection is
/// back, reporting who had meanwhile been checked in elsewhere instead of counting them twice.
/// </summary>
[Collection(DoorBrowserCollection.Name)]
public class OfflineDeskTests(DoorBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task TheConnectionDrops_TheDeskGoesOnFromItsOwnList_AndSendsItsQueueWhenBack()
    {
        var (eventId, guests) = await TodaysEvents.CreateAsync(browser.App.Services, "Deurdienst zonder wifi",
            [InvitationStatus.Accepted, InvitationStatus.Accepted, InvitationStatus.Accepted, InvitationStatus.Accepted]);
        var (ilse, joost, karin) = (guests[0], guests[1], guests[2]);
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync("door@eventhub.example", at: $"/check-in/{eventId}");
        await DeskReadyAsync(page);
        // The service worker keeps the desk from the next load on.
        await page.EvaluateAsync("() => navigator.serviceWorker.ready");
        await page.ReloadAsync();
        await DeskReadyAsync(page);
        await Expect(page.Locator("#door-connection")).ToHaveTextAsync("Online");

        // The device's clock runs two hours behind (a borrowed tablet, set by hand).
        var cutOff = DateTime.UtcNow;
        await page.Clock.SetSystemTimeAsync(cutOff.AddHours(-2));
        await CutOffAsync(page.Context);
        await page.Locator("#door-code").FillAsync(ilse.Code);
        await page.Keyboard.PressAsync("Enter");
        await Expect(Answer(page).Locator(".door-answer-title")).ToHaveTextAsync("✓ Ilse Deur checked in on this device.");
        await page.Locator("#door-find").FillAsync("poort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in Joost Poort" }).ClickAsync();
        await Expect(page.Locator("#door-connection")).ToHaveTextAsync("Offline: 2 check-ins waiting on this device.");
        await Expect(page.Locator("#door-find")).ToHaveValueAsync(""); // let in, on this device: the search is done
        await Expect(page.Locator("#door-counts")).ToHaveTextAsync("2 of 4 expected");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("door-offline-phone-en");

        // Reloaded with no connection at all: the desk comes from this device, list and queue included.
        await page.ReloadAsync();
        await DeskReadyAsync(page);
        await Expect(page.Locator("#door-connection")).ToHaveTextAsync("Offline: 2 check-ins waiting on this device.");
        await page.Locator("#door-code").FillAsync("ZZZZZ-ZZZZZ");
        await page.Keyboard.PressAsync("Enter");
        await Expect(Answer(page).Locator(".door-answer-title")).ToHaveTextAsync("✕ This code is not on this device's list.");

        // Meanwhile Karin came in through another desk, still online; this desk does not know.
        var otherDesk = await browser.App.Services.CreateScope().ServiceProvider.GetRequiredService<CheckInService>()
            .CheckInAsync(eventId, karin.InvitationId, Staff.Organiser);
        Assert.Equal(DoorAnswerKind.CheckedIn, otherDesk.Value.Kind);
        await page.Locator("#door-code").FillAsync(karin.Code);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#door-connection")).ToHaveTextAsync("Offline: 3 check-ins waiting on this device.");

        await ReconnectAsync(page.Context);
        await Expect(page.Locator("#door-connection")).ToHaveTextAsync("Online", new() { Timeout = 20_000 });
        await Expect(page.Locator("#door-sync-report")).ToContainTextAsync("Back online: 3 check-ins sent.");
        await Expect(page.Locator("#door-sync-report")).ToContainTextAsync("Karin Drempel had already been checked in on another device at");
        // Karin's card no longer says "Offline: it is sent when the connection is back": it says what the server found.
        await Expect(Answer(page).Locator(".door-answer-title")).ToContainTextAsync("Karin Drempel is already checked in: at");
        await Expect(page.Locator("#door-counts")).ToHaveTextAsync("3 of 4 expected");
        var counts = await browser.App.Services.CreateScope().ServiceProvider.GetRequiredService<CheckInService>().CountsAsync(eventId);
        Assert.Equal((3, 4), (counts.Arrived, counts.Expected));
        // Dated by the server's clock, as long before the desk sent them as the desk counted: not two hours back.
        var sentBackAt = DateTime.UtcNow;
        var cameIn = await AppData.ReadAsync(browser.App, db => db.Invitations
            .Where(i => i.Id == ilse.InvitationId || i.Id == joost.InvitationId).Select(i => i.CheckedInAtUtc!.Value).ToListAsync());
        Assert.All(cameIn, at => Assert.InRange(at, cutOff.AddSeconds(-1), sentBackAt));
        await page.ScreenshotAsync("door-back-online-phone-en");
    }

    [Fact]
    public async Task AWalkInsReplyIsLostOnTheWay_TheDeskSendsItAgain_AndThePersonIsRegisteredOnce()
    {
        var (eventId, _) = await TodaysEvents.CreateAsync(browser.App.Services, "Deurdienst met haperende wifi", [InvitationStatus.Accepted]);
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        // The registration reaches the app and is saved; its reply never comes back to the desk. Routed before the desk
        // loads, as DoorDeskTests.Held says why.
        await page.Context.RouteAsync($"**/door/{eventId}/walk-ins", async route =>
        {
            await route.FetchAsync();
            await route.AbortAsync("connectionreset");
        }, new() { Times = 1 });
        await page.SignInAsync("door@eventhub.example", at: $"/check-in/{eventId}");
        await DeskReadyAsync(page);

        await page.Locator("#door-walkin-open").ClickAsync();
        await page.Locator("#walkin-first").FillAsync("Sem");
        await page.Locator("#walkin-last").FillAsync("Kok");
        await page.Locator("#walkin-submit").ClickAsync();
        await Expect(Answer(page).Locator(".door-answer-title")).ToContainTextAsync("Sem Kok");
        // Queued as offline; how long the desk shows that is not this story's: the saved walk-in's live update, the
        // desk's five-second probe or this 'online' event can each bring it back first.
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('online'))"); // the desk asks again at once

        await Expect(page.Locator("#door-connection")).ToHaveTextAsync("Online");
        await Expect(page.Locator("#door-sync-report")).ToContainTextAsync("Back online: 1 check-in sent.");
        await Expect(page.Locator("#door-counts")).ToContainTextAsync("walk-ins: 1");
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, await db.Invitations.CountAsync(i => i.EventId == eventId && i.IsWalkIn));
    }

    [Fact]
    public async Task TheServerAnswersSlowly_BeforeTheDeviceKeepsTheDesk_TheDeskStillLoads()
    {
        var (eventId, _) = await TodaysEvents.CreateAsync(browser.App.Services, "Deurdienst met een trage server", [InvitationStatus.Accepted]);
        var page = await browser.NewPageAsync();
        // The desk's own address answers slowly once asked to: longer than the service worker waits before it serves the
        // copy it keeps (4 s), like a busy server. Routed before the desk loads, as Held says why.
        var slow = false;
        var answerTakes = TimeSpan.FromSeconds(6);
        await page.Context.RouteAsync($"**/check-in/{eventId}", async route =>
        {
            if (slow)
            {
                await Task.Delay(answerTakes);
            }

            await route.ContinueAsync();
        });
        await page.SignInAsync("door@eventhub.example", at: $"/check-in/{eventId}");
        await DeskReadyAsync(page);
        await page.EvaluateAsync("() => navigator.serviceWorker.ready"); // the next load goes through it; it keeps no copy yet

        slow = true;
        // A page load's bound after the answer's own time: the delay is the story, not load.
        await page.ReloadAsync(new() { Timeout = BrowserFixture.PageLoadTimeout + (float)answerTakes.TotalMilliseconds });

        Assert.EndsWith($"/check-in/{eventId}", page.Url, StringComparison.Ordinal); // not chromium's error page
        await DeskReadyAsync(page);
    }

    /// <summary>No request reaches the app any more: the browser is offline and every request (also the service worker's) is refused.</summary>
    internal static async Task CutOffAsync(IBrowserContext context)
    {
        await context.RouteAsync("**/*", route => route.AbortAsync("internetdisconnected"));
        await context.SetOfflineAsync(true);
    }

    internal static async Task ReconnectAsync(IBrowserContext context)
    {
        await context.UnrouteAllAsync(new() { Behavior = UnrouteBehavior.IgnoreErrors });
        await context.SetOfflineAsync(false);
    }
}
