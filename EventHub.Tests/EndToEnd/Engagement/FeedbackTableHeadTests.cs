using EventHub.Core.Directory;
using EventHub.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Engagement;

/// <summary>
/// The organiser reads the feedback tables on a laptop beside the menu: each question's head keeps its scale whole,
/// "Felt heard (1–5)" wrapping between its words at most, never "(1–" above "5)" (as it did at 1280 px in English and at
/// 1024 px in Dutch), on the event's own results and on feedback over time.
/// </summary>
[Collection(InsightBrowserCollection.Name)]
public class FeedbackTableHeadTests(InsightBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_OnALaptop_ReadsEachRatingsScaleOnOneLine_InEnglishAndDutch()
    {
        var world = new FeedbackWorld(browser.App.Services);
        var @event = await world.EventAsync($"Feedbackavond {Guid.NewGuid().ToString("N")[..4]}", DateTime.UtcNow.Date.AddDays(-3).AddHours(18));
        // Government: the other feedback story in this app names its partners by Education and Business, and by count.
        var guests = await world.GuestsAsync(@event, Sector.Government, 5);
        await world.SendSurveysAsync();
        await world.AnswerAsync(guests, heard: 4);

        foreach (var locale in new[] { "en-GB", "nl-NL" })
        {
            var organiser = await browser.NewPageAsync(locale);
            await organiser.SignInAsync("organiser@eventhub.example", at: "/insight/feedback");
            foreach (var at in new[] { "/insight/feedback", $"/events/{@event.Id}/feedback" })
            {
                await organiser.GotoAsync(at);
                await organiser.WaitUntilShownAsync();
                foreach (var width in new[] { 1280, 1024 })
                {
                    await organiser.SetViewportSizeAsync(width, 800);
                    await Expect(organiser.Locator("th", new() { HasText = "(1–5)" }).First).ToBeVisibleAsync();
                    await organiser.ScreenshotAsync($"feedback-heads-{at.Split('/')[1]}-{width}-{locale}", fullPage: false);

                    var broken = await organiser.EvaluateAsync<string[]>("""
                        () => [...document.querySelectorAll('th')].filter(th => th.textContent.includes('(1–5)')).filter(th => {
                            // The scale's five characters, across however many text nodes hold them, and the lines they are on.
                            const chars = [];
                            const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
                            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                                for (let i = 0; i < node.textContent.length; i++) chars.push([node, i]);
                            }
                            const at = th.textContent.indexOf('(1–5)');
                            const range = document.createRange();
                            range.setStart(chars[at][0], chars[at][1]);
                            range.setEnd(chars[at + 4][0], chars[at + 4][1] + 1);
                            return new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top))).size > 1;
                        }).map(th => th.textContent.trim())
                        """);
                    Assert.True(broken.Length == 0, $"{at} at {width} px in {locale}: the scale broken in " + string.Join(", ", broken));
                }
            }
        }
    }
}
