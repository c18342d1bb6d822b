using System.Security.Claims;
using Bunit;
using EventHub.App.Components.Pages.Accounts;
using EventHub.App.Components.Pages.Outcomes;
using EventHub.App.Hosting;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Outcomes;

/// <summary>
/// The themes on the capture screen look exactly as chosen, a new record starts with its event's theme (when it has one), and the record
/// can be made final only once the session has started.
/// </summary>
public class OutcomeThemesAndFinalTests : OutcomePageTestBase
{
    private OutcomeService Outcomes => Services.GetRequiredService<OutcomeService>();

    [Fact]
    public async Task NewRecord_StartsWithTheEventsOneThemeChosen_AndOnlyChosenChipsLookChosen()
    {
        var (sessionId, _) = await FacilitatedWorkshopAsync();

        var page = RenderPage(sessionId);

        var eventTheme = Chip(page, "Taal in de wijk");
        var other = Chip(page, "Lifelong learning");
        Assert.Contains("mud-chip-selected", eventTheme.ClassName);
        Assert.Contains("mud-chip-color-primary", eventTheme.ClassName);
        Assert.DoesNotContain("mud-chip-selected", other.ClassName);
        Assert.DoesNotContain("mud-chip-color-primary", other.ClassName);
    }

    [Fact]
    public async Task NewRecord_OfAnEventWithSeveralThemes_StartsWithNoneChosen_TheFacilitatorChoosesWhatTheSessionWasAbout()
    {
        var (sessionId, femke) = await FacilitatedWorkshopAsync();
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var session = await db.Sessions.Include(s => s.Event).ThenInclude(e => e.Themes).SingleAsync(s => s.Id == sessionId);
            session.Event.Tag([.. session.Event.Themes, await db.Themes.SingleAsync(t => t.Name == "Lifelong learning")]);
            await db.SaveChangesAsync();
        }

        var page = RenderPage(sessionId);

        Assert.DoesNotContain("mud-chip-selected", Chip(page, "Taal in de wijk").ClassName);
        Assert.DoesNotContain("mud-chip-selected", Chip(page, "Lifelong learning").ClassName);
        Assert.Empty((await Outcomes.GetAsync(sessionId, femke)).Value.Record.Draft.ThemeIds);
    }

    [Fact]
    public async Task ChoosingATheme_LooksChosen_AndIsSavedWithTheRecord()
    {
        var (sessionId, femke) = await FacilitatedWorkshopAsync();
        var page = RenderPage(sessionId);

        await Chip(page, "Lifelong learning").ClickAsync(new MouseEventArgs());
        await page.TypeNotesAsync("Ouders willen meedoen.");
        Time.Advance(OutcomeAutosave.Delay);

        page.WaitForAssertion(() => Assert.Contains("Saved", page.Find("#autosave-status").TextContent));
        Assert.Contains("mud-chip-selected", Chip(page, "Lifelong learning").ClassName);
        var stored = (await Outcomes.GetAsync(sessionId, femke)).Value;
        var chosen = stored.Themes.Where(t => stored.Record.Draft.ThemeIds.Contains(t.Id)).Select(t => t.Name).Order();
        Assert.Equal(["Lifelong learning", "Taal in de wijk"], chosen);
    }

    [Fact]
    public async Task BeforeTheSessionStarts_MarkFinalIsOffAndSaysFromWhen()
    {
        var (sessionId, _) = await FacilitatedWorkshopAsync();
        var page = RenderPage(sessionId);
        await page.TypeNotesAsync("Voorbereiding");
        Time.Advance(OutcomeAutosave.Delay);
        page.WaitForAssertion(() => Assert.Contains("Saved", page.Find("#autosave-status").TextContent));

        Assert.True(page.Find("#mark-final").HasAttribute("disabled"));
        Assert.Contains("once the session has started (Tuesday 29 December 2026, 14:00)", page.Find("#final-from").TextContent);
    }

    [Fact]
    public async Task OnceTheSessionStarted_MarkFinal_OpensTheRecordReadOnlyWithReopen()
    {
        var (sessionId, _) = await FacilitatedWorkshopAsync();
        Time.SetUtcNow(new DateTimeOffset(SampleEvents.Amsterdam(2026, 12, 29, 15), TimeSpan.Zero));
        var page = RenderPage(sessionId);
        await page.TypeNotesAsync("Ouders willen meedoen.");
        Time.Advance(OutcomeAutosave.Delay);
        page.WaitForAssertion(() => Assert.Contains("Saved", page.Find("#autosave-status").TextContent));

        await page.Find("#mark-final").ClickAsync(new MouseEventArgs());

        page.WaitForElement("#outcome-final");
        Assert.NotNull(page.Find("#reopen"));
        Assert.Empty(page.FindAll("#final-from"));
        // Read as a record, not as a form: the notes as text, no number boxes, no theme chips to tick.
        Assert.Equal("Ouders willen meedoen.", page.Find("#outcome-notes-read").TextContent.Trim());
        Assert.True(page.Find("#outcome-notes").HasAttribute("readonly"));
        Assert.Empty(page.FindAll("input[id^='sector-']"));
        Assert.Equal("Not filled in.", page.Find("#sector-mix-read").TextContent.Trim());
        Assert.Empty(page.FindAll(".eh-theme-chips"));
        Assert.Equal(["Taal in de wijk"], page.FindAll("#outcome-themes-read li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task NotesArrivingAfterMarkFinal_AreShownAsNotSaved_AndSavedWhenTheRecordIsReopened()
    {
        var (sessionId, femke) = await FacilitatedWorkshopAsync();
        Time.SetUtcNow(new DateTimeOffset(SampleEvents.Amsterdam(2026, 12, 29, 15), TimeSpan.Zero));
        var page = RenderPage(sessionId);
        await page.TypeNotesAsync("Ouders willen meedoen.");
        Time.Advance(OutcomeAutosave.Delay);
        page.WaitForAssertion(() => Assert.Contains("Saved", page.Find("#autosave-status").TextContent));
        await page.Find("#mark-final").ClickAsync(new MouseEventArgs());
        page.WaitForElement("#outcome-final");

        // The words the browser had not sent yet reach the server after the record was made final.
        await page.TypeNotesAsync("Ouders willen meedoen. Scholen ook.", leave: true);

        page.WaitForAssertion(() => Assert.Contains("Not saved — the record is final; reopen it first", page.Find("#autosave-status").TextContent));
        Assert.Empty(page.FindAll("#autosave-retry")); // trying again cannot help: Reopen is the way
        Assert.Equal("Not saved — the record is final; reopen it first", page.Find("#autosave-announcement").TextContent);
        Assert.Equal("Ouders willen meedoen.", (await Outcomes.GetAsync(sessionId, femke)).Value.Record.Draft.Notes);
        await page.Find("#reopen").ClickAsync(new MouseEventArgs());
        page.WaitForAssertion(() => Assert.Contains("Saved", page.Find("#autosave-status").TextContent));
        Assert.StartsWith("Saved ", page.Find("#autosave-announcement").TextContent); // the problem is over: said once
        var stored = (await Outcomes.GetAsync(sessionId, femke)).Value.Record;
        Assert.Equal(("Ouders willen meedoen. Scholen ook.", OutcomeStatus.Draft), (stored.Draft.Notes, stored.Status));
    }

    private static AngleSharp.Dom.IElement Chip(IRenderedComponent<OutcomePage> page, string name) =>
        page.FindAll(".eh-theme-chips .mud-chip").Single(c => c.TextContent.Contains(name, StringComparison.Ordinal));
}
