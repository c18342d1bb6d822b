using System.Security.Claims;
using Bunit;
using EventHub.Core.Common;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using EventHub.App.Components.Pages.Accounts;
using EventHub.App.Components.Pages.Outcomes;
using EventHub.App.Hosting;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Outcomes;

/// <summary>Autosave on the capture screen, and what happens when someone else saved first.</summary>
public class OutcomePageTests : OutcomePageTestBase
{
    private static readonly TeamMember Olga = TeamMember.InRoles("organiser-olga", "Olga Bakker", EventHub.Core.Common.Roles.Organiser);

    private OutcomeService Outcomes => Services.GetRequiredService<OutcomeService>();

    [Fact]
    public async Task Typing_ThenAPause_SavesAndSaysSaved_WithoutTalkingOverTheTyping()
    {
        var (sessionId, femke) = await FacilitatedWorkshopAsync();
        var page = RenderPage(sessionId);
        var states = new List<string>();
        var announced = new List<string>();
        page.OnMarkupUpdated += (_, _) =>
        {
            states.Add(page.Find("#autosave-status").GetAttribute("data-state")!);
            announced.Add(page.Find("#autosave-announcement").TextContent);
        };

        await page.TypeNotesAsync("Ouders willen meedoen.");
        page.WaitForAssertion(() => Assert.Contains("Changes not saved yet", page.Find("#autosave-status").TextContent));
        Time.Advance(OutcomeAutosave.Delay);

        page.WaitForAssertion(() => Assert.Contains("Saved 10:00", page.Find("#autosave-status").TextContent));
        Assert.Contains(nameof(AutosaveState.Saving), states);
        Assert.All(announced, Assert.Empty); // a screen reader is not told "not saved yet", "saving", "saved" at every pause
        var stored = (await Outcomes.GetAsync(sessionId, femke)).Value.Record;
        Assert.Equal(("Ouders willen meedoen.", 1, "Femke Jansen"), (stored.Draft.Notes, stored.Version, stored.UpdatedBy));
    }

    [Fact]
    public async Task Typing_BeforeThePauseIsOver_DoesNotSaveYet()
    {
        var (sessionId, femke) = await FacilitatedWorkshopAsync();
        var page = RenderPage(sessionId);

        await page.TypeNotesAsync("Eerste zin");
        Time.Advance(TimeSpan.FromSeconds(1));
        await page.TypeNotesAsync("Eerste zin, tweede zin");
        Time.Advance(TimeSpan.FromSeconds(1.5));

        Assert.Equal(0, (await Outcomes.GetAsync(sessionId, femke)).Value.Record.Version);
        Time.Advance(TimeSpan.FromSeconds(0.5));
        page.WaitForAssertion(() => Assert.Contains("Saved", page.Find("#autosave-status").TextContent));
        Assert.Equal("Eerste zin, tweede zin", (await Outcomes.GetAsync(sessionId, femke)).Value.Record.Draft.Notes);
    }

    [Fact]
    public async Task StaleSave_ShowsBothVersionsSideBySide()
    {
        var (sessionId, _, page, dialogs) = await ConflictAsync();

        Assert.Contains("Mijn aantekeningen", dialogs.Find("#version-mine").TextContent);
        Assert.Contains("Taal begint thuis", dialogs.Find("#version-mine").TextContent);
        Assert.Contains("Saved by Olga Bakker at 10:00", dialogs.Find("#version-theirs").TextContent);
        Assert.Contains("Olga's aantekeningen", dialogs.Find("#version-theirs").TextContent);
        Assert.Contains("Not saved", page.Find("#autosave-status").TextContent);
        Assert.Equal("Olga's aantekeningen", (await Outcomes.GetAsync(sessionId, Olga)).Value.Record.Draft.Notes);
    }

    [Fact]
    public async Task Conflict_KeepMine_SavesMineOnTopOfTheNewerVersion()
    {
        var (sessionId, _, page, dialogs) = await ConflictAsync();

        dialogs.Find("#conflict-mine").Click();

        page.WaitForAssertion(() => Assert.Contains("Saved", page.Find("#autosave-status").TextContent));
        var stored = (await Outcomes.GetAsync(sessionId, Olga)).Value.Record;
        Assert.Equal(("Mijn aantekeningen", 2, "Femke Jansen"), (stored.Draft.Notes, stored.Version, stored.UpdatedBy));
    }

    [Fact]
    public async Task Conflict_TakeTheirs_ShowsTheirsAndSavesNothing()
    {
        var (sessionId, _, page, dialogs) = await ConflictAsync();

        dialogs.Find("#conflict-theirs").Click();

        page.WaitForAssertion(() => Assert.Equal("Olga's aantekeningen", page.Find("#outcome-notes").GetAttribute("value") ?? page.Find("#outcome-notes").TextContent));
        Assert.Contains("Saved", page.Find("#autosave-status").TextContent);
        var stored = (await Outcomes.GetAsync(sessionId, Olga)).Value.Record;
        Assert.Equal(("Olga's aantekeningen", 1), (stored.Draft.Notes, stored.Version));
    }

    [Fact]
    public async Task Conflict_Merge_OffersBothTextsAndSavesTheUnionOfTheLists()
    {
        var (sessionId, _, page, dialogs) = await ConflictAsync();

        await dialogs.Find("#conflict-merge").ClickAsync(new());
        var merged = dialogs.Find("#merged-notes");
        Assert.Equal("Mijn aantekeningen\n\nOlga's aantekeningen", merged.GetAttribute("value") ?? merged.TextContent);
        merged.Change("Samen: ouders en school");
        dialogs.Find("#merge-save").Click();

        page.WaitForAssertion(() => Assert.Contains("Saved", page.Find("#autosave-status").TextContent));
        var stored = (await Outcomes.GetAsync(sessionId, Olga)).Value.Record;
        Assert.Equal(("Samen: ouders en school", 2), (stored.Draft.Notes, stored.Version));
        Assert.Equal(["Taal begint thuis", "Bibliotheek in de school"], stored.Draft.Insights.Select(s => s.Text));
    }

    [Fact]
    public async Task Conflict_Merge_AnInsightTheOtherDeleted_StaysDeleted()
    {
        var (sessionId, page, dialogs) = await DeletedMeanwhileAsync(femkeRewrites: false);

        dialogs.Find("#conflict-merge").Click();
        Assert.Empty(dialogs.FindAll("#merge-kept-deleted"));
        dialogs.Find("#merge-save").Click();

        page.WaitForAssertion(() => Assert.Contains("Saved", page.Find("#autosave-status").TextContent));
        var stored = (await Outcomes.GetAsync(sessionId, Olga)).Value.Record;
        Assert.Equal(["Taal begint thuis"], stored.Draft.Insights.Select(s => s.Text));
    }

    [Fact]
    public async Task Conflict_Merge_AnInsightTheOtherDeletedButIRewrote_IsKeptAndSaysSo()
    {
        var (sessionId, page, dialogs) = await DeletedMeanwhileAsync(femkeRewrites: true);

        dialogs.Find("#conflict-merge").Click();
        var notice = dialogs.Find("#merge-kept-deleted").TextContent;
        Assert.Contains("Olga Bakker had deleted these, but you changed them, so they are kept:", notice);
        Assert.Contains("Bibliotheek in elke school", notice);
        dialogs.Find("#merge-save").Click();

        page.WaitForAssertion(() => Assert.Contains("Saved", page.Find("#autosave-status").TextContent));
        var stored = (await Outcomes.GetAsync(sessionId, Olga)).Value.Record;
        Assert.Equal(["Taal begint thuis", "Bibliotheek in elke school"], stored.Draft.Insights.Select(s => s.Text));
    }

    /// <summary>
    /// Femke has a saved record with two insights open; Olga deletes the second and saves; Femke, on her older copy,
    /// writes notes (and rewrites that second insight, or not), so her autosave meets Olga's version.
    /// </summary>
    private async Task<(int SessionId, IRenderedComponent<OutcomePage> Page, IRenderedComponent<MudDialogProvider> Dialogs)> DeletedMeanwhileAsync(bool femkeRewrites)
    {
        var (sessionId, femke) = await FacilitatedWorkshopAsync();
        var common = OutcomeDraft.Empty with { Insights = [new StatementDraft("Taal begint thuis"), new StatementDraft("Bibliotheek in de school")] };
        await Outcomes.SaveAsync(sessionId, common, 0, femke);
        var dialogs = Render<MudDialogProvider>();
        var page = RenderPage(sessionId);
        await Outcomes.SaveAsync(sessionId, common with { Notes = "Olga's aantekeningen", Insights = [common.Insights[0]] }, 1, Olga);

        if (femkeRewrites)
        {
            await page.Find("#insights-1").InputAsync(new ChangeEventArgs { Value = "Bibliotheek in elke school" });
        }

        await page.TypeNotesAsync("Mijn aantekeningen");
        Time.Advance(OutcomeAutosave.Delay);

        dialogs.WaitForElement("#version-theirs");
        return (sessionId, page, dialogs);
    }

    /// <summary>Femke writes notes and an insight while Olga saves her own version first; Femke's autosave is then stale.</summary>
    private async Task<(int SessionId, TeamMember Femke, IRenderedComponent<OutcomePage> Page, IRenderedComponent<MudDialogProvider> Dialogs)> ConflictAsync()
    {
        var (sessionId, femke) = await FacilitatedWorkshopAsync();
        var dialogs = Render<MudDialogProvider>();
        var page = RenderPage(sessionId);
        await page.Find("#add-insights").ClickAsync(new MouseEventArgs());
        await page.Find("#insights-0").InputAsync(new ChangeEventArgs { Value = "Taal begint thuis" });
        await page.TypeNotesAsync("Mijn aantekeningen");
        await Outcomes.SaveAsync(sessionId, OutcomeDraft.Empty with
        {
            Notes = "Olga's aantekeningen",
            Insights = [new StatementDraft("Bibliotheek in de school")],
        }, 0, Olga);

        Time.Advance(OutcomeAutosave.Delay);

        dialogs.WaitForElement("#version-theirs");
        return (sessionId, femke, page, dialogs);
    }
}
