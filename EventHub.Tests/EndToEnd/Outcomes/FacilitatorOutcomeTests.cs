using System.Text.RegularExpressions;
using EventHub.Core.Data;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Outcomes;

/// <summary>The demo facilitator records what their round table produced: notes, a decision, an action item.</summary>
[Collection(OutcomesBrowserCollection.Name)]
public class FacilitatorOutcomeTests(OutcomesBrowserFixture browser) : BrowserStory(browser)
{
    private const string UpcomingSession = "Rondetafel: stages zonder discriminatie";

    [Fact]
    public async Task Facilitator_RecordsNotesADecisionAndAnActionItem_AndFindsThemAfterAReload()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("facilitator@eventhub.example", at: "/my-sessions"); // a facilitator's landing page anyway
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My sessions", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".eh-my-session", new() { HasText = UpcomingSession })).ToBeVisibleAsync();
        await page.ScreenshotAsync("my-sessions-en");
        await page.AssertAccessibleAsync();

        // A page of the interactive app: the heading has the focus before a Tab is pressed (OpenPageAsync), or the focus
        // moving to it would land in the middle of the keyboard walk below.
        await page.Locator($".eh-my-session:has-text('{UpcomingSession}') a:has-text('Record outcome')").OpenPageAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = UpcomingSession, Level = 1 })).ToBeVisibleAsync();
        await page.TabToAsync(page.Locator("#outcome-notes")); // by keyboard, with the house's ring around the notes as around every field
        // The browser keeps a copy of what is typed, straight from the input, before the server has heard of it. Read in
        // the same turn as the typing: once the server has saved the text the copy is gone again.
        await Expect(page.Locator("[data-draft-copy='on']")).ToHaveCountAsync(1);
        var copied = await page.Locator("#outcome-notes").EvaluateAsync<bool>("""
            (box, text) => {
                box.focus();
                box.value = text;
                box.dispatchEvent(new Event("input", { bubbles: true }));
                return Object.entries(localStorage).some(([k, v]) => k.startsWith("eventhub:outcome:") && v.includes("migratieachtergrond"));
            }
            """, "## Wat we hoorden\n\nStagiairs met een migratieachtergrond krijgen minder vaak een plek.");
        Assert.True(copied, "typing in the notes should be copied into the browser's storage at once");
        await Expect(page.Locator("#autosave-status")).ToContainTextAsync("Saved");

        await page.Locator("#add-decisions").ClickAsync();
        await page.Locator("#decisions-0").FillAsync("Scholen en werkgevers maken één stagepact");
        await page.Locator("#decisions-0").BlurAsync();
        await Expect(page.Locator("#autosave-status")).ToContainTextAsync("Saved");

        await page.Locator("#add-action").OpenDialogAsync();
        await page.Locator("#action-what").FillAsync("Stagepact opstellen");
        await page.Locator("#action-owner").FillAsync("Gemeente");
        // Wait for the search to narrow the list to a match.
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Gemeente" }).First.ClickAsync();
        await page.Locator("#action-save").ClickAsync();
        await Expect(page.Locator(".eh-action-items tbody tr")).ToContainTextAsync("Stagepact opstellen");
        await page.ScreenshotAsync("outcome-en");
        await page.AssertAccessibleAsync();

        await page.ReloadAsync();

        await page.WaitUntilShownAsync();
        await Expect(page.Locator("#outcome-notes")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("migratieachtergrond"));
        await Expect(page.Locator("#decisions-0")).ToHaveValueAsync("Scholen en werkgevers maken één stagepact");
        await Expect(page.Locator(".eh-action-items tbody tr")).ToContainTextAsync("Stagepact opstellen");
        await Expect(page.Locator("#local-copy")).ToHaveCountAsync(0);
        await Expect(page.Locator("#autosave-status")).ToContainTextAsync("Saved");

        await page.SetViewportSizeAsync(768, 1024);
        await page.ScreenshotAsync("outcome-tablet-en");
    }

    [Fact]
    public async Task Facilitator_WritesInsightsWithTheKeyboard_WhichStaysInTheListWhenAddingMovingAndRemoving()
    {
        const string plenary = "Terugkoppeling en vervolgafspraken";
        var page = await browser.NewPageAsync();
        await page.SignInAsync("facilitator@eventhub.example", at: "/my-sessions");
        await page.Locator($".eh-my-session:has-text('{plenary}') a:has-text('Record outcome')").OpenPageAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = plenary, Level = 1 })).ToBeVisibleAsync();

        // "Add" puts the keyboard in the new statement: typing goes straight into it.
        await page.Locator("#add-insights").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#insights-0")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Ouders horen aan tafel");
        await page.Locator("#add-insights").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#insights-1")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Stages vragen een vast aanspreekpunt");

        // Moving keeps the keyboard on the moved statement's arrow, the other one once it reached the top.
        await page.GetByRole(AriaRole.Button, new() { Name = "Move item 2 up" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#insights-0")).ToHaveValueAsync("Stages vragen een vast aanspreekpunt");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move item 1 down" })).ToBeFocusedAsync();

        // Removing moves the keyboard to the statement now in its place, and to "Add" when none is left. A removed
        // statement can be brought back, in its place.
        await page.Locator("#remove-insights-0").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#insights-0")).ToHaveValueAsync("Ouders horen aan tafel");
        await Expect(page.Locator("#insights-0")).ToBeFocusedAsync();
        await Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Removed: “Stages vragen een vast aanspreekpunt”");
        await page.Locator(".mud-snackbar").GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();
        await Expect(page.Locator("#insights-0")).ToHaveValueAsync("Stages vragen een vast aanspreekpunt");
        await Expect(page.Locator("#insights-0")).ToBeFocusedAsync();
        await Expect(page.Locator("#insights-1")).ToHaveValueAsync("Ouders horen aan tafel");
        await page.Locator("#remove-insights-0").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#insights-0")).ToBeFocusedAsync();
        await page.Locator("#remove-insights-0").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#add-insights")).ToBeFocusedAsync();
        await Expect(page.Locator("#autosave-status")).ToContainTextAsync("Saved");

        // An organisation named with a decision, and taken off again, by keyboard: its chip's own remove button is
        // reached with Shift+Tab from the picker (MudChip's close icon never was).
        await page.Locator("#add-decisions").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        // The new statement takes the keyboard once the circuit has added it (after any the session has): typing before
        // that went to the button, and the button's id was read as the statement's.
        await page.WaitForFunctionAsync("() => /^decisions-\\d+$/.test(document.activeElement?.id ?? '')");
        var decision = await page.EvaluateAsync<string>("document.activeElement.id");
        await page.Keyboard.TypeAsync("De gemeente coördineert de stageplekken");
        await Expect(page.Locator($"#{decision}")).ToHaveValueAsync("De gemeente coördineert de stageplekken");
        await page.Locator($"#{decision}-named").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Locator($"#{decision}-organisation").FocusAsync();
        await page.Keyboard.TypeAsync("Gemeente");
        await Expect(page.Locator(".mud-popover-open .mud-list-item").First).ToContainTextAsync("Gemeente");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        var remove = page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Remove Gemeente ") });
        await Expect(remove).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Shift+Tab");
        await Expect(remove).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(remove).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Facilitator_TextKeptInTheBrowserWhileOffline_IsOfferedBackAfterAReload_InDutch()
    {
        var pastEvent = await PastEventOfTheFacilitatorAsync();
        var page = await browser.NewPageAsync("nl-NL");
        await page.SignInAsync("facilitator@eventhub.example", at: "/my-sessions");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex(@"^Afgelopen \(\d+\)$") }).ClickAsync();
        await Expect(page.Locator($".eh-my-session:has-text('{DemoEvents.PastTitle}')")).ToContainTextAsync("Definitief");
        await page.Locator($".eh-my-session:has-text('{pastEvent}') a").OpenPageAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ReportEvents.RoundTable, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#local-copy")).ToHaveCountAsync(0);

        // What the browser keeps when typing goes on while the server cannot be reached: the copy, and nothing saved.
        // Written while another page is open, so the capture screen's own start-up cannot tidy it away first.
        var capture = page.Url;
        await page.GotoAsync("/my-sessions");
        await page.EvaluateAsync("""
            id => localStorage.setItem(`eventhub:outcome:${id}:0`, JSON.stringify({ at: Date.now(), draft: {
                Notes: "Voorschool en basisschool delen voortaan hun overdracht.", Insights: [], Decisions: [], ThemeIds: [], SectorMix: {} } }))
            """, capture.Split('/')[^2]);
        await page.OpenAsync(capture, interactive: false);

        await Expect(page.Locator("#local-copy")).ToContainTextAsync("niet is opgeslagen");
        await page.ScreenshotAsync("outcome-restore-nl");
        await page.AssertAccessibleAsync();
        await page.Locator("#restore-local").ClickAsync();
        await Expect(page.Locator("#autosave-status")).ToContainTextAsync("Opgeslagen");
        await Expect(page.Locator("#outcome-notes")).ToHaveValueAsync("Voorschool en basisschool delen voortaan hun overdracht.");

        await page.Locator("#mark-final").ClickAsync();
        await Expect(page.Locator("#outcome-final")).ToContainTextAsync("definitief");
        await Expect(page.Locator("#outcome-notes-read")).ToHaveTextAsync("Voorschool en basisschool delen voortaan hun overdracht.");
        await Expect(page.Locator("#outcome-notes")).ToBeHiddenAsync();
        await Expect(page.Locator("#reopen")).ToBeEnabledAsync();
        await page.ScreenshotAsync("outcome-nl");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Facilitator_MarksFinalRightAfterTyping_TheFinalRecordHoldsTheLastWords()
    {
        var (page, sessionId, notes) = await SecondSentenceTypedAfterASavedFirstAsync();

        // Typed and made final in one go: the click comes before the box's pause is over.
        await page.Locator("#mark-final").ClickAsync();

        await Expect(page.Locator("#outcome-final")).ToBeVisibleAsync();
        await Expect(page.Locator("#autosave-status")).ToContainTextAsync(new Regex(@"Saved \d"));
        var record = await AppData.ReadAsync(browser.App, db => db.SessionOutcomes.Where(o => o.SessionId == sessionId).Select(o => new { o.Notes, o.Status }).SingleAsync());
        Assert.Equal(("First sentence. Second sentence.", OutcomeStatus.Final), (record.Notes, record.Status));
        await page.ReloadAsync();
        await page.WaitUntilShownAsync();
        await Expect(page.Locator("#outcome-notes-read")).ToHaveTextAsync("First sentence. Second sentence.");
    }

    [Fact]
    public async Task Facilitator_LeavesRightAfterTyping_TheLastWordsAreSaved()
    {
        var (page, sessionId, _) = await SecondSentenceTypedAfterASavedFirstAsync();

        await page.Locator(".mud-breadcrumbs").GetByRole(AriaRole.Link, new() { Name = "My sessions" }).OpenPageAsync();

        // The page lets go once what was on the screen is saved.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My sessions", Level = 1 })).ToBeVisibleAsync();
        var saved = await AppData.ReadAsync(browser.App, db => db.SessionOutcomes.Where(o => o.SessionId == sessionId).Select(o => o.Notes).SingleAsync());
        Assert.Equal("First sentence. Second sentence.", saved);
    }

    /// <summary>
    /// The facilitator's notes on a fresh round table: "First sentence." saved, then " Second sentence." typed on and not
    /// sent yet (the box waits for a pause).
    /// </summary>
    private async Task<(IPage Page, int SessionId, ILocator Notes)> SecondSentenceTypedAfterASavedFirstAsync()
    {
        var pastEvent = await PastEventOfTheFacilitatorAsync();
        var sessionId = await AppData.ReadAsync(browser.App, db =>
            db.Sessions.Where(s => s.Event.Title == pastEvent && s.Title == ReportEvents.RoundTable).Select(s => s.Id).SingleAsync());
        var page = await browser.NewPageAsync();
        await page.SignInAsync("facilitator@eventhub.example", at: $"/sessions/{sessionId}/outcome");
        var notes = page.Locator("#outcome-notes");
        await notes.FillAsync("First sentence.");
        await notes.BlurAsync();
        await Expect(page.Locator("#autosave-status")).ToContainTextAsync(new Regex(@"Saved \d"));

        await notes.FocusAsync();
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync(" Second sentence.");
        return (page, sessionId, notes);
    }

    /// <summary>
    /// A meeting last week whose round table the demo facilitator chaired and nobody wrote up yet (the demo's own past
    /// session already has its final record).
    /// </summary>
    private async Task<string> PastEventOfTheFacilitatorAsync()
    {
        var dbFactory = browser.App.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var title = $"Dialoogavond {Guid.NewGuid().ToString("N")[..6]}";
        var @event = await ReportEvents.CreateAsync(dbFactory, title, DateTime.UtcNow.Date.AddDays(-7).AddHours(17));
        await using var db = await dbFactory.CreateDbContextAsync();
        var roundTable = await db.Sessions.Include(s => s.Facilitators).SingleAsync(s => s.Id == ReportEvents.SessionId(@event, ReportEvents.RoundTable));
        roundTable.AssignFacilitators([await db.Users.SingleAsync(u => u.Email == "facilitator@eventhub.example")]);
        await db.SaveChangesAsync();
        return title;
    }
}
