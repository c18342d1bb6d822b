using Bunit;
using EventHub.App.Components.Pages.Events;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Events;

/// <summary>Calling a meeting off asks for the reason and says who is emailed it.</summary>
public class CancelEventDialogTests : ComponentTestBase
{
    [Fact]
    public async Task Cancel_SaysHowManyInviteesAreEmailedTheReason_AndHandsTheReasonBack()
    {
        var dialogs = Render<MudDialogProvider>();
        var asked = dialogs.InvokeAsync(() => CancelEventDialog.AskReasonAsync(Services.GetRequiredService<IDialogService>(), "Alliantiedag", told: 69));

        dialogs.WaitForAssertion(() => Assert.Equal("69 invitees who had not declined get an email with this reason.", dialogs.Find("#cancel-tells").TextContent.Trim()));
        await dialogs.Find("#cancel-reason").ChangeAsync(new ChangeEventArgs { Value = "De zaal is dubbel geboekt" });
        await dialogs.Find("#confirm-cancel-event").ClickAsync(new MouseEventArgs());

        Assert.Equal("De zaal is dubbel geboekt", await asked);
    }

    [Fact]
    public void Cancel_OfAnEventNobodyIsInvitedTo_NamesNoEmail()
    {
        var dialogs = Render<MudDialogProvider>();
        _ = dialogs.InvokeAsync(() => CancelEventDialog.AskReasonAsync(Services.GetRequiredService<IDialogService>(), "Alliantiedag", told: 0));

        dialogs.WaitForElement("#cancel-reason");
        Assert.Empty(dialogs.FindAll("#cancel-tells"));
    }

    /// <summary>
    /// The dialog takes the focus itself, not its reason field: on a phone the field and its keyboard would scroll the
    /// warning (partners read the reason, it cannot be undone, who is emailed) out of sight, and a screen reader would
    /// start at the field (the app's dialogs otherwise focus their first field).
    /// </summary>
    [Fact]
    public void Cancel_OpensWithTheFocusOnItself_NotOnTheReasonField()
    {
        // As the app's layout has it: dialogs focus their first field unless they say otherwise.
        var dialogs = Render<MudDialogProvider>(p => p.Add(d => d.DefaultFocus, DefaultFocus.FirstChild));
        _ = dialogs.InvokeAsync(() => CancelEventDialog.AskReasonAsync(Services.GetRequiredService<IDialogService>(), "Alliantiedag", told: 69));

        dialogs.WaitForElement("#cancel-reason");
        Assert.Equal(DefaultFocus.Element, dialogs.FindComponent<MudFocusTrap>().Instance.DefaultFocus);
    }
}
