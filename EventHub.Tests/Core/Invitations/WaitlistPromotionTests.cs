using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

/// <summary>Promotions from a waitlist: session choices made while waiting are kept, and a session place that comes free is told by email.</summary>
public class WaitlistPromotionTests
{
    [Fact]
    public async Task SomeoneOnTheEventWaitlist_KeepsTheirSessionChoices_AndGetsThePlacesWhenPromotedToASeat()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 1, sessionCapacity: 1);
        var (workshopA, workshopC) = (scenario.SessionIds[0], scenario.SessionIds[2]);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, [workshopA], PrivacyAccepted: true));
        var waiting = await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, [workshopA, workshopC], PrivacyAccepted: true));

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Declined));

        Assert.Equal(InvitationStatus.Waitlisted, waiting.Value.Status);
        Assert.Equal(new Dictionary<int, SessionChoiceStatus> { [workshopA] = SessionChoiceStatus.Waitlisted, [workshopC] = SessionChoiceStatus.Waitlisted },
            waiting.Value.Sessions);
        await using var db = await scenario.NewContextAsync();
        var promoted = await db.Invitations.Include(i => i.Choices).SingleAsync(i => i.Contact.Email == InvitationScenario.Email(1));
        Assert.Equal(InvitationStatus.Accepted, promoted.Status);
        // Workshop A came free with the decline, Workshop C had room all along.
        Assert.Equal([(workshopA, SessionChoiceStatus.Registered), (workshopC, SessionChoiceStatus.Registered)],
            promoted.Choices.OrderBy(c => c.SessionId).Select(c => (c.SessionId, c.Status)));
        Assert.Equal([1, 0, 1], await db.Sessions.OrderBy(s => s.SortOrder).Select(s => s.SeatsTaken).ToListAsync());
        Assert.Single(await db.OutboxMessages.Where(m => m.ToAddress == InvitationScenario.Email(1) && m.Kind == InvitationEmails.PromotionKind).ToListAsync());
    }

    [Fact]
    public async Task SomeonePromotedIntoASession_IsToldByEmailInTheirLanguage()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10, sessionCapacity: 1, language: EventHub.Core.Common.Language.Nl);
        var (workshopA, workshopC) = (scenario.SessionIds[0], scenario.SessionIds[2]);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, [workshopA], PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, [workshopA], PrivacyAccepted: true));

        // The first changes to Workshop C: the place in A goes to the second, who is told.
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, [workshopC], PrivacyAccepted: true));

        await using var db = await scenario.NewContextAsync();
        var told = await db.OutboxMessages.Where(m => m.Kind == InvitationEmails.PromotionKind).ToListAsync();
        var email = Assert.Single(told);
        Assert.Equal(InvitationScenario.Email(1), email.ToAddress);
        // In the inbox it says which meeting, as the other emails about an event do.
        Assert.Equal("Er is een plaats voor u: Workshop A (Alliantiedag)", email.Subject);
        Assert.Contains("(15:00)", email.TextBody); // 14:00 UTC, in Amsterdam
        Assert.Equal(SessionChoiceStatus.Registered,
            (await db.SessionChoices.SingleAsync(c => c.SessionId == workshopA && c.Invitation.Contact.Email == InvitationScenario.Email(1))).Status);
    }

    [Fact]
    public async Task TheOrganiserRaisesASessionsCapacity_ThoseWaitingGetThePlacesInOrder_AndAreTold()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 5, capacity: 10, sessionCapacity: 1);
        var workshopA = scenario.SessionIds[0];
        for (var i = 0; i < 4; i++)
        {
            await scenario.Rsvp.RespondAsync(scenario.TokenOf(i), new RsvpAnswer(InvitationStatus.Accepted, [workshopA], PrivacyAccepted: true));
        }

        var (start, end) = (EventTime.ToLocal(InvitationScenario.EventStart.AddHours(1), "Europe/Amsterdam"), EventTime.ToLocal(InvitationScenario.EventStart.AddHours(2), "Europe/Amsterdam"));
        var saved = await scenario.Services.GetRequiredService<ProgrammeService>()
            .UpdateAsync(scenario.EventId, workshopA, new SessionInput("Workshop A", SessionKind.Workshop, start, end, Capacity: 3), Staff.Organiser);
        var newcomer = await scenario.Rsvp.RespondAsync(scenario.TokenOf(4), new RsvpAnswer(InvitationStatus.Accepted, [workshopA], PrivacyAccepted: true));

        Assert.True(saved.Saved, saved.ErrorCode);
        Assert.Equal(SessionChoiceStatus.Waitlisted, newcomer.Value.Sessions[workshopA]); // the places went to those waiting first
        await using var db = await scenario.NewContextAsync();
        var choices = await db.SessionChoices.Where(c => c.SessionId == workshopA)
            .Select(c => new { c.Invitation.Contact.Email, c.Status }).ToDictionaryAsync(c => c.Email, c => c.Status);
        Assert.Equal([SessionChoiceStatus.Registered, SessionChoiceStatus.Registered, SessionChoiceStatus.Registered, SessionChoiceStatus.Waitlisted],
            Enumerable.Range(0, 4).Select(i => choices[InvitationScenario.Email(i)]));
        Assert.Equal(3, (await db.Sessions.SingleAsync(s => s.Id == workshopA)).SeatsTaken);
        var told = await db.OutboxMessages.Where(m => m.Kind == InvitationEmails.PromotionKind).OrderBy(m => m.Id).ToListAsync();
        Assert.Equal([InvitationScenario.Email(1), InvitationScenario.Email(2)], told.Select(m => m.ToAddress));
        Assert.All(told, m => Assert.Equal("A place is yours: Workshop A (Alliantiedag)", m.Subject));
    }
}
