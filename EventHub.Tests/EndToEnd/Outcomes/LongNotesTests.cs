using EventHub.Core.Data;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventHub.Tests.EndToEnd.Outcomes;

/// <summary>
/// Notes as long as a record may hold (50,000 characters) are pasted and saved without losing the live connection; written
/// Markdown reads in the preview as it was meant.
/// </summary>
[Collection(OutcomesBrowserCollection.Name)]
public class LongNotesTests(OutcomesBrowserFixture browser) : BrowserStory(browser)
{
    [Fact]
    public async Task Facilitator_Pastes50000CharactersOfNotes_TheyAreSavedAndTheConnectionStays()
    {
        var sessionId = await SessionOfTheFacilitatorAsync();
        // Not one repeated letter: Dutch text with accents, so the bytes on the wire outnumber the characters.
        var line = "Ouders en scholen praten over kansengelijkheid; één taal thuis is geen achterstand. ";
        var notes = string.Concat(Enumerable.Repeat(line, SessionOutcome.NotesMaxLength / line.Length + 1))[..(SessionOutcome.NotesMaxLength - 2)] + "..";

        var page = await browser.NewPageAsync();
        await page.SignInAsync("facilitator@eventhub.example", at: $"/sessions/{sessionId}/outcome");
        await page.Locator("#outcome-notes").FillAsync(notes); // one input event with the whole text, as a paste
        await page.Locator("#outcome-notes").BlurAsync();

        // A new record says "Saved automatically as you type" until its first save, then "Saved 14:02".
        await Expect(page.Locator("#autosave-status")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Saved \d"));
        var saved = await AppData.ReadAsync(browser.App, db => db.SessionOutcomes.Where(o => o.SessionId == sessionId).Select(o => o.Notes).SingleAsync());
        Assert.Equal(notes, saved);

        // Still connected: the preview tab answers (a round trip over the live connection), and a reload shows the whole text.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.Locator("#notes-preview")).ToContainTextAsync("één taal thuis is geen achterstand");
        await Expect(page.Locator("#components-reconnect-modal[open]")).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await page.WaitUntilShownAsync();
        await Expect(page.Locator("#outcome-notes")).ToHaveValueAsync(notes);
        await Expect(page.Locator("#local-copy")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("outcome-long-notes-en");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Facilitator_PreviewsNotesWithParagraphsAndANumberedList_TheyReadAsWritten()
    {
        var sessionId = await SessionOfTheFacilitatorAsync();
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync("facilitator@eventhub.example", at: $"/sessions/{sessionId}/outcome");
        await page.Locator("#outcome-notes").FillAsync("Werkgevers willen stageplekken delen.\n\nScholen melden discriminatie.\n\n1. Meldpunt bekendmaken\n2. Stagepact opstellen");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.Locator("#notes-preview li")).ToHaveCountAsync(2);

        // The paragraphs stand apart, and the list's numbers sit inside the preview rather than over the edge of its box.
        var preview = (await page.Locator("#notes-preview").BoundingBoxAsync())!;
        var first = (await page.Locator("#notes-preview p").Nth(0).BoundingBoxAsync())!;
        var second = (await page.Locator("#notes-preview p").Nth(1).BoundingBoxAsync())!;
        var item = (await page.Locator("#notes-preview li").First.BoundingBoxAsync())!;
        Assert.True(second.Y - (first.Y + first.Height) >= 8, $"paragraphs {first.Y + first.Height} and {second.Y}");
        Assert.True(item.X - preview.X >= 16, $"list item at {item.X}, preview at {preview.X}");
        await page.ScreenshotAsync("outcome-notes-preview-390");
    }

    private async Task<int> SessionOfTheFacilitatorAsync()
    {
        var services = browser.App.Services;
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var planned = await ReportEvents.CreateAsync(dbFactory, $"Lange avond {Guid.NewGuid():N}"[..18], now.Date.AddDays(1).AddHours(12));
        await using var db = await dbFactory.CreateDbContextAsync();
        var femke = await db.Users.SingleAsync(u => u.Email == "facilitator@eventhub.example");
        var @event = await db.Events.Include(e => e.Sessions).ThenInclude(s => s.Facilitators).SingleAsync(e => e.Id == planned.Id);
        var session = @event.Sessions.Single(s => s.Title == ReportEvents.RoundTable);
        session.AssignFacilitators([femke]);
        await db.SaveChangesAsync();
        return session.Id;
    }
}
