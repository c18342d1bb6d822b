using Bunit;
using EventHub.App.Components.Pages.Directory.Contacts;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using MudBlazor;

namespace EventHub.Tests.Components.Privacy;

/// <summary>
/// Erasing a guest withdraws their invitations to events still to come; the dialog says so before the admin confirms,
/// with how many, and says nothing of it for someone with none.
/// </summary>
public class EraseContactDialogTests : ComponentTestBase
{
    [Theory]
    [InlineData("nl", "wordt hun 1 uitnodiging voor een komende bijeenkomst ingetrokken, zonder e-mail aan hen")]
    [InlineData("en", "withdraws their 1 invitation to an event still to come, without an email to them")]
    public async Task TheDialog_NamesTheUpcomingInvitationsItWithdraws(string culture, string line)
    {
        UseCulture(culture);
        SignInAs("Anna de Boer", Policies.Administer, Policies.Organise);
        var sanne = await AddContactAsync("Sanne", "Jansen", comingTo: "Alliantiedag Onderwijskansen");

        var dialogs = OpenEraseDialog(sanne);

        dialogs.WaitForAssertion(() => Assert.Contains(line, dialogs.Find("#erase-withdraws").TextContent));
    }

    [Fact]
    public async Task TheDialog_ForSomeoneWithNothingUpcoming_HasNoSuchLine()
    {
        SignInAs("Anna de Boer", Policies.Administer, Policies.Organise);
        var pieter = await AddContactAsync("Pieter", "de Wit", comingTo: null);

        var dialogs = OpenEraseDialog(pieter);

        dialogs.WaitForAssertion(() => dialogs.Find("#erase-consequences"));
        Assert.Empty(dialogs.FindAll("#erase-withdraws"));
    }

    /// <summary>
    /// The dialog takes the focus itself, not its name field: on a phone the field would scroll the warning out of sight
    /// before it was read (the app's dialogs otherwise focus their first field).
    /// </summary>
    [Fact]
    public async Task TheDialog_OpensWithTheFocusOnItself_NotOnTheNameField()
    {
        SignInAs("Anna de Boer", Policies.Administer, Policies.Organise);
        var pieter = await AddContactAsync("Pieter", "de Wit", comingTo: null);

        var dialogs = OpenEraseDialog(pieter);

        dialogs.WaitForElement("#erase-name");
        Assert.Equal(DefaultFocus.Element, dialogs.FindComponent<MudFocusTrap>().Instance.DefaultFocus);
    }

    private IRenderedComponent<MudDialogProvider> OpenEraseDialog(int contactId)
    {
        // As the app's layout has it: dialogs focus their first field unless they say otherwise.
        var dialogs = Render<MudDialogProvider>(p => p.Add(d => d.DefaultFocus, DefaultFocus.FirstChild));
        Render<MudSnackbarProvider>();
        var page = Render<ContactPage>(p => p.Add(c => c.Id, contactId));
        page.WaitForElement("#contact-erase");
        // Not awaited: the button's handler waits for the dialog's answer.
        page.Find("#contact-erase").Click();
        return dialogs;
    }

    /// <summary>A contact; with <paramref name="comingTo"/>, who said yes to that published event in two weeks.</summary>
    private async Task<int> AddContactAsync(string first, string last, string? comingTo)
    {
        var now = Time.GetUtcNow().UtcDateTime;
        await using var db = await DbFactory.CreateDbContextAsync();
        var contact = new Contact(first, last, $"{first.ToLowerInvariant()}@vensterschool.example", Language.Nl, now);
        db.Contacts.Add(contact);
        if (comingTo is not null)
        {
            var @event = new Event(comingTo, now.AddDays(14), now.AddDays(14).AddHours(3));
            @event.HoldAt(null, "https://meet.example.org/alliantie");
            @event.AddSession("Plenair", SessionKind.Plenary, @event.StartUtc, @event.EndUtc);
            Assert.True(@event.Publish(now, $"alliantiedag-{Guid.NewGuid():N}"[..30]).Succeeded);
            db.Events.Add(@event);
            var invitation = new Invitation(@event, contact, now);
            invitation.Issue(PersonalLinkTokens.Hash(PersonalLinkTokens.NewToken()), now);
            invitation.Answer(InvitationStatus.Accepted, now);
            db.Invitations.Add(invitation);
        }

        await db.SaveChangesAsync();
        return contact.Id;
    }
}
