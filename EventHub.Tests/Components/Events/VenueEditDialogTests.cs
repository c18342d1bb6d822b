using Bunit;
using EventHub.App.Components.Pages.Events.Venues;
using EventHub.App.Hosting;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using static EventHub.Tests.Support.SampleEvents;

namespace EventHub.Tests.Components.Events;

/// <summary>
/// A venue's new name or address moves the upcoming published events held there and emails their invitees: the dialog
/// says so, naming those events, before the organiser saves.
/// </summary>
public class VenueEditDialogTests : ComponentTestBase
{
    [Fact]
    public async Task NewAddress_OfAVenueWithAnUpcomingPublishedEvent_NamesTheEventAndSaysItsInviteesAreTold()
    {
        await AddEventsAsync(Alliantiedag()); // 29 December at Forum Groningen; now is 29 November
        var dialogs = await OpenAsync();
        Assert.Empty(dialogs.FindAll("#venue-moves-events")); // nothing changed yet
        Assert.Equal("Save", dialogs.Find("#venue-save").TextContent.Trim());

        await dialogs.Find("#venue-address").InputAsync(new ChangeEventArgs { Value = "Nieuwe Markt 3, 9712 KN Groningen" });

        dialogs.WaitForAssertion(() => Assert.StartsWith(
            "A new name or address moves the upcoming event held here: when you save, its invitees are told of the new place",
            dialogs.Find("#venue-moves-events").TextContent.Trim()));
        Assert.Equal([$"{Title}, Tuesday 29 December 2026"], dialogs.FindAll("#venue-moves-events li").Select(li => li.TextContent.Trim()));
        Assert.Equal("Save and inform invitees", dialogs.Find("#venue-save").TextContent.Trim());
    }

    [Fact]
    public async Task NewName_InDutch_SpeaksToTheOrganiserAsJe()
    {
        UseCulture("nl");
        await AddEventsAsync(Alliantiedag());
        var dialogs = await OpenAsync();

        await dialogs.Find("#venue-name").InputAsync(new ChangeEventArgs { Value = "Forum" });

        dialogs.WaitForAssertion(() => Assert.Contains("als je opslaat, krijgen de genodigden bericht over de nieuwe plek", dialogs.Find("#venue-moves-events").TextContent));
        Assert.Equal("Opslaan en genodigden informeren", dialogs.Find("#venue-save").TextContent.Trim());
    }

    [Fact]
    public async Task NewName_OfAVenueWithOnlyADraft_WarnsOfNothing()
    {
        await AddEventsAsync(Alliantiedag(publish: false));
        var dialogs = await OpenAsync();

        await dialogs.Find("#venue-name").InputAsync(new ChangeEventArgs { Value = "Forum" });

        Assert.Empty(dialogs.FindAll("#venue-moves-events")); // a draft has no invitees to tell
        Assert.Equal("Save", dialogs.Find("#venue-save").TextContent.Trim());
    }

    [Fact]
    public async Task SameAddressWithStraySpaces_IsNoMove()
    {
        await AddEventsAsync(Alliantiedag());
        var dialogs = await OpenAsync();

        await dialogs.Find("#venue-address").InputAsync(new ChangeEventArgs { Value = " Nieuwe Markt 1, 9712 KN Groningen " });

        Assert.Empty(dialogs.FindAll("#venue-moves-events"));
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        var venue = (await Services.GetRequiredService<VenueService>().ListAsync()).Single();
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var service = Services.GetRequiredService<IDialogService>();
        _ = dialogs.InvokeAsync(() => VenueEditDialog.ShowAsync(service, "Edit Forum Groningen", venue));
        dialogs.WaitForElement("#venue-name");
        return dialogs;
    }
}
