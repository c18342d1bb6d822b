using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Door;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static EventHub.Tests.EndToEnd.Door.DoorDeskTests;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Door;

/// <summary>A second check at a workshop's door: the desk switches to the session, lets in who registered and admits who did not.</summary>
[Collection(DoorBrowserCollection.Name)]
public class SessionDoorTests(DoorBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task DoorStaff_AtAWorkshopsDoor_CheckInSomeoneRegistered_AndAdmitSomeoneOnItsWaitingList()
    {
        var (eventId, workshopId, ilse, joost) = await WorkshopTodayAsync($"Werkplaatsen {Guid.NewGuid():N}"[..20]);
        var page = await AtTheWorkshopsDoorAsync(eventId, workshopId);
        await Expect(page.Locator("#door-session-current")).ToHaveTextAsync("Session door: Workshop Klei · 0 of 1 registered came");
        await Expect(page.Locator($"#door-session-{workshopId}")).ToHaveAttributeAsync("aria-current", "page");

        await page.Locator("#door-code").FillAsync(ilse.Code);
        await page.Keyboard.PressAsync("Enter");
        await Expect(Answer(page).Locator(".door-answer-title")).ToHaveTextAsync("✓ Welcome, Ilse Deur! Checked in.");
        // The workshop's own count moves with every arrival, without a reload.
        await Expect(page.Locator("#door-session-current")).ToHaveTextAsync("Session door: Workshop Klei · 1 of 1 registered came");

        // On the workshop's waiting list: told so, and let in with Admit.
        await page.Locator("#door-find").FillAsync("poort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in Joost Poort" }).ClickAsync();
        await Expect(Answer(page)).ToContainTextAsync("Joost Poort is not registered for this session.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("door-session-not-registered-phone-en");
        await Answer(page).GetByRole(AriaRole.Button, new() { Name = "Admit" }).ClickAsync();
        await Expect(Answer(page)).ToContainTextAsync("Joost Poort admitted and checked in.");
        // Both came through the event's door with it: they were expected there.
        await Expect(page.Locator("#door-counts")).ToHaveTextAsync("2 of 2 expected");
        await Expect(page.Locator("#door-session-current")).ToHaveTextAsync("Session door: Workshop Klei · 2 of 1 registered came");

        await page.ReloadAsync();
        await DeskReadyAsync(page);
        await Expect(page.Locator("#door-session-current")).ToHaveTextAsync("Session door: Workshop Klei · 2 of 1 registered came");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task AtAWorkshopsDoor_WithoutAConnection_SomeoneWhoCameInAtTheEntrance_IsLetIntoTheSession_AndCountedThereWhenTheDeskIsBack()
    {
        var (eventId, workshopId, ilse, joost) = await WorkshopTodayAsync($"Werkplaatsen zonder wifi {Guid.NewGuid():N}"[..32]);
        var entrance = await browser.App.Services.CreateScope().ServiceProvider.GetRequiredService<CheckInService>()
            .CheckInAsync(eventId, ilse.InvitationId, Staff.Organiser);
        Assert.Equal(DoorAnswerKind.CheckedIn, entrance.Value.Kind);
        var page = await AtTheWorkshopsDoorAsync(eventId, workshopId);
        await Expect(page.Locator("#door-session-current")).ToHaveTextAsync("Session door: Workshop Klei · 0 of 1 registered came");

        await OfflineDeskTests.CutOffAsync(page.Context);
        await page.Locator("#door-code").FillAsync(ilse.Code);
        await page.Keyboard.PressAsync("Enter");
        await Expect(Answer(page).Locator(".door-answer-title")).ToHaveTextAsync("✓ Ilse Deur checked in on this device.");
        // On the workshop's waiting list: the desk knows it without the app.
        await page.Locator("#door-find").FillAsync("poort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in Joost Poort" }).ClickAsync();
        await Expect(Answer(page)).ToContainTextAsync("Joost Poort is not registered for this session.");
        await Expect(page.Locator("#door-connection")).ToHaveTextAsync("Offline: 1 check-in waiting on this device.");
        await page.ScreenshotAsync("door-session-offline-phone-en");

        await OfflineDeskTests.ReconnectAsync(page.Context);
        await Expect(page.Locator("#door-sync-report")).ToContainTextAsync("Back online: 1 check-in sent.", new() { Timeout = 20_000 });
        var arrivals = await browser.App.Services.CreateScope().ServiceProvider.GetRequiredService<SessionDoorService>().ArrivalsAsync(workshopId);
        Assert.Equal(ilse.InvitationId, Assert.Single(arrivals).InvitationId);
    }

    /// <summary>Door staff on a phone, at the workshop's door: signed in at the event's desk, then the session picked.</summary>
    private async Task<IPage> AtTheWorkshopsDoorAsync(int eventId, int workshopId)
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync("door@eventhub.example", at: $"/check-in/{eventId}");
        await DeskReadyAsync(page);
        await page.Locator($"#door-session-{workshopId}").ClickAsync();
        await DeskReadyAsync(page);
        return page;
    }

    /// <summary>
    /// A published event on today with two workshops; Ilse registered for Workshop Klei (one place), Joost chose it too
    /// and waits for a place.
    /// </summary>
    private async Task<(int EventId, int WorkshopId, TodaysGuest Ilse, TodaysGuest Joost)> WorkshopTodayAsync(string title)
    {
        var (eventId, guests) = await TodaysEvents.CreateAsync(browser.App.Services, title,
            [InvitationStatus.Accepted, InvitationStatus.Accepted], workshopPlaces: 1);
        await using var db = await browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var workshopId = await db.Sessions.Where(s => s.EventId == eventId && s.Title == TodaysEvents.Workshop).Select(s => s.Id).SingleAsync();
        return (eventId, workshopId, guests[0], guests[1]);
    }
}
