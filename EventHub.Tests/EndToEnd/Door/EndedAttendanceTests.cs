using EventHub.Core.Door;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Door;

/// <summary>After the door: the organiser ends the event and its page shows the final attendance; the door changes nothing any more.</summary>
[Collection(DoorBrowserCollection.Name)]
public class EndedAttendanceTests(DoorBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_EndsTheEvent_AndSeesWhoCame_Final_WithNoShows()
    {
        var (eventId, guests) = await TodaysEvents.CreateAsync(browser.App.Services, $"Afgesloten deur {Guid.NewGuid():N}"[..24],
            [InvitationStatus.Accepted, InvitationStatus.Accepted, InvitationStatus.Declined]);
        using (var scope = browser.App.Services.CreateScope())
        {
            var checkIns = scope.ServiceProvider.GetRequiredService<CheckInService>();
            Assert.Equal(DoorAnswerKind.CheckedIn, (await checkIns.CheckInAsync(eventId, guests[0].InvitationId, Staff.Door)).Value.Kind);
            Assert.Equal(DoorAnswerKind.CheckedIn, (await checkIns.AdmitAsync(eventId, guests[2].InvitationId, Staff.Door)).Value.Kind);
        }

        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{eventId}");
        await Expect(page.Locator("#event-attendance-state")).ToHaveTextAsync("So far: the door is still open.");

        await page.Locator("#end-event").ClickAsync();
        await page.Locator("#confirm-ok").ClickAsync();

        await Expect(page.Locator("#event-attendance")).ToHaveAttributeAsync("data-frozen", "true");
        await Expect(page.Locator("#event-attendance-state")).ToHaveTextAsync("Final: the event was ended, so the door changes nothing any more.");
        await Expect(page.Locator("#event-attendance .eh-stat").Nth(3)).ToContainTextAsync("No-shows");
        await Expect(page.Locator("#event-attendance .eh-stat").Nth(3).Locator(".eh-stat-value")).ToHaveTextAsync("1");
        await Expect(page.Locator("#event-attendance .eh-stat").Nth(4).Locator(".eh-stat-value")).ToHaveTextAsync("2");
        await page.AssertAccessibleAsync();
        await page.Locator("#event-attendance").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("event-attendance-final-en");

        using var after = browser.App.Services.CreateScope();
        var refused = await after.ServiceProvider.GetRequiredService<CheckInService>().CheckInAsync(eventId, guests[1].InvitationId, Staff.Organiser);
        Assert.Equal(DoorErrors.EventEnded, refused.ErrorCode);
    }
}
