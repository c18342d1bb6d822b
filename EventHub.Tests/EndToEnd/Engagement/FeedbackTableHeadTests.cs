using EventHub.Core.Directory;
using EventHub.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Engagement;

/// <summary>
/// The organiser reads the feedback tables on a laptop beside the menu: each question's head keeps its scale whole,
/// "Felt heard (1–5)" wrapping between its words at most, never "(1–" above "5)" (as it did at 1280 px in English and at
/// 1024 px in Dutch), on the event's own results and on feedback over time. On a phone each row is a block of labelled
/// lines, the label from CSS: there too the scale stays whole, at 390 and 320 px and at 300 px, where "Right people in
/// the room (1–" ended a line above "5): 3.4" in English (a 320 px phone with its text a size larger is as narrow).
/// </summary>
[Collection(InsightBrowserCollection.Name)]
public class FeedbackTableHeadTests(InsightBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_OnALaptopAndAPhone_ReadsEachRatingsScaleOnOneLine_InEnglishAndDutch()
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

                foreach (var width in new[] { 390, 320, 300 })
                {
                    await organiser.SetViewportSizeAsync(width, 844);
                    await Expect(organiser.Locator(".eh-stack-table tbody tr").First).ToHaveCSSAsync("display", "block"); // the stacked rows
                    await organiser.Locator(".eh-stack-table").Last.ScreenshotAsync($"feedback-labels-{at.Split('/')[1]}-{width}-{locale}");
                    var broken = await organiser.EvaluateAsync<string[]>(StackedLabelsBrokenInTheirScale);
                    Assert.True(broken.Length == 0, $"{at} at {width} px in {locale}: the scale broken in the labels of " + string.Join(", ", broken));
                }

                await organiser.SetViewportSizeAsync(1280, 800);
            }
        }
    }

    /// <summary>
    /// The stacked cells whose label (CSS content from <c>data-label</c>, which a range cannot measure) breaks inside its
    /// scale: each label is set as real text in its place, with the label's own font, and measured there, then taken out.
    /// </summary>
    private const string StackedLabelsBrokenInTheirScale = """
        () => {
            const style = document.createElement('style');
            style.textContent = 'td[data-label].eh-label-measured::before { content: none !important; }';
            document.head.append(style);
            const broken = [];
            for (const td of document.querySelectorAll('td[data-label]')) {
                const before = getComputedStyle(td, '::before');
                if (!td.dataset.label.includes('(1–') || td.getClientRects().length === 0 || before.content === 'none') continue;
                const label = document.createElement('span');
                for (const property of ['font-weight', 'font-size', 'font-family', 'letter-spacing', 'overflow-wrap', 'white-space']) {
                    label.style.setProperty(property, before.getPropertyValue(property));
                }
                label.textContent = td.dataset.label + ': ';
                td.classList.add('eh-label-measured');
                td.prepend(label);
                const at = label.textContent.indexOf('(1–');
                const range = document.createRange();
                range.setStart(label.firstChild, at);
                range.setEnd(label.firstChild, label.textContent.indexOf(')', at) + 1);
                if (new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top))).size > 1) {
                    broken.push(td.textContent.replace(/\s+/g, ' ').trim());
                }
                label.remove();
                td.classList.remove('eh-label-measured');
            }
            style.remove();
            return broken;
        }
        """;
}
