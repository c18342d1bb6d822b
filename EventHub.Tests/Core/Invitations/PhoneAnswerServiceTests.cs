using EventHub.Core.Outbox;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

public class PhoneAnswerServiceTests
{
    private static RsvpAnswer Accept(params int[] sessions) => new(InvitationStatus.Accepted, sessions, PrivacyAccepted: true);

    private static PhoneAnswerService Phone(InvitationScenario scenario) => scenario.Services.GetRequiredService<PhoneAnswerService>();

    private static async Task<int> InvitationIdAsync(InvitationScenario scenario, int index)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.Invitations.Where(i => i.Contact.Email == InvitationScenario.Email(index)).Select(i => i.Id).SingleAsync();
    }

    [Fact]
    public async Task AnswerOnBehalf_WithRoom_GivesASeatAndASessionPlaceAndKeepsThePersonsLink()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, sessionCapacity: 5);

        var outcome = await Phone(scenario).AnswerOnBehalfAsync(await InvitationIdAsync(scenario, 0), Accept(scenario.SessionIds[0]), Staff.Organiser);

        Assert.Equal(InvitationStatus.Accepted, outcome.Value.Status);
        Assert.Equal(SessionChoiceStatus.Registered, outcome.Value.Sessions[scenario.SessionIds[0]]);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(1, (await db.Events.SingleAsync()).SeatsTaken);
        var confirmation = await db.OutboxMessages.SingleAsync(m => m.Kind == InvitationEmails.AnswerKind);
        Assert.Contains("personal link in your invitation", confirmation.TextBody);
        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
    }

    [Fact]
    public async Task AnswerOnBehalf_FullEvent_PutsThePersonOnTheWaitingListBehindEarlierAnswers()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 1);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), Accept());

        var outcome = await Phone(scenario).AnswerOnBehalfAsync(await InvitationIdAsync(scenario, 2), Accept(), Staff.Organiser);

        Assert.Equal(InvitationStatus.Waitlisted, outcome.Value.Status);
        Assert.Equal(2, outcome.Value.WaitlistPosition);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(1, (await db.Events.SingleAsync()).SeatsTaken);
    }

    [Fact]
    public async Task AnswerOnBehalf_DeclineForSomeoneWithASeat_GivesTheSeatToTheFirstWaiting()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 1);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), Accept());

        var outcome = await Phone(scenario).AnswerOnBehalfAsync(await InvitationIdAsync(scenario, 0), new RsvpAnswer(InvitationStatus.Declined), Staff.Organiser);

        Assert.Equal(InvitationStatus.Declined, outcome.Value.Status);
        await using var db = await scenario.NewContextAsync();
        var waiting = await db.Invitations.SingleAsync(i => i.Contact.Email == InvitationScenario.Email(1));
        Assert.Equal(InvitationStatus.Accepted, waiting.Status);
    }

    [Fact]
    public async Task AnswerOnBehalf_WithoutPrivacyConsent_IsRefusedAndKeepsThePersonsLink()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);

        var result = await Phone(scenario).AnswerOnBehalfAsync(await InvitationIdAsync(scenario, 0), new RsvpAnswer(InvitationStatus.Accepted), Staff.Organiser);

        Assert.Equal(InvitationErrors.PrivacyNoticeRequired, result.ErrorCode);
        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
    }

    [Fact]
    public async Task AnswerOnBehalf_AfterTheDeadline_IsRefusedLikeThePartnersOwnAnswer()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddDays(-6));

        var result = await Phone(scenario).AnswerOnBehalfAsync(await InvitationIdAsync(scenario, 0), Accept(), Staff.Organiser);

        Assert.Equal(InvitationErrors.DeadlinePassed, result.ErrorCode);
        Assert.Equal(InvitationErrors.DeadlinePassed, (await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept())).ErrorCode);
    }
}
