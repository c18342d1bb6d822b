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

/// <summary>
/// A second check at a workshop's door: the desk switches to the session, lets in who registered and admits who did not,
/// and its counts are the room's — who of those registered came, and the room's own places — kept live.
/// </summary>
[Collection(DoorBrowserCollection.Name)]
public class SessionDoorTests(DoorBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task DoorStaff_AtAWorkshopsDoor_CheckInSomeoneRegistered_AndAdmitSomeoneOnItsWaitingList()
    {
        var (eventId, workshopId, ilse, joost) = await WorkshopTodayAsync($"Werkplaatsen {Guid.NewGuid():N}"[..20]);
        var page = await AtTheWorkshopsDoorAsync(eventId, workshopId);
        await Expect(page.Locator(".door-header h1")).ToHaveTextAsync("Check-in at the session door");
        await Expect(page.Locator("#door-session-current")).ToContainTextAsync("Session door: Workshop Klei · ");
        await Expect(page.Locator($"#door-session-{workshopId}")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(page.Locator("#door-counts")).ToHaveTextAsync("0 of 1 registered came · in the room: 0 of 1 places");

        await page.Locator("#door-code").FillAsync(ilse.Code);
        await page.Keyboard.PressAsync("Enter");
        await Expect(Answer(page).Locator(".door-answer-title")).ToHaveTextAsync("✓ Welcome, Ilse Deur! Checked in.");
        // The workshop's own count moves with every arrival, without a reload.
        await Expect(page.Locator("#door-counts")).ToHaveTextAsync("1 of 1 registered came · in the room: 1 of 1 places");
        // The room is full: a walk-in's form says so before anyone types a name.
        await page.Locator("#door-walkin-open").ClickAsync();
        await Expect(page.Locator("#walkin-room-full")).ToBeVisibleAsync();
        await Expect(page.Locator("#walkin-room-full")).ToHaveTextAsync("The room is full: admitting means more people than places.");
        await page.Keyboard.PressAsync("Escape");

        // On the workshop's waiting list: told so, and let in with Admit.
        await page.Locator("#door-find").FillAsync("poort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in Joost Poort" }).ClickAsync();
        await Expect(Answer(page)).ToContainTextAsync("Joost Poort is not registered for this session.");
        await Expect(Answer(page)).ToContainTextAsync("On this session's waiting list. Admit them if there is room.");
        await Expect(Answer(page)).ToContainTextAsync("The room is full: admitting means more people than places.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("door-session-not-registered-phone-en");
        await Answer(page).GetByRole(AriaRole.Button, new() { Name = "Admit" }).ClickAsync();
        await Expect(Answer(page)).ToContainTextAsync("Joost Poort admitted and checked in.");
        // Joost holds no place in the workshop: he is counted as admitted, not as one of those registered who came.
        await Expect(page.Locator("#door-counts")).ToHaveTextAsync("1 of 1 registered came · 1 admitted at the door · in the room: 2 of 1 places");
        var atTheEntrance = await browser.App.Services.CreateScope().ServiceProvider.GetRequiredService<CheckInService>().CountsAsync(eventId);
        Assert.Equal((2, 2), (atTheEntrance.Arrived, atTheEntrance.Expected)); // both came through the event's door with it

        await page.ReloadAsync();
        await DeskReadyAsync(page);
        await Expect(page.Locator("#door-counts")).ToHaveTextAsync("1 of 1 registered came · 1 admitted at the door · in the room: 2 of 1 places");
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
        await Expect(page.Locator("#door-counts")).ToHaveTextAsync("0 of 1 registered came · in the room: 0 of 1 places");

        await OfflineDeskTests.CutOffAsync(page.Context);
        await page.Locator("#door-code").FillAsync(ilse.Code);
        await page.Keyboard.PressAsync("Enter");
        await Expect(Answer(page).Locator(".door-answer-title")).ToHaveTextAsync("✓ Ilse Deur checked in on this device.");
        await Expect(page.Locator("#door-counts")).ToHaveTextAsync("1 of 1 registered came · in the room: 1 of 1 places");
        // On the workshop's waiting list: the desk knows it without the app.
        await page.Locator("#door-find").FillAsync("poort");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in Joost Poort" }).ClickAsync();
        await Expect(Answer(page)).ToContainTextAsync("Joost Poort is not registered for this session.");
        await Expect(Answer(page)).ToContainTextAsync("On this session's waiting list. Admit them if there is room.");
        await Expect(page.Locator("#door-connection")).ToHaveTextAsync("Offline: 1 check-in waiting on this device.");
        await page.ScreenshotAsync("door-session-offline-phone-en");

        await OfflineDeskTests.ReconnectAsync(page.Context);
        await Expect(page.Locator("#door-sync-report")).ToContainTextAsync("Back online: 1 check-in sent.", new() { Timeout = 20_000 });
        var sessions = browser.App.Services.CreateScope().ServiceProvider.GetRequiredService<SessionDoorService>();
        Assert.Equal(ilse.InvitationId, Assert.Single(await sessions.ArrivalsAsync(workshopId)).InvitationId);

        // A second desk at the same room lets Joost in: this desk's counts follow without a reload.
        await sessions.AdmitAsync(eventId, workshopId, joost.InvitationId, Staff.Organiser);
        await Expect(page.Locator("#door-counts")).ToHaveTextAsync("1 of 1 registered came · 1 admitted at the door · in the room: 2 of 1 places");
    }

    /// <summary>
    /// Door staff on a phone, at the workshop's door: signed in at the event's desk — whose code field is on the first
    /// screen, under one line naming the door — then the session picked from that line, opened with the keyboard.
    /// </summary>
    private async Task<IPage> AtTheWorkshopsDoorAsync(int eventId, int workshopId)
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync("door@eventhub.example", at: $"/check-in/{eventId}");
        await DeskReadyAsync(page);
        await Expect(page.Locator($"#door-session-{workshopId}")).ToBeHiddenAsync();
        await Expect(page.Locator("#door-code")).ToBeInViewportAsync(new() { Ratio = 1 });
        await page.Locator("#door-sessions summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator($"#door-session-{workshopId}").ClickAsync();
        await DeskReadyAsync(page);
        await Expect(page.Locator("#door-code")).ToBeInViewportAsync(new() { Ratio = 1 });
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
