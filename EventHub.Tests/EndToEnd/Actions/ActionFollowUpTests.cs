using System.Text.RegularExpressions;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Actions;

/// <summary>
/// Action items are followed up across events: the organiser finds what is overdue, the owner reports progress through
/// their link without an account, and the item comes up as report-back when the next event is planned.
/// </summary>
[Collection(PlanningBrowserCollection.Name)]
public partial class ActionFollowUpTests(PlanningBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Organiser_FiltersOverdue_OpensTheItem_AndSendsTheOwnerALink()
    {
        var (overdue, _, _) = await AppActionItems.LinkedAsync(browser.App.Services, $"Leesbevordering evalueren {Suffix()}", dueInDays: -3);
        var (later, _, _) = await AppActionItems.LinkedAsync(browser.App.Services, $"Folder vertalen {Suffix()}", dueInDays: 20);
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example");
        await page.GetByRole(AriaRole.Link, new() { Name = "Action items" }).OpenPageAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Action items", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#action-grid")).ToContainTextAsync(later.What);

        await page.GetByRole(AriaRole.Switch, new() { NameRegex = OverdueSwitch() }).ClickAsync();

        var overdueRow = page.Locator("#action-grid tbody tr", new() { HasText = overdue.What });
        await Expect(overdueRow).ToContainTextAsync("Overdue");
        await Expect(overdueRow).ToHaveClassAsync(new Regex("eh-row-overdue"));
        await Expect(page.Locator("#action-grid tbody tr", new() { HasText = later.What })).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("actions-tracker-en");

        await overdueRow.GetByRole(AriaRole.Link, new() { Name = overdue.What }).OpenPageAsync();
        await Expect(page.Locator("#action-what")).ToHaveTextAsync(overdue.What);
        await page.AssertAccessibleAsync();
        await page.Locator("#send-owner-link").OpenDialogAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("Sanne de Wit gets an email with a new personal link");
        await page.Locator("#confirm-ok").ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("A new link for Sanne de Wit is in the outbox.");
        await Expect(page.Locator("#action-history-empty")).ToBeVisibleAsync();
        await page.ScreenshotAsync("action-item-en");
    }

    /// <summary>
    /// On a 1280 px laptop beside the menu, and on a 1024 px tablet where the menu folds away, the tracker's six columns
    /// fit in English and in Dutch, and an owner's name breaks only between its words: the last update was cut off at
    /// the right edge of a box that scrolled sideways (in Dutch at 1280 px), and at 1024 px beside the open menu the
    /// columns were squeezed until words broke anywhere ("Ondernemersverenigin|g", "Contact|gegeve|ns").
    /// </summary>
    [Theory]
    [InlineData("en-GB")]
    [InlineData("nl-NL")]
    public async Task Tracker_OnALaptopAndATablet_ShowsEveryColumn_WithWholeNames(string locale)
    {
        await AppActionItems.LinkedAsync(browser.App.Services, $"Voorleesochtenden in de bibliotheek {Suffix()}", dueInDays: -2);
        var page = await browser.NewPageAsync(locale);
        await page.SetViewportSizeAsync(1280, 800);
        await page.SignInAsync("organiser@eventhub.example", at: "/actions");
        await Expect(page.Locator("#action-grid tbody tr").First).ToBeVisibleAsync();
        await Expect(page.Locator("#action-grid td.eh-col-name", new() { HasText = "Ondernemersvereniging" }).First).ToBeVisibleAsync();

        foreach (var width in new[] { 1280, 1024 })
        {
            await page.SetViewportSizeAsync(width, 800);
            // The menu stays beside the page from 1280 px and folds behind its button below.
            await Expect(page.Locator(".mud-drawer")).ToHaveClassAsync(width >= 1280 ? MenuDrawer.Open() : MenuDrawer.Closed());

            var box = await page.Locator("#action-grid .mud-table-container").EvaluateAsync<int[]>("box => [box.scrollWidth, box.clientWidth]");
            Assert.True(box[0] <= box[1], $"At {width} px in {locale} the action tracker's table is {box[0]} px wide in a {box[1]} px box.");
            var broken = await page.BrokenWordsAsync("#action-grid td.eh-col-name");
            Assert.True(broken.Count == 0, $"At {width} px in {locale} an owner's name breaks inside a word: " + string.Join(", ", broken));
            await page.ScreenshotAsync($"actions-tracker-{width}-{locale}", fullPage: false);
        }
    }

    /// <summary>
    /// The session's record lists its action items in the wider of its two columns: at 1280 px the edit button was cut
    /// off at the right edge of a box that scrolled sideways, and an owner's name broke inside its words.
    /// </summary>
    [Fact]
    public async Task SessionRecord_OnALaptop_ShowsItsActionItemsWithoutScrollingSideways()
    {
        var build = AppActionItems.Builder(browser.App.Services);
        var session = await build.MeetingAsync($"Dialoogavond {Suffix()}", browser.App.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.Date.AddDays(-30).AddHours(17));
        var (owner, contact) = await build.PartnerAsync("Kinderopvang Kinderrijk Veen");
        var today = AppActionItems.Today(browser.App.Services);
        await build.AddAsync(session, "Voorstel voor één overdrachtsformulier voor de hele gemeente opstellen", owner, contact, today.AddDays(-2));
        var page = await browser.NewPageAsync("nl-NL");
        await page.SetViewportSizeAsync(1280, 800);
        await page.SignInAsync("organiser@eventhub.example", at: $"/sessions/{session.Id}/outcome");
        await Expect(page.Locator(".eh-action-items tbody tr")).ToHaveCountAsync(1);

        var box = await page.Locator(".eh-action-items .mud-table-container").EvaluateAsync<int[]>("box => [box.scrollWidth, box.clientWidth]");

        Assert.True(box[0] <= box[1], $"The record's action items are {box[0]} px wide in a {box[1]} px box.");
        await page.ScreenshotAsync("outcome-actions-1280", fullPage: false);
    }

    [Fact]
    public async Task Owner_UpdatesThroughTheirLink_AndTheUpdateShowsInTheItemsHistory()
    {
        var (item, token, _) = await AppActionItems.LinkedAsync(browser.App.Services, $"Voorleesuurtjes in elke wijk {Suffix()}", dueInDays: 6);
        var owner = await browser.NewPageAsync();
        await owner.GotoAsync($"/a/{token}");
        await Expect(owner.GetByRole(AriaRole.Heading, new() { Name = item.What, Level = 1 })).ToBeVisibleAsync();
        await owner.AssertAccessibleAsync();
        await owner.ScreenshotAsync("action-owner-en");

        await owner.GetByLabel("In progress").CheckAsync();
        await owner.GetByLabel("Progress note").FillAsync("Twee scholen doen mee, de derde volgt in maart.");
        await owner.GetByRole(AriaRole.Button, new() { Name = "Save my update" }).OpenPageAsync();

        await Expect(owner.Locator("#action-owner-saved")).ToContainTextAsync("Thank you, your update is saved.");
        await Expect(owner.Locator("#action-owner-history")).ToContainTextAsync("Twee scholen doen mee");
        await Expect(owner.Locator("#action-owner-history")).ToContainTextAsync("In progress · ");
        await Expect(owner.Locator("#action-owner-history")).ToContainTextAsync(" · by you");
        await owner.AssertAccessibleAsync();
        await owner.ScreenshotAsync("action-owner-en-saved");

        var organiser = await browser.NewPageAsync();
        await organiser.SignInAsync("organiser@eventhub.example", at: $"/actions/{item.Id}");
        await Expect(organiser.Locator("#action-status")).ToHaveTextAsync("In progress");
        var history = organiser.Locator("#action-history li").First;
        await Expect(history).ToContainTextAsync("the owner");
        await Expect(history).ToContainTextAsync("Twee scholen doen mee, de derde volgt in maart.");
    }

    [Fact]
    public async Task DutchOwnerPage_AndDutchTracker_AreAccessible()
    {
        var (item, token, _) = await AppActionItems.LinkedAsync(browser.App.Services, $"Taalcafé starten {Suffix()}", dueInDays: -1, Language.Nl);
        var owner = await browser.NewPageAsync(locale: "nl-NL");
        await owner.GotoAsync($"/a/{token}");
        await Expect(owner.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Expect(owner.GetByRole(AriaRole.Group, new() { Name = "Hoe staat het ervoor?" })).ToBeVisibleAsync();
        await owner.AssertAccessibleAsync();
        await owner.ScreenshotAsync("action-owner-nl");
        await owner.SetViewportSizeAsync(390, 844); // owners often open their email on a phone
        await owner.AssertAccessibleAsync();
        await owner.ScreenshotAsync("action-owner-nl-phone");

        var organiser = await browser.NewPageAsync(locale: "nl-NL");
        await organiser.SignInAsync("organiser@eventhub.example", at: "/actions");
        await Expect(organiser.GetByRole(AriaRole.Heading, new() { Name = "Actiepunten", Level = 1 })).ToBeVisibleAsync();
        await Expect(organiser.Locator("#action-grid")).ToContainTextAsync(item.What);
        await organiser.AssertAccessibleAsync();
        await organiser.ScreenshotAsync("actions-tracker-nl");

        // Filtered, opened, and back: the list is as it was left (the filters are in the address).
        await organiser.Locator("#action-search").FillAsync(item.What);
        await Expect(organiser).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/actions\?q="));
        await Expect(organiser.Locator("#action-grid tbody tr")).ToHaveCountAsync(1);
        await organiser.Locator("#action-grid").GetByRole(AriaRole.Link, new() { Name = item.What }).OpenPageAsync();
        await Expect(organiser.GetByRole(AriaRole.Heading, new() { Name = item.What, Level = 1 })).ToBeVisibleAsync();
        await organiser.OpenPageAsync(() => organiser.GoBackAsync());
        await Expect(organiser.Locator("#action-search")).ToHaveValueAsync(item.What);
        await Expect(organiser.Locator("#action-grid tbody tr")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task ReportBack_OnTheNextEventsPage_ShowsTheItem_AndRecordsProgressInItsHistory()
    {
        var services = browser.App.Services;
        var build = AppActionItems.Builder(services);
        var now = DateTime.UtcNow;
        var theme = await build.ThemeAsync("Ouderbetrokkenheid");
        var earlier = await build.MeetingAsync($"Dialoogavond ouders {Suffix()}", now.Date.AddDays(-40).AddHours(17), theme);
        var next = await build.MeetingAsync($"Alliantiedag ouders {Suffix()}", now.Date.AddDays(40).AddHours(12), theme);
        var (owner, contact) = await build.PartnerAsync("Kinderopvang Zuid");
        var item = await build.AddAsync(earlier, $"Ouderavonden in de kinderopvang {Suffix()}", owner, contact, AppActionItems.Today(services).AddDays(14));
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{next.EventId}");
        var entry = page.Locator($"#report-back-{item.Id}");
        await Expect(entry).ToContainTextAsync(item.What);
        await Expect(entry).ToContainTextAsync(owner.Name);
        await entry.GetByRole(AriaRole.Button, new() { Name = "Record progress" }).ClickAsync();
        await page.Locator($"#report-back-{item.Id}-form-note").FillAsync("Eerste ouderavond was goed bezocht.");
        await page.AssertAccessibleAsync();
        await page.Locator("#report-back").ScreenshotAsync("report-back-en");
        await page.Locator($"#report-back-{item.Id}-form-save").ClickAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Progress saved.");

        await page.OpenAsync($"/actions/{item.Id}", interactive: false);
        var latest = page.Locator("#action-history li").First;
        await Expect(latest).ToContainTextAsync("Eerste ouderavond was goed bezocht.");
        await Expect(latest).ToContainTextAsync($"reported at Alliantiedag ouders");
        await Expect(latest).ToContainTextAsync("Olga Bakker");
    }

    [Fact]
    public async Task TeamMember_TypesANoteWhileTheOwnerUpdates_KeepsTheNoteAndSavesItOverTheOwnersUpdate()
    {
        var (item, token, _) = await AppActionItems.LinkedAsync(browser.App.Services, $"Leesclub op school {Suffix()}", dueInDays: 10);
        var organiser = await browser.NewPageAsync();
        await organiser.SignInAsync("organiser@eventhub.example", at: $"/actions/{item.Id}");
        await organiser.Locator("#action-progress-note").FillAsync("Gebeld met de school: de leesclub start in april.");

        await OwnerSetsInProgressAsync(token, "Eerste bijeenkomst gepland.");
        await organiser.Locator("#action-progress-save").ClickAsync();

        await Expect(organiser.Locator("#action-progress-updated")).ToContainTextAsync("Someone else updated this item meanwhile; it is now ‘In progress’");
        await Expect(organiser.Locator(".mud-snackbar")).ToHaveCountAsync(0); // said once, beside the form
        await Expect(organiser.Locator("#action-status")).ToHaveTextAsync("In progress");
        await Expect(organiser.Locator("#action-history li").First).ToContainTextAsync("Eerste bijeenkomst gepland.");
        await Expect(organiser.Locator("#action-progress-note")).ToHaveValueAsync("Gebeld met de school: de leesclub start in april.");
        await organiser.AssertAccessibleAsync();
        await organiser.Locator("#action-progress-save").ClickAsync();
        await Expect(organiser.Locator("#action-history li").First).ToContainTextAsync("Gebeld met de school: de leesclub start in april.");
        await Expect(organiser.Locator("#action-status")).ToHaveTextAsync("In progress");
        await Expect(organiser.Locator("#action-progress-updated")).ToHaveCountAsync(0);
        await Expect(organiser.Locator("#action-progress-note")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task ReportBack_NoteAndStatusEnteredWhileTheOwnerUpdates_StayInTheOpenForm_AndAreSavedTheSecondTime()
    {
        var services = browser.App.Services;
        var build = AppActionItems.Builder(services);
        var now = DateTime.UtcNow;
        var theme = await build.ThemeAsync("Laaggeletterdheid");
        var earlier = await build.MeetingAsync($"Taalavond {Suffix()}", now.Date.AddDays(-40).AddHours(17), theme);
        var next = await build.MeetingAsync($"Alliantiedag taal {Suffix()}", now.Date.AddDays(40).AddHours(12), theme);
        var (owner, contact) = await build.PartnerAsync("Taalhuis West");
        var item = await build.AddAsync(earlier, $"Taalmaatjes werven {Suffix()}", owner, contact, AppActionItems.Today(services).AddDays(14));
        var token = await build.LinkAsync(item);
        var page = await browser.NewPageAsync();
        await page.SignInAsync("organiser@eventhub.example", at: $"/events/{next.EventId}");
        await page.Locator($"#report-back-{item.Id}").GetByRole(AriaRole.Button, new() { Name = "Record progress" }).ClickAsync();
        await page.Locator($".mud-input-control.mud-select:has(#report-back-{item.Id}-form-status)").ClickAsync();
        await page.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option, new() { Name = "Done" }).ClickAsync();
        await page.Locator($"#report-back-{item.Id}-form-note").FillAsync("Twaalf maatjes gevonden via de bibliotheek.");

        await OwnerSetsInProgressAsync(token, "Werving loopt.");
        await page.Locator($"#report-back-{item.Id}-form-save").ClickAsync();

        await Expect(page.Locator($"#report-back-{item.Id}-form-updated")).ToContainTextAsync("it is now ‘In progress’");
        await Expect(page.Locator($"#report-back-{item.Id}")).ToContainTextAsync("In progress");
        await Expect(page.Locator($"#report-back-{item.Id}-form-note")).ToHaveValueAsync("Twaalf maatjes gevonden via de bibliotheek.");
        await Expect(page.Locator($"#report-back-{item.Id}-form-status")).ToHaveValueAsync("Done");
        await page.Locator($"#report-back-{item.Id}-form-save").ClickAsync();
        await Expect(page.Locator(".mud-snackbar", new() { HasText = "Progress saved." })).ToBeVisibleAsync();
        await Expect(page.Locator($"#report-back-{item.Id}-form")).ToHaveCountAsync(0);

        await page.OpenAsync($"/actions/{item.Id}", interactive: false);
        await Expect(page.Locator("#action-history li").First).ToContainTextAsync("Twaalf maatjes gevonden via de bibliotheek.");
        await Expect(page.Locator("#action-status")).ToHaveTextAsync("Done");
    }

    /// <summary>The owner, through their link in another browser, sets the item in progress with a note.</summary>
    private async Task OwnerSetsInProgressAsync(string token, string note)
    {
        var owner = await browser.NewPageAsync();
        await owner.GotoAsync($"/a/{token}");
        await owner.GetByLabel("In progress").CheckAsync();
        await owner.GetByLabel("Progress note").FillAsync(note);
        await owner.GetByRole(AriaRole.Button, new() { Name = "Save my update" }).OpenPageAsync();
        await Expect(owner.Locator("#action-owner-saved")).ToContainTextAsync("Thank you, your update is saved.");
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..4];

    [GeneratedRegex("Only overdue")]
    private static partial Regex OverdueSwitch();
}
