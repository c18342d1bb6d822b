using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Engagement;

/// <summary>
/// After the event, an attendee answers the feedback survey on their phone with JavaScript switched off, and the
/// organiser sees the answer counted on the event's feedback page — by sector, once the group is large enough to show.
/// </summary>
[Collection(InsightBrowserCollection.Name)]
public class FeedbackSurveyTests(InsightBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task APartner_AnswersOnAPhoneWithoutJavaScript_AndTheOrganiserSeesItCounted()
    {
        var world = new FeedbackWorld(browser.App.Services);
        var title = $"Feedbackavond {Guid.NewGuid().ToString("N")[..4]}";
        var @event = await world.EventAsync(title, DateTime.UtcNow.Date.AddDays(-3).AddHours(18));
        var others = await world.GuestsAsync(@event, Sector.Education, 4);
        var partner = (await world.GuestsAsync(@event, Sector.Education, 1)).Single();
        var dutch = (await world.GuestsAsync(@event, Sector.Business, 1, language: Language.Nl)).Single();
        Assert.Equal(6, await world.SendSurveysAsync());
        await world.AnswerAsync(others, heard: 4);

        var phone = await browser.NewPhonePageWithoutScriptsAsync();
        await phone.GotoAsync($"/feedback/{await world.SurveyTokenAsync(partner)}");
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = $"How was {title}?", Level = 1 })).ToBeVisibleAsync();
        await phone.ScreenshotAsync("feedback-survey-en-390");

        // Sent without ratings: every missing rating is listed at the top, linked to its question.
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send my feedback" }).OpenPageAsync();
        var errors = phone.Locator("#feedback-errors");
        await Expect(errors).ToContainTextAsync("Did you feel heard? Choose a number from 1 to 5.");
        await Expect(errors.GetByRole(AriaRole.Link)).ToHaveCountAsync(3);
        await Expect(phone.GetByRole(AriaRole.Group, new() { Name = "Did you feel heard?" })).ToContainTextAsync("Choose a number from 1 to 5.");

        await phone.GetByRole(AriaRole.Group, new() { Name = "Did you feel heard?" }).GetByLabel("5, very much").CheckAsync();
        await phone.GetByRole(AriaRole.Group, new() { Name = "Was the meeting worth your time?" }).GetByLabel("4", new() { Exact = true }).CheckAsync();
        await phone.GetByRole(AriaRole.Group, new() { Name = "Were the right people in the room?" }).GetByLabel("3", new() { Exact = true }).CheckAsync();
        await phone.GetByLabel("What should change next time?").FillAsync("Meer tijd voor de tafelgesprekken.");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send my feedback" }).OpenPageAsync();

        await Expect(phone.Locator("#feedback-saved")).ToContainTextAsync("Thank you, your feedback is saved.");
        await Expect(phone.GetByLabel("5, very much").First).ToBeCheckedAsync();
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Save my changes" })).ToBeVisibleAsync();
        await phone.ScreenshotAsync("feedback-survey-en-390-saved");

        var dutchPhone = await browser.NewPhonePageWithoutScriptsAsync("nl-NL");
        await dutchPhone.GotoAsync($"/feedback/{await world.SurveyTokenAsync(dutch)}");
        await Expect(dutchPhone.GetByRole(AriaRole.Group, new() { Name = "Voelde u zich gehoord?" })).ToBeVisibleAsync();
        await dutchPhone.ScreenshotAsync("feedback-survey-nl-390");

        var organiser = await browser.NewPageAsync();
        await organiser.SignInAsync("organiser@eventhub.example", at: $"/events/{@event.Id}");
        await organiser.Locator("#open-feedback").OpenPageAsync();
        await Expect(organiser.GetByRole(AriaRole.Heading, new() { Name = $"Feedback: {title}", Level = 1 })).ToBeVisibleAsync();
        await Expect(organiser.Locator("#feedback-asked")).ToHaveTextAsync("6");
        await Expect(organiser.Locator("#feedback-answered")).ToHaveTextAsync("5");
        var education = organiser.Locator("#feedback-by-sector tr", new() { HasText = "Education" });
        await Expect(education.Locator("td").First).ToHaveTextAsync("5");
        // (4 × 4 + 5) / 5 = 4.2
        await Expect(education.Locator("td").Nth(1)).ToHaveTextAsync("4.2");
        await Expect(organiser.Locator("#feedback-open-answers")).ToContainTextAsync("Meer tijd voor de tafelgesprekken.");
        await organiser.AssertAccessibleAsync();
        await organiser.ScreenshotAsync("feedback-results-en");
    }
}
