using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

public class ResponseOverviewServiceTests
{
    [Fact]
    public async Task ListUpcoming_CountsEveryAnswerOfEachEvent()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 6, capacity: 1);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(2), new RsvpAnswer(InvitationStatus.Tentative, PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(3), new RsvpAnswer(InvitationStatus.Declined));

        var upcoming = await scenario.Services.GetRequiredService<ResponseOverviewService>().ListUpcomingAsync(10);

        var only = Assert.Single(upcoming);
        Assert.Equal(scenario.EventId, only.Event.Id);
        Assert.Equal(new ResponseCounts(Accepted: 1, Tentative: 1, Declined: 1, Awaiting: 2, Waitlisted: 1), only.Responses);
    }

    [Fact]
    public async Task ListUpcoming_EventsWithoutInvitations_HaveNoAnswersAndKeepTheirOrder()
    {
        await using var database = await TestDatabase.CreateAsync();
        var now = database.Time.GetUtcNow().UtcDateTime;
        await using (var db = await database.NewContextAsync())
        {
            db.Events.AddRange(new Event("Later", now.AddDays(30), now.AddDays(30).AddHours(2)), new Event("Soon", now.AddDays(2), now.AddDays(2).AddHours(2)));
            await db.SaveChangesAsync();
        }

        var upcoming = await database.Services.GetRequiredService<ResponseOverviewService>().ListUpcomingAsync(10);

        Assert.Equal(["Soon", "Later"], upcoming.Select(u => u.Event.Title));
        Assert.All(upcoming, u => Assert.Equal(0, u.Responses.Total));
    }
}
