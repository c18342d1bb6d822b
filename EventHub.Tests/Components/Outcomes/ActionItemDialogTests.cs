using Bunit;
using EventHub.App.Components.Pages.Outcomes;
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
        Task<bool> shown = null!;
        await provider.InvokeAsync(() =>
        {
            shown = ActionItemDialog.ShowAsync(Services.GetRequiredService<IDialogService>(), "", sessionId, femke, null, new DateOnly(2027, 2, 1));
        });

        await provider.WaitForElement("#action-save").ClickAsync(new MouseEventArgs());

        // Both the text and the owner are named, each under its own field; not one message at a time in a banner.
        provider.WaitForAssertion(() =>
        {
            var errors = provider.FindAll(".mud-input-error").Select(e => e.TextContent.Trim()).ToList();
            Assert.Contains("This field is required.", errors);
            Assert.Contains("Choose the organisation that owns this action item.", errors);
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

    private async Task AddOrganisationAsync(string name, Sector sector)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        db.Organisations.Add(new Organisation(name, sector, null, Time.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }
}
