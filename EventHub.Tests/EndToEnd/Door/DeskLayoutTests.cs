using EventHub.Tests.Support;
using Microsoft.Playwright;
using static EventHub.Tests.EndToEnd.Door.DoorDeskTests;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Door;

/// <summary>The desk fits the screens it is worked on: an organiser's laptop at the entrance and a volunteer's phone, in English and Dutch.</summary>
[Collection(DoorBrowserCollection.Name)]
public class DeskLayoutTests(DoorBrowserFixture browser) : BrowserStory(browser)
{
    [Theory]
    [InlineData("organiser@eventhub.example", "en-GB", 1280, "Check in")]
    [InlineData("door@eventhub.example", "nl-NL", 390, "Inchecken")]
    public async Task TheCheckInButtons_BesideTheCodeAndBesideAGuestsName_KeepTheirWordsOnOneLine_AndFitTheScreen(
        string account, string locale, int width, string checkIn)
    {
        var (eventId, _, _) = await TodaysEvents.CreateAsync(browser.App.Services, $"Deurdienst op elk scherm {Guid.NewGuid():N}"[..32]);
        var page = await browser.NewPageAsync(locale);
        await page.SetViewportSizeAsync(width, 800);
        await page.SignInAsync(account, at: $"/check-in/{eventId}");
        await DeskReadyAsync(page);

        await page.Locator("#door-find").FillAsync("poort");
        var buttons = page.Locator("#door-code-submit").Or(page.Locator("#door-found button"));
        await Expect(buttons).ToHaveCountAsync(2);

        foreach (var button in await buttons.AllAsync())
        {
            await Expect(button).ToHaveTextAsync(checkIn);
            Assert.Equal(1, await LinesOfTextAsync(button));
            var box = (await button.BoundingBoxAsync())!;
            Assert.True(box.X + box.Width <= width, $"'{checkIn}' ends at {box.X + box.Width} px on a screen of {width} px");
        }

        await page.ScreenshotAsync($"door-check-in-buttons-{locale}-{width}");
    }

    /// <summary>On how many lines the browser put the element's words.</summary>
    private static Task<int> LinesOfTextAsync(ILocator element) =>
        element.EvaluateAsync<int>("e => { const words = document.createRange(); words.selectNodeContents(e); return words.getClientRects().length; }");
}
