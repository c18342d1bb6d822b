using Bunit;
using EventHub.App.Components.Pages.Outcomes;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Outcomes;

/// <summary>A facilitator adds an action item in the dialog on the capture screen.</summary>
public class ActionItemDialogTests : OutcomePageTestBase
{
    [Fact]
    public async Task SavingAnEmptyItem_NamesEveryMissingFieldUnderTheField_AtOnce_AndSavesNothing_ThenSavesOnceFilled()
    {
        var (sessionId, femke) = await FacilitatedWorkshopAsync();
        await AddOrganisationAsync("Gemeente Groningen", Sector.Government);
        var popovers = Render<MudPopoverProvider>();
        var provider = Render<MudDialogProvider>();
        var shown = await ShowAsync(provider, sessionId, femke, new DateOnly(2027, 2, 1));

        await provider.Find("#action-save").ClickAsync(new MouseEventArgs());

        // Both the text and the owner are named, each under its own field; not one message at a time in a banner.
        provider.WaitForAssertion(() =>
        {
            var errors = provider.FindAll(".mud-input-error").Select(e => e.TextContent.Trim()).ToList();
            Assert.Contains("This field is required.", errors);
            Assert.Contains("Choose who takes this on: an organisation, or a person at one.", errors);
        });
        Assert.Empty(provider.FindAll("#action-error"));
        Assert.False(shown.IsCompleted);

        await provider.Find("#action-what").ChangeAsync(new ChangeEventArgs { Value = "Stagepact opstellen" });
        await TypeAndPauseAsync(provider.Find("#action-owner"), "Gemeente", TimeSpan.FromMilliseconds(300));
        await popovers.WaitForElement(".mud-popover-open .mud-list-item").ClickAsync(new MouseEventArgs());
        await provider.Find("#action-save").ClickAsync(new MouseEventArgs());

        Assert.True(await shown.WaitAsync(TimeSpan.FromSeconds(10)));
        await using var db = await DbFactory.CreateDbContextAsync();
        var saved = await db.ActionItems.Include(a => a.OwnerOrganisation).SingleAsync();
        Assert.Equal(("Stagepact opstellen", "Gemeente Groningen", new DateOnly(2027, 2, 1)), (saved.What, saved.OwnerOrganisation.Name, saved.DueOn));
    }

    [Fact]
    public async Task FacilitatorTypesTheFirstNameOfWhoTakesItOn_PicksThatPerson_AndTheItemIsOwnedByThemAndTheirOrganisation()
    {
        var (sessionId, femke) = await FacilitatedWorkshopAsync();
        await AddPersonAsync("Wietske", "Hoogeveen", "Noorderpoort Beroepsonderwijs");
        var popovers = Render<MudPopoverProvider>();
        var provider = Render<MudDialogProvider>();
        var shown = await ShowAsync(provider, sessionId, femke, new DateOnly(2027, 2, 1));

        // In the room someone says "Wietske takes this on": her name finds her, with the organisation she is at.
        await provider.Find("#action-what").ChangeAsync(new ChangeEventArgs { Value = "Stageplekken inventariseren" });
        await TypeAndPauseAsync(provider.Find("#action-owner"), "wietske", TimeSpan.FromMilliseconds(300));
        var person = popovers.WaitForElement(".mud-popover-open .mud-list-item");
        Assert.Equal("Wietske Hoogeveen · Noorderpoort Beroepsonderwijs", person.TextContent.Trim());
        await person.ClickAsync(new MouseEventArgs());

        provider.WaitForAssertion(() => Assert.Equal("Noorderpoort Beroepsonderwijs", provider.Find("#action-owner").GetAttribute("value")));
        await provider.Find("#action-save").ClickAsync(new MouseEventArgs());

        Assert.True(await shown.WaitAsync(TimeSpan.FromSeconds(10)));
        await using var db = await DbFactory.CreateDbContextAsync();
        var saved = await db.ActionItems.Include(a => a.OwnerOrganisation).Include(a => a.OwnerContact).SingleAsync();
        Assert.Equal(("Noorderpoort Beroepsonderwijs", "Wietske Hoogeveen"), (saved.OwnerOrganisation.Name, saved.OwnerContact?.FullName));
    }

    [Fact]
    public async Task AnOwnerNotInTheDirectory_IsSaidToBeMissing_WithWhoCanAddIt()
    {
        var (sessionId, femke) = await FacilitatedWorkshopAsync();
        var popovers = Render<MudPopoverProvider>();
        var provider = Render<MudDialogProvider>();
        await ShowAsync(provider, sessionId, femke, new DateOnly(2027, 2, 1));

        await TypeAndPauseAsync(provider.Find("#action-owner"), "Stagebureau Noord", TimeSpan.FromMilliseconds(300));

        Assert.Equal("Not in the directory. Ask an organiser to add the organisation (and the person), then choose it here.",
            popovers.WaitForElement(".mud-popover-open #action-owner-none").TextContent.Trim());
    }

    [Fact]
    public async Task ADueDateThatHasPassed_IsPointedOutUnderTheDate_WhileTyping_AndGoesAwayForADateAhead()
    {
        var (sessionId, femke) = await FacilitatedWorkshopAsync();
        var provider = Render<MudDialogProvider>();
        await ShowAsync(provider, sessionId, femke, new DateOnly(2027, 2, 1));
        Assert.Empty(provider.FindAll("#action-due-passed"));

        // Early in the year, last year's date is an easy slip; "today" is 29 November 2026.
        await provider.Find("#action-due").ChangeAsync(new ChangeEventArgs { Value = "2025-12-01" });
        provider.WaitForAssertion(() => Assert.Equal(
            "This date has already passed: the item will show as overdue straight away.", provider.Find("#action-due-passed").TextContent.Trim()));

        await provider.Find("#action-due").ChangeAsync(new ChangeEventArgs { Value = "2026-12-01" });
        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("#action-due-passed")));
    }

    [Fact]
    public async Task AnItemWhoseDateHasPassed_IsMarkedOverdueInTheSessionsList_AsInTheTracker()
    {
        var (sessionId, femke) = await FacilitatedWorkshopAsync();
        await AddOrganisationAsync("Gemeente Groningen", Sector.Government);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var owner = await db.Organisations.SingleAsync(o => o.Name == "Gemeente Groningen");
            var actions = Services.GetRequiredService<ActionItemService>();
            await actions.CreateAsync(sessionId, new ActionItemDraft("Meldpunt bekendmaken", owner.Id, null, new DateOnly(2026, 11, 1)), femke);
            await actions.CreateAsync(sessionId, new ActionItemDraft("Stagepact opstellen", owner.Id, null, new DateOnly(2027, 2, 1)), femke);
        }

        var page = RenderPage(sessionId);

        // "Today" is 29 November 2026: the first item is overdue, and the facilitator sees so where they record the session.
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".eh-action-items tbody tr").Count));
        var rows = page.FindAll(".eh-action-items tbody tr");
        Assert.Contains("Overdue", rows[0].TextContent);
        Assert.DoesNotContain("Overdue", rows[1].TextContent);
    }

    private async Task<Task<bool>> ShowAsync(IRenderedComponent<MudDialogProvider> provider, int sessionId, TeamMember editor, DateOnly due)
    {
        Task<bool> shown = null!;
        await provider.InvokeAsync(() =>
        {
            shown = ActionItemDialog.ShowAsync(Services.GetRequiredService<IDialogService>(), "", sessionId, editor, null, due);
        });
        provider.WaitForElement("#action-save");
        return shown;
    }

    private async Task AddPersonAsync(string firstName, string lastName, string organisation)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        var now = Time.GetUtcNow().UtcDateTime;
        var school = new Organisation(organisation, Sector.Education, null, now);
        var person = new Contact(firstName, lastName, $"{firstName.ToLowerInvariant()}@example.org", Language.Nl, now);
        person.MoveTo(school, now);
        db.AddRange(school, person);
        await db.SaveChangesAsync();
    }

    private async Task AddOrganisationAsync(string name, Sector sector)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        db.Organisations.Add(new Organisation(name, sector, null, Time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }
}
