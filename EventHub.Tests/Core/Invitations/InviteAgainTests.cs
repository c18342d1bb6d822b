using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Core.Invitations.DelegateServiceTests;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// A withdrawn invitation is not the end: an organiser who cancelled someone by mistake (or a person who can come after
/// all) invites them again, and a partner who withdrew a delegate of theirs by mistake names them again.
/// </summary>
public class InviteAgainTests
{
    [Fact]
    public async Task AnOrganiser_InvitesAgainSomeoneCancelledByMistake_TheyGetANewLink_AndAnswerAsIfNew()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        var id = await InvitationIdAsync(scenario, InvitationScenario.Email(0));
        await scenario.Invitations.CancelAsync(id, Staff.Organiser);
        var offeredOnTheList = await OfferedAgainAsync(scenario);

        var again = await scenario.Invitations.InviteAgainAsync(id, Staff.Organiser);

        Assert.True(again.Succeeded, again.ErrorCode);
        Assert.Equal((true, false), (offeredOnTheList, await OfferedAgainAsync(scenario)));
        var newLink = await LinkSentToAsync(scenario, InvitationScenario.Email(0));
        Assert.NotEqual(scenario.TokenOf(0), newLink);
        Assert.Null(await scenario.Rsvp.GetAsync(scenario.TokenOf(0))); // the link of before the cancel stays dead
        var page = await scenario.Rsvp.GetAsync(newLink);
        Assert.Equal((InvitationStatus.Invited, null), (page!.Invitation.Status, page.Invitation.AnsweredAtUtc));
        Assert.True((await scenario.Rsvp.RespondAsync(newLink, new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true))).Succeeded);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(1, (await db.Events.SingleAsync(e => e.Id == scenario.EventId)).SeatsTaken);
    }

    [Fact]
    public async Task InvitingAgain_IsOnlyForWithdrawnInvitations_ByOrganisers_AndNotForSomeoneWhoAskedNotToBeInvited()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var open = await InvitationIdAsync(scenario, InvitationScenario.Email(0));
        var cancelled = await InvitationIdAsync(scenario, InvitationScenario.Email(1));
        await scenario.Invitations.CancelAsync(cancelled, Staff.Organiser);

        var stillOpen = await scenario.Invitations.InviteAgainAsync(open, Staff.Organiser);
        var byTheDoor = await scenario.Invitations.InviteAgainAsync(cancelled, Staff.Door);
        await using (var db = await scenario.NewContextAsync())
        {
            (await db.Contacts.SingleAsync(c => c.Email == InvitationScenario.Email(1))).ObjectToInvitations(DateTime.UtcNow);
            await db.SaveChangesAsync();
        }
        var askedNotTo = await scenario.Invitations.InviteAgainAsync(cancelled, Staff.Organiser);

        Assert.Equal(InvitationErrors.NotFound, stillOpen.ErrorCode);
        Assert.Equal(EventHub.Core.Common.AccessErrors.NotAllowed, byTheDoor.ErrorCode);
        Assert.Equal(InvitationErrors.DoNotInvite, askedNotTo.ErrorCode);
        await using var after = await scenario.NewContextAsync();
        Assert.Equal(InvitationStatus.Cancelled, (await after.Invitations.SingleAsync(i => i.Id == cancelled)).Status);
    }

    [Fact]
    public async Task APrimaryContact_NamesAgainADelegateTheyWithdrewByMistake_AndTheDelegateCanAnswer()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);
        var delegates = await OfferSeatsAsync(scenario, seats: 1);
        var sanne = new ContactInput("Sanne", "Bos", "sanne.bos@example.org");
        await delegates.NominateAsync(scenario.TokenOf(0), sanne);
        var named = Assert.Single((await delegates.SeatsAsync(await PrimaryIdAsync(scenario)))!.Delegates);
        await delegates.WithdrawAsync(scenario.TokenOf(0), named.Id, waitingForApproval: false);

        var again = await delegates.NominateAsync(scenario.TokenOf(0), sanne with { FirstName = "Sanne M." });

        Assert.True(again.Succeeded, again.ErrorCode);
        var seats = (await delegates.SeatsAsync(await PrimaryIdAsync(scenario)))!;
        var listed = Assert.Single(seats.Delegates);
        Assert.Equal(("Sanne M. Bos", InvitationStatus.Invited), (listed.Name, listed.Status));
        Assert.Equal(0, seats.Left);
        var link = await LinkSentToAsync(scenario, "sanne.bos@example.org");
        Assert.True((await scenario.Rsvp.RespondAsync(link, new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true))).Succeeded);
    }

    [Fact]
    public async Task ADelegateAnOrganiserWithdrew_CannotBeNamedAgainByThePartner_OnlyAnOrganiserInvitesThemAgain()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);
        var delegates = await OfferSeatsAsync(scenario, seats: 2);
        var sanne = new ContactInput("Sanne", "Bos", "sanne.bos@example.org");
        await delegates.NominateAsync(scenario.TokenOf(0), sanne);
        var sannesInvitation = await InvitationIdAsync(scenario, "sanne.bos@example.org");
        await scenario.Invitations.CancelAsync(sannesInvitation, Staff.Organiser);

        var byThePartner = await delegates.NominateAsync(scenario.TokenOf(0), sanne);
        var byAnOrganiser = await scenario.Invitations.InviteAgainAsync(sannesInvitation, Staff.Organiser);

        Assert.Equal(InvitationErrors.ColleagueAlreadyInvited, byThePartner.ErrorCode);
        Assert.True(byAnOrganiser.Succeeded, byAnOrganiser.ErrorCode);
        Assert.Equal(1, (await delegates.SeatsAsync(await PrimaryIdAsync(scenario)))!.Left);
    }

    [Fact]
    public async Task AnOrganiser_UndoesAWrongCancelFiltered_InOneGo_SkippingWhoAskedNotToBeInvited()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 4, capacity: 10);
        var guests = scenario.Services.GetRequiredService<GuestListService>();
        var all = await guests.OpenInvitationIdsAsync(scenario.EventId, new GuestQuery());
        await guests.CancelAsync(scenario.EventId, all, Staff.Organiser);
        await using (var db = await scenario.NewContextAsync())
        {
            (await db.Contacts.SingleAsync(c => c.Email == InvitationScenario.Email(3))).ObjectToInvitations(DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var cancelled = new GuestQuery(Status: InvitationStatus.Cancelled);
        var found = await guests.InvitableAgainIdsAsync(scenario.EventId, cancelled);
        var outcome = await guests.InviteAgainAsync(scenario.EventId, found, Staff.Organiser);

        Assert.Equal((4, new BulkOutcome(3, 1)), (found.Count, outcome));
        var counts = await guests.StatusCountsAsync(scenario.EventId);
        Assert.Equal((3, 1), (counts.GetValueOrDefault(InvitationStatus.Invited), counts.GetValueOrDefault(InvitationStatus.Cancelled)));
        Assert.NotEqual(scenario.TokenOf(0), await LinkSentToAsync(scenario, InvitationScenario.Email(0)));
        Assert.Empty(await guests.InvitableAgainIdsAsync(scenario.EventId, new GuestQuery(Status: InvitationStatus.Invited)));
    }

    private static async Task<bool> OfferedAgainAsync(InvitationScenario scenario) =>
        (await scenario.Services.GetRequiredService<GuestListService>().ListAsync(scenario.EventId, new GuestQuery())).Items.Single().MayBeInvitedAgain;

    private static async Task<int> InvitationIdAsync(InvitationScenario scenario, string email)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.Invitations.Where(i => i.Contact.Email == email).Select(i => i.Id).SingleAsync();
    }
}
