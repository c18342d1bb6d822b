using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Invitations;

/// <summary>Door staff check guests in by the code on their QR code, or by name; a second scan and a wrong code are explained.</summary>
[Collection(InvitationsBrowserCollection.Name)]
public class CheckInTests(InvitationsBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task DoorStaff_CheckAGuestIn_ByTheirCode()
    {
        // Door staff work only the events taking place today.
        var (eventId, first, second) = await TodaysEvents.CreateAsync(browser.App.Services, "Deurdienst vandaag");
        var (name, code, other) = (first.Name, first.Code, second.Name);
        var page = await browser.NewPageAsync();
        await page.SignInAsync("door@eventhub.example");
        await page.GotoAsync("/check-in");
        await page.WaitForInteractiveAsync();
        await page.Locator($"a[href='check-in/{eventId}']").ClickAsync();
        await Expect(page.Locator("#checkin-code")).ToBeFocusedAsync();

        await page.Locator("#checkin-code").FillAsync(CheckInPass.Display(code).ToLowerInvariant());
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#checkin-result")).ToContainTextAsync($"Welcome, {name}!");
        await Expect(page.Locator("#checkin-recent")).ToContainTextAsync(name);
        await Expect(page.Locator("#checkin-code")).ToHaveValueAsync("");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("check-in-en");

        await page.Locator("#checkin-code").FillAsync(code);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#checkin-result")).ToContainTextAsync($"{name} was already checked in at");

        await page.Locator("#checkin-code").FillAsync("NOT-A-CODE");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#checkin-result")).ToContainTextAsync("This code is not on the guest list of this event.");

        // Someone without their code is found by name.
        await page.Locator("#checkin-find").FillAsync(other);
        await page.Locator("#checkin-found li", new() { HasText = other }).GetByRole(AriaRole.Button, new() { Name = $"Check in {other}" }).ClickAsync();
        await Expect(page.Locator("#checkin-result")).ToContainTextAsync($"Welcome, {other}!");
        await Expect(page.Locator("#checkin-found li", new() { HasText = other })).ToContainTextAsync("Checked in at");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("check-in-by-name-en");
    }
}
