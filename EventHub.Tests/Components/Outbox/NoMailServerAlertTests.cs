using Bunit;
using EventHub.App.Components.Pages.Accounts;
using EventHub.App.Components.Pages.Invitations;
using EventHub.App.Hosting;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace EventHub.Tests.Components.Outbox;

/// <summary>
/// A new alliance's admin, on the first day, invites colleagues and sets up the emails before whoever runs the server
/// has set up a mail server: the screens where emails start say that nothing goes out yet.
/// </summary>
public class NoMailServerAlertTests : ComponentTestBase
{
    private const string NoMailServer = "No mail server is set up yet, so EventHub sends no email";

    [Fact]
    public void UsersPage_NoMailServer_SaysInvitationsWaitInTheOutbox()
    {
        SignInAs("Anna Beheer", Policies.Administer);
        Render<MudPopoverProvider>();

        var page = Render<Users>();

        page.WaitForElement("#no-mail-server");
        Assert.StartsWith(NoMailServer, page.Find("#no-mail-server").TextContent.Trim());
    }

    [Fact]
    public async Task SendInvitationsDialog_NoMailServer_SaysThePartnersInvitationsWaitInTheOutbox()
    {
        var dialogue = DailyDialogues(1)[0];
        await AddEventsAsync(dialogue);
        SignInAs("Olga Organiser", Policies.Organise);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();

        // The dialog's task is not awaited: it completes when the dialog closes.
        await dialogs.InvokeAsync(() => { _ = SendInvitationsDialog.ShowAsync(Services.GetRequiredService<IDialogService>(), dialogue.Id, 4, null); });

        dialogs.WaitForElement("#compose-intro");
        Assert.StartsWith(NoMailServer, dialogs.Find("#no-mail-server").TextContent.Trim());
    }

    [Fact]
    public void UsersPage_MailServerSet_SaysNothingAboutIt()
    {
        var options = Services.GetRequiredService<IOptions<SmtpOptions>>().Value;
        (options.Host, options.FromAddress) = ("smtp.gemeente.example", "eventhub@gemeente.example");
        SignInAs("Anna Beheer", Policies.Administer);
        Render<MudPopoverProvider>();

        var page = Render<Users>();

        page.WaitForElement("#users-invite");
        Assert.Empty(page.FindAll("#no-mail-server"));
    }
}
