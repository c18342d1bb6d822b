using EventHub.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Events;

/// <summary>A partner reads the public event page; an organiser prints the timetable; a facilitator subscribes to the calendar.</summary>
[Collection(PlanningBrowserCollection.Name)]
public class CalendarPagesTests(PlanningBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Partner_OpensPublicEventPageInEnglish_SeesProgrammeAndCalendarButtons()
    {
        var published = await DemoEvents.FindAsync(browser.App, DemoEvents.PublishedTitle);
        var page = await browser.NewPageAsync();

        await page.GotoAsync($"/e/{published.Slug}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = DemoEvents.PublishedTitle, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Programme", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.Locator("#event-programme li")).ToHaveCountAsync(4);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add to calendar (.ics)" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("public-event-en");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Partner_OpensPublicEventPageInDutch_SeesDutchTextAndCanDownloadTheCalendar()
    {
        var published = await DemoEvents.FindAsync(browser.App, DemoEvents.PublishedTitle);
        var page = await browser.NewPageAsync("nl-NL");
        await page.GotoAsync($"/e/{published.Slug}");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Met alle sessies in uw agenda (.ics)" }).ClickAsync());

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Programma", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.Locator("#event-when")).ToContainTextAsync(published.LocalStart.ToString("d MMMM yyyy", new System.Globalization.CultureInfo("nl")));
        Assert.Equal($"{published.Slug}.ics", download.SuggestedFilename);
        var content = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("SUMMARY:Rondetafel: stages zonder discriminatie", content);
        await page.ScreenshotAsync("public-event-nl");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Organiser_OpensTimetable_SeesRoomsSideBySideAndCanPrint()
    {
        var published = await DemoEvents.FindAsync(browser.App, DemoEvents.PublishedTitle);
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{published.Id}/timetable");

        await Expect(page.Locator("#timetable-grid .eh-tt-room")).ToHaveTextAsync(["Rooftop zaal", "Studio 2"]);
        await Expect(page.Locator("#timetable-grid .eh-tt-block")).ToHaveCountAsync(4);
        await Expect(page.Locator("#timetable-list")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("timetable-en");
        await page.AssertAccessibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Expect(page.Locator("#timetable-print")).ToBeHiddenAsync();
        await page.ScreenshotAsync("timetable-print");
    }

    [Fact]
    public async Task Organiser_OpensTimetableOnAPhone_SeesTheList()
    {
        var published = await DemoEvents.FindAsync(browser.App, DemoEvents.PublishedTitle);
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{published.Id}/timetable");

        await Expect(page.Locator("#timetable-list li")).ToHaveCountAsync(4);
        await Expect(page.Locator("#timetable-grid")).ToBeHiddenAsync();
        await page.ScreenshotAsync("timetable-phone");
    }

    [Fact]
    public async Task Facilitator_CreatesCalendarLink_TheLinkDownloadsACalendarWithoutSignIn()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("facilitator@eventhub.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Account menu" }).ClickAsync();
        await page.GetByText("My calendar link").OpenPageAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Create my calendar link" }).ClickAsync();

        var link = page.GetByLabel("Your calendar link");
        await Expect(link).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"/calendar/feed/[A-Za-z0-9_-]{43}\.ics$"));
        await Expect(page.Locator("#calendar-link-once")).ToContainTextAsync("shown only this once");
        await page.ScreenshotAsync("calendar-link-en");
        await page.AssertAccessibleAsync();

        var anonymous = await browser.NewPageAsync();
        var response = await anonymous.APIRequest.GetAsync(await link.InputValueAsync());
        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/calendar", response.Headers["content-type"]);
        var calendar = await response.TextAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", calendar);
        Assert.Contains("SUMMARY:Alliantiedag Gelijke Kansen", calendar);
    }
}
