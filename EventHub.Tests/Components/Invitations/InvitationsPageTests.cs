using Bunit;
using EventHub.App.Components.Pages.Invitations;
using EventHub.App.Hosting;
using EventHub.Core.Common;
using EventHub.Core.Door;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Invitations;

/// <summary>The invitations page of a meeting that is over: the list is its record, and the page says so.</summary>
public class InvitationsPageTests : ComponentTestBase
{
    [Fact]
    public async Task AClosedEvent_SaysWhyNobodyCanBeInvited_AndOffersNoForecastForInviting()
    {
        var guest = await AcceptedGuests.AddAsync(Services);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var @event = await db.Events.SingleAsync(e => e.Id == guest.EventId);
            Assert.True(@event.Close().Succeeded);
            await db.SaveChangesAsync();
        }

        SignInAs("Olga Bakker", Policies.Organise, Policies.CheckIn);
        Authorization.SetRoles(Roles.Organiser);
        Render<MudBlazor.MudPopoverProvider>();
        var page = Render<InvitationsPage>(p => p.Add(c => c.Id, guest.EventId));

        page.WaitForAssertion(() => Assert.Contains("This event is over: its guest list is kept as it was.", page.Find("#list-closed").TextContent));
        Assert.Empty(page.FindAll("#expected-acceptances"));
        Assert.True(page.Find("#send-invitations").HasAttribute("disabled"));
        Assert.Equal("Send invitations", page.Find("#send-invitations").TextContent.Trim()); // not "Send 0 invitations"
    }

    [Fact]
    public async Task TheForecastOfAcceptances_IsShownWhileInviting_AndNotOnceTheMeetingHasBegun()
    {
        var guest = await AcceptedGuests.AddAsync(Services);
        var before = RenderAsOrganiser(guest.EventId).Page;
        before.WaitForAssertion(() => Assert.Contains("Expected to accept:", before.Find("#expected-line").TextContent));

        Time.SetUtcNow(AcceptedGuests.Start.AddMinutes(10));
        var during = Render<InvitationsPage>(p => p.Add(c => c.Id, guest.EventId));

        during.WaitForAssertion(() => Assert.Contains("Anna de Vries", during.Find("#guest-list tbody").TextContent));
        Assert.Empty(during.FindAll("#expected-acceptances"));
    }

    [Fact]
    public async Task CheckingInSomeoneWithoutAConfirmedPlace_AsksFirst_AndLetsThemInAsAdmitted_NotClaimingACheckInThatDidNotHappen()
    {
        var guest = await AcceptedGuests.AddAsync(Services);
        Assert.True((await Services.GetRequiredService<PhoneAnswerService>()
            .AnswerOnBehalfAsync(guest.InvitationId, new RsvpAnswer(InvitationStatus.Tentative, PrivacyAccepted: true), Staff.Organiser)).Succeeded);
        var (page, dialogs) = RenderAsOrganiser(guest.EventId);
        page.WaitForAssertion(() => Assert.Contains("Anna de Vries", page.Find("#guest-list tbody").TextContent));

        var checkIn = page.Find("#guest-list tbody button.eh-check-in");
        var click = page.Find("#guest-list tbody").TriggerEventAsync("onguestaction", new GuestActionEventArgs
        {
            Action = checkIn.GetAttribute("data-guest-action"),
            InvitationId = guest.InvitationId,
        });
        dialogs.WaitForAssertion(() => Assert.Contains("Anna de Vries has no confirmed place (their answer: Maybe).", dialogs.Find(".mud-dialog").TextContent));
        await dialogs.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Trim() == "Admit").ClickAsync(new());
        await click;

        await using var db = await DbFactory.CreateDbContextAsync();
        var admitted = await db.Invitations.SingleAsync(i => i.Id == guest.InvitationId);
        Assert.NotNull(admitted.CheckedInAtUtc);
        Assert.True(admitted.AdmittedAtDoor);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("#guest-list tbody button.eh-undo-check-in")));
    }

    [Fact]
    public async Task AWrongCancel_IsUndoneOverTheCancelledFilter_WithOneConfirmedInviteAgain()
    {
        var guest = await AcceptedGuests.AddAsync(Services);
        Assert.True((await Services.GetRequiredService<InvitationService>().CancelAsync(guest.InvitationId, Staff.Organiser)).Succeeded);
        var (page, dialogs) = RenderAsOrganiser(guest.EventId);
        page.WaitForAssertion(() => Assert.Contains("Cancelled (1)", page.Find("#status-chips").TextContent));
        Assert.Empty(page.FindAll("#bulk-invite-again"));

        await page.Find("#status-chip-Cancelled").ClickAsync(new());
        page.WaitForAssertion(() => Assert.Single(page.FindAll("#bulk-invite-again")));
        Assert.Empty(page.FindAll("#bulk-resend, #bulk-remind, #bulk-cancel")); // nothing for them to act on among the cancelled
        var click = page.Find("#bulk-invite-again").ClickAsync(new());
        dialogs.WaitForAssertion(() => Assert.Contains("Invite 1 person again?", dialogs.Find(".mud-dialog").TextContent));
        await dialogs.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Trim() == "Invite 1 again").ClickAsync(new());
        await click;

        await using var db = await DbFactory.CreateDbContextAsync();
        Assert.Equal(InvitationStatus.Invited, (await db.Invitations.SingleAsync(i => i.Id == guest.InvitationId)).Status);
        page.WaitForAssertion(() => Assert.Contains("Invited (1)", page.Find("#status-chips").TextContent));
    }

    [Fact]
    public async Task Arrivals_StandBesideTheAnswersOnceSomeoneIsIn_AndFollowTheDoorLive_AnAdmittedDeclineCountingAsIn()
    {
        var guest = await AcceptedGuests.AddAsync(Services);
        var declined = await PartnerLinks.InviteAsync(Services, guest.EventId, "Bram");
        var bram = await InvitationIdAsync(declined);
        Assert.True((await Services.GetRequiredService<PhoneAnswerService>()
            .AnswerOnBehalfAsync(bram, new RsvpAnswer(InvitationStatus.Declined), Staff.Organiser)).Succeeded);
        var (page, _) = RenderAsOrganiser(guest.EventId);
        page.WaitForAssertion(() => Assert.Contains("Not coming1", page.Find("#response-summary").TextContent));
        Assert.Empty(page.FindAll("#arrivals-summary")); // weeks before the meeting, nobody in: nothing to count yet

        // The door, elsewhere: Anna is checked in, then Bram, who declined, is let in after all.
        var door = Services.GetRequiredService<CheckInService>();
        Assert.True((await door.CheckInAsync(guest.EventId, guest.InvitationId, Staff.Organiser)).Succeeded);
        page.WaitForAssertion(() => Assert.Equal("Checked in11 of 1 expected", page.Find("#arrivals-summary").TextContent));
        Assert.True((await door.AdmitAsync(guest.EventId, bram, Staff.Organiser)).Succeeded);

        page.WaitForAssertion(() => Assert.Equal("Checked in21 of 1 expected · 1 admitted at the door", page.Find("#arrivals-summary").TextContent));
        Assert.Contains("Coming2", page.Find("#response-summary").TextContent);
        Assert.Contains("Not coming0", page.Find("#response-summary").TextContent);
    }

    private async Task<int> InvitationIdAsync(string token)
    {
        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await DbFactory.CreateDbContextAsync();
        return await db.Invitations.Where(i => i.TokenHash == hash).Select(i => i.Id).SingleAsync();
    }

    private (IRenderedComponent<InvitationsPage> Page, IRenderedComponent<MudDialogProvider> Dialogs) RenderAsOrganiser(int eventId)
    {
        SignInAs("Olga Bakker", Policies.Organise, Policies.CheckIn);
        Authorization.SetRoles(Roles.Organiser);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        return (Render<InvitationsPage>(p => p.Add(c => c.Id, eventId)), dialogs);
    }
}
