using EventHub.Core.Actions;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Outcomes;

/// <summary>An organiser turns the sessions' records into a synthesis, writes a summary and publishes; anyone reads the report.</summary>
[Collection(OutcomesBrowserCollection.Name)]
public class ReportTests(OutcomesBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_WritesSummaryAndPublishes_AnonymousVisitorReadsTheReport()
    {
        var @event = await EventWithRecordsAsync("Dialoogavond Verslag");
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{@event.Id}");
        await Expect(page.Locator("#outcome-follow-up")).ToContainTextAsync("2 sessions of this event still have no final record.");
        await page.ScreenshotAsync("event-page-follow-up");

        await page.Locator("#open-synthesis").OpenPageAsync(); // its heading is the event's title too: waited for as a new page

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dialoogavond Verslag", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#missing-records li")).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Taal", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Other", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.Locator(".eh-synthesis-actions")).ToContainTextAsync("Stichting Taalhuis");
        await page.Locator("#edit-summary").ClickAsync();
        await page.Locator("#summary-text").FillAsync("We agreed on **three** things:\n\n- a language desk\n- a plan");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.Locator("#summary-preview-body strong")).ToHaveTextAsync("three");
        await page.ScreenshotAsync("synthesis-summary-preview");
        await page.Locator("#save-summary").ClickAsync();
        await Expect(page.Locator("#summary-body li")).ToHaveCountAsync(2);
        await page.Locator("#publish-report").OpenDialogAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("2 sessions have no final record yet");
        await page.Locator("#confirm-ok").ClickAsync();
        await Expect(page.Locator("#report-state")).ToHaveTextAsync("Report is public");
        await page.ScreenshotAsync("synthesis-en");
        await page.AssertAccessibleAsync();

        var visitor = await browser.NewPageAsync();
        await visitor.GotoAsync($"/e/{@event.Slug}");
        await visitor.Locator("#event-report-link").OpenPageAsync();

        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Dialoogavond Verslag", Level = 1 })).ToBeVisibleAsync();
        await Expect(visitor.Locator("#report-summary li")).ToHaveCountAsync(2);
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Agreements and decisions", Level = 3 })).ToBeVisibleAsync();
        await Expect(visitor.Locator("main")).ToContainTextAsync("named with consent: Bibliotheek Groningen");
        await Expect(visitor.Locator("main")).Not.ToContainTextAsync("Stichting Taalhuis");
        await Expect(visitor.Locator("main")).Not.ToContainTextAsync("Olga Bakker");
        await visitor.ScreenshotAsync("public-report-en");
        await visitor.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Organiser_PrintsTheSynthesis_OnA4WithoutNavigation()
    {
        var @event = await EventWithRecordsAsync("Dialoogavond Afdruk");
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{@event.Id}/synthesis");
        await Expect(page.Locator("#synthesis-print")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator(".mud-appbar")).ToBeHiddenAsync();
        await Expect(page.Locator("#synthesis-print")).ToBeHiddenAsync();
        await Expect(page.Locator("#missing-records")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Taal", Level = 2 })).ToBeVisibleAsync();
        await page.ScreenshotAsync("synthesis-print");
        var pdf = System.Text.Encoding.Latin1.GetString(await page.PdfAsync(new() { PreferCSSPageSize = true }));
        var box = System.Text.RegularExpressions.Regex.Match(pdf, @"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]");
        Assert.True(box.Success, "The PDF has no page size.");
        var (width, height) = (double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(Math.Abs(width - 595) < 2 && Math.Abs(height - 842) < 2, $"Expected A4 portrait (595 × 842 pt), got {width} × {height}.");
    }

    [Fact]
    public async Task DutchOrganiserAndVisitor_SeeDutchLabels_AndBothPagesAreAccessible()
    {
        var @event = await EventWithRecordsAsync("Dialoogavond Nederlands");
        using (var scope = browser.App.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<EventReportService>().PublishAsync(@event.Id);
        }

        var page = await browser.NewPageAsync("nl-NL");
        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{@event.Id}/synthesis");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Afspraken en besluiten", Level = 3 })).ToBeVisibleAsync();
        await Expect(page.Locator("#report-state")).ToHaveTextAsync("Verslag is openbaar");
        await page.ScreenshotAsync("synthesis-nl");
        await page.AssertAccessibleAsync();

        var visitor = await browser.NewPageAsync("nl-NL");
        await visitor.GotoAsync($"/e/{@event.Slug}/report");

        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Belangrijkste inzichten", Level = 3 }).First).ToBeVisibleAsync();
        await Expect(visitor.Locator("main")).ToContainTextAsync("genoemd met instemming: Bibliotheek Groningen");
        await visitor.ScreenshotAsync("public-report-nl");
        await visitor.AssertAccessibleAsync();

        await visitor.SetViewportSizeAsync(390, 844);
        await visitor.ScreenshotAsync("public-report-phone");
    }

    [Fact]
    public async Task APartnerFollowingTheReportLinkBeforeItIsPublished_ReadsThatOnAPhoneInDutch_AndGoesOnToTheEventsPage()
    {
        var @event = await EventWithRecordsAsync("Dialoogavond Nog Geen Verslag");
        var visitor = await browser.NewPageAsync("nl-NL");
        await visitor.SetViewportSizeAsync(320, 640);

        await visitor.GotoAsync($"/e/{@event.Slug}/report");

        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Dialoogavond Nog Geen Verslag", Level = 1 })).ToBeVisibleAsync();
        await Expect(visitor.Locator("#report-not-published")).ToContainTextAsync("Het verslag van deze bijeenkomst is nog niet gepubliceerd.");
        await Expect(visitor.Locator("main")).Not.ToContainTextAsync("Waiting lists for language courses");
        await visitor.ScreenshotAsync("public-report-not-yet-phone-nl");
        await visitor.AssertAccessibleAsync();

        await visitor.GetByRole(AriaRole.Link, new() { Name = "Naar de pagina van de bijeenkomst" }).OpenPageAsync(); // the same heading: a new page

        await Expect(visitor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/e/{@event.Slug}$"));
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Dialoogavond Nog Geen Verslag", Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>An event that ended five days ago: the round table's record is final, the workshop's a draft, the opening has none.</summary>
    private async Task<Event> EventWithRecordsAsync(string title)
    {
        var dbFactory = browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var start = DateTime.UtcNow.Date.AddDays(-5).AddHours(17);
        var @event = await ReportEvents.CreateAsync(dbFactory, title, start);
        await new RecordedSession()
            .Notes("Jeroen Dijkstra explained the waiting lists.", "Jeroen Dijkstra")
            .Insight("Waiting lists for language courses are too long")
            .Named(StatementKind.Decision, "The library opens a language desk on Saturdays", "Bibliotheek Groningen")
            .Themes("Taal")
            .Sector(EventHub.Core.Directory.Sector.Education, 6).Sector(EventHub.Core.Directory.Sector.Government, 3)
            .Action("Draft a plan for the language desk", "Stichting Taalhuis", DateOnly.FromDateTime(start).AddDays(30), ActionItemStatus.InProgress)
            .Action("Invite the sports clubs", "Stichting Taalhuis", DateOnly.FromDateTime(start).AddDays(14))
            .Final()
            .SaveAsync(dbFactory, ReportEvents.SessionId(@event, ReportEvents.RoundTable), start.AddHours(3));
        await new RecordedSession()
            .Insight("Stories from the neighbourhood make the problem concrete")
            .SaveAsync(dbFactory, ReportEvents.SessionId(@event, ReportEvents.Workshop), start.AddHours(3));
        return @event;
    }
}
