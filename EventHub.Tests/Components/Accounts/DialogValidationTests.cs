using Bunit;
using EventHub.App.Components.Pages.Accounts;
using EventHub.App.Components.Pages.Events.Venues;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace EventHub.Tests.Components.Accounts;

/// <summary>
/// Dialogs say "required" only once someone typed in a field (and emptied it) or tried to submit — not when a field
/// merely lost the focus it was given when the dialog opened. Every dialog's required fields use OnlyValidateIfDirty.
/// </summary>
public class DialogValidationTests : ComponentTestBase
{
    private static readonly TeamMember Admin = TeamMember.InRoles("admin-1", "Anna Admin", Roles.Admin);

    [Fact]
    public async Task InviteDialog_LeavingTheFocusedEmptyField_ShowsNoError()
    {
        var dialogs = await OpenInviteDialogAsync();

        await dialogs.Find("#invite-name").TriggerEventAsync("onblur", new FocusEventArgs());

        Assert.Empty(dialogs.FindAll(".mud-input-error"));
        Assert.DoesNotContain("This field is required.", dialogs.Markup);
    }

    [Fact]
    public async Task InviteDialog_SubmittingEmpty_SaysWhichFieldsAreRequired()
    {
        var dialogs = await OpenInviteDialogAsync();

        await dialogs.Find("form").SubmitAsync();

        dialogs.WaitForAssertion(() => Assert.Equal(2, dialogs.FindAll(".mud-input-helper-text.mud-input-error").Count));
        Assert.Contains("This field is required.", dialogs.Markup);
    }

    [Fact]
    public async Task InviteDialog_TypingThenEmptyingAField_SaysItIsRequired()
    {
        var dialogs = await OpenInviteDialogAsync();
        var name = dialogs.Find("#invite-name");

        await name.ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "Bo" });
        await dialogs.Find("#invite-name").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "" });
        await dialogs.Find("#invite-name").TriggerEventAsync("onblur", new FocusEventArgs());

        dialogs.WaitForAssertion(() => Assert.Contains("This field is required.", dialogs.Markup));
    }

    [Fact]
    public async Task InviteDialog_AnAddressWithoutADotInItsDomain_IsRefusedAsItIsTyped_ByTheRuleTheServerKeeps()
    {
        var dialogs = await OpenInviteDialogAsync();

        await dialogs.Find("#invite-email").ChangeAsync(new Microsoft.AspNetCore.Components.ChangeEventArgs { Value = "fenna@groningen" });

        dialogs.WaitForAssertion(() => Assert.Contains("Enter a valid email address, like name@example.org.", dialogs.Markup));
    }

    [Fact]
    public async Task VenueDialog_LeavingTheEmptyNameField_ShowsNoError()
    {
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var service = Services.GetService<IDialogService>()!;
        _ = dialogs.InvokeAsync(() => VenueEditDialog.ShowAsync(service, "New venue", null));
        dialogs.WaitForElement("#venue-name");

        await dialogs.Find("#venue-name").TriggerEventAsync("onblur", new FocusEventArgs());

        Assert.Empty(dialogs.FindAll(".mud-input-error"));
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenInviteDialogAsync()
    {
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var service = Services.GetService<IDialogService>()!;
        await dialogs.InvokeAsync(() => service.ShowAsync<InviteDialog>("Invite", new DialogParameters<InviteDialog> { { d => d.Actor, Admin } }));
        dialogs.WaitForElement("#invite-name");
        return dialogs;
    }
}
