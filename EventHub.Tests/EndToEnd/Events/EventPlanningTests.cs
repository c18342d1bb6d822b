using System.Text.RegularExpressions;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Events;

/// <summary>An organiser plans a day: the event, its programme in two rooms, conflicts caught, published, copied.</summary>
[Collection(PlanningBrowserCollection.Name)]
public class EventPlanningTests(PlanningBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_PlansAProgrammeCatchesAClashPublishesAndCopies()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: "/events/new");

        await page.Locator("#event-title").FillAsync("Rondetafeldag Taal");
        await page.Locator("#event-date").FillAsync("2027-02-10");
        await page.Locator("#event-start").FillAsync("13:00");
        await page.Locator("#event-end").FillAsync("17:00");
        await ChooseAsync(page, "#event-venue", "Forum Groningen");
        await page.Locator("#event-capacity").FillAsync("80");
        await page.ScreenshotAsync("event-editor-en");
        await page.Locator("#event-save").OpenPageAsync(); // saved, the new event's own page opens

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rondetafeldag Taal", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#programme-empty")).ToBeVisibleAsync();
        await AddSessionAsync(page, "Taal thuis", "14:00", "15:00", "Rooftop zaal");
        await AddSessionAsync(page, "Taal op school", "14:30", "15:30", "Rooftop zaal", expectClash: true);
        await Expect(page.Locator("#session-conflicts")).ToContainTextAsync("The room is taken by \"Taal thuis\"");
        await page.ScreenshotAsync("session-conflict-en");
        await ChooseAsync(page, "#session-room", "Studio 2");
        await Expect(page.Locator("#session-conflicts")).ToHaveCountAsync(0);
        await page.Locator("#session-save").ClickAsync();
        await Expect(page.Locator(".eh-programme tbody tr")).ToHaveCountAsync(2);

        // Published by keyboard: "Publish" is gone from the page afterwards, and the focus is not lost with it.
        await page.Locator("#publish-event").OpenDialogAsync();
        await page.Locator("#confirm-ok").PressAsync("Enter");
        await Expect(page.Locator("#public-link")).ToHaveValueAsync(new Regex("/e/rondetafeldag-taal-2027-02-10$"));
        await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        Assert.NotEqual("BODY", await page.EvaluateAsync<string>("document.activeElement.tagName"));
        await page.ScreenshotAsync("event-page-en");
        await page.AssertAccessibleAsync();

        await page.Locator("#copy-event").OpenDialogAsync();
        await page.Locator("#copy-date").FillAsync("2028-02-09");
        await page.Locator("#confirm-copy-event").OpenPageAsync(); // the copy's own page
        await Expect(page.Locator(".eh-status-chip")).ToHaveTextAsync("Draft");
        await Expect(page.GetByText("Wednesday 9 February 2028, 13:00–17:00")).ToBeVisibleAsync();
        await Expect(page.Locator(".eh-programme tbody tr")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task Organiser_OnASlowNetwork_FillsInAnEventAndSavesBeforeThePageIsLive_ItIsSavedOnceWithWhatTheyTyped()
    {
        const string Title = "Avond over taal en werk";
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example");

        // The form shows; its live connection comes only after the organiser has filled it in and pressed Save twice.
        var goLive = await page.OpenBeforeItIsLiveAsync("/events/new");
        await page.Locator("#event-title").FillAsync(Title);
        await page.Locator("#event-date").FillAsync("2027-03-04");
        await page.Locator("#event-start").FillAsync("19:00");
        await page.Locator("#event-end").FillAsync("21:00");
        await page.Locator("#event-language-en").CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Parental involvement" }).CheckAsync();
        await page.Locator("#event-description").FillAsync("Getypt voordat de pagina live was.");
        await page.Locator("#event-save").ClickAsync();
        await page.Locator("#event-title").PressAsync("Enter");
        // Nothing was sent as a plain form (the server would have refused it with a bare error page): the form is still here.
        await Expect(page.Locator("#event-title")).ToHaveValueAsync(Title);
        goLive();

        await Expect(page).ToHaveURLAsync(new Regex(@"/events/\d+$"), new() { Timeout = BrowserFixture.PageLoadTimeout });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Title, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Thursday 4 March 2027, 19:00–21:00");
        await Expect(page.Locator("main")).ToContainTextAsync("Parental involvement");
        var saved = await AppData.ReadAsync(browser.App, db => db.Events.Where(e => e.Title == Title).Select(e => new { e.Description, e.Language }).ToListAsync());
        Assert.Equal([new { Description = (string?)"Getypt voordat de pagina live was.", Language = Language.En }], saved);

        // The same on the edit page, which loads the event before it shows the form: Enter in the title saves the change.
        var eventPage = page.Url;
        goLive = await page.OpenBeforeItIsLiveAsync(eventPage + "/edit");
        await page.Locator("#event-title").FillAsync(Title + " (verzet)");
        await page.Locator("#event-start").FillAsync("18:30");
        await page.Locator("#event-title").PressAsync("Enter");
        goLive();

        await Expect(page).ToHaveURLAsync(eventPage, new() { Timeout = BrowserFixture.PageLoadTimeout });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Title + " (verzet)", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Thursday 4 March 2027, 18:30–21:00");
    }

    [Fact]
    public async Task Organiser_PublishingAnEmptyDraft_IsToldWhatIsMissing()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: "/events");

        await page.GetByRole(AriaRole.Link, new() { Name = "Werkconferentie Leven Lang Leren" }).OpenPageAsync();
        await page.Locator("#publish-event").ClickAsync();

        // Said straight away: no "publish?" to confirm first for an event that cannot be published.
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Add at least one session");
        await Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        await Expect(page.Locator(".eh-status-chip")).ToHaveTextAsync("Draft");
    }

    [Fact]
    public async Task Organiser_InDutch_ReadsEveryLabelOfTheEventForm_AndOfTheSessionForm()
    {
        var page = await browser.NewPageAsync("nl-NL");
        await page.SignInAsync("organiser@eventhub.example", at: "/events/new");
        await Expect(page.Locator("#event-reminder-days")).ToBeVisibleAsync();
        Assert.Empty(await page.CutOffLabelsAsync());

        await page.OpenAsync("/events", interactive: false);
        await page.GetByRole(AriaRole.Link, new() { Name = "Werkconferentie Leven Lang Leren" }).OpenPageAsync();
        await page.Locator("#add-session").OpenDialogAsync();
        await Expect(page.Locator("#session-title")).ToBeVisibleAsync();
        Assert.Empty(await page.CutOffLabelsAsync());
    }

    [Fact]
    public async Task Facilitator_SeesTheProgrammeButCannotChangeIt()
    {
        var page = await browser.NewPageAsync("nl-NL");
        await page.SignInAsync("facilitator@eventhub.example", at: "/events");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Geen toegang" })).ToBeVisibleAsync();

        await page.GotoAsync("/venues");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Geen toegang" })).ToBeVisibleAsync();
    }

    private static async Task AddSessionAsync(IPage page, string title, string start, string end, string room, bool expectClash = false)
    {
        await page.Locator("#add-session").OpenDialogAsync();
        await page.Locator("#session-title").FillAsync(title);
        await ChooseAsync(page, "#session-kind", "Workshop");
        await page.Locator("#session-start").FillAsync(start);
        await page.Locator("#session-end").FillAsync(end);
        await page.Locator("#session-end").PressAsync("Tab");
        await ChooseAsync(page, "#session-room", room);
        if (!expectClash)
        {
            await page.Locator("#session-save").ClickAsync();
            await Expect(page.Locator(".eh-programme")).ToContainTextAsync(title);
        }
    }

    private static async Task ChooseAsync(IPage page, string select, string option)
    {
        // A MudSelect hides its input once it has a value; the visible part is the surrounding control.
        await page.Locator($".mud-input-control.mud-select:has({select})").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option }).First.ClickAsync();
    }
}
