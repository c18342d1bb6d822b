using EventHub.Core.Door;
using EventHub.Core.Invitations;
using EventHub.Core.Outcomes;
using EventHub.Tests.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Outcomes;

/// <summary>
/// "My sessions" counts a session's participants by the rule its list of participants follows: those in it, and whoever
/// came in through its door without a place — at a workshop's own door, or at a plenary's, which is the event's.
/// </summary>
public class SessionParticipantCountTests
{
    [Fact]
    public async Task SomeoneLetInWithoutAPlace_CountsInMySessions_AsOnTheListOfParticipants_AtAWorkshopAndAPlenary()
    {
        // Partners 000-002 registered for Workshop A; 003 declined, and is let into Workshop A at its door on the day.
        await using var scenario = await OutcomeScenario.CreateAsync();
        var plenary = await PlenaryForEveryoneTests.AddPlenaryAsync(scenario.Invitations, capacity: null);
        await using (var db = await scenario.NewContextAsync())
        {
            var session = await db.Sessions.Include(s => s.Facilitators).SingleAsync(s => s.Id == plenary);
            session.AssignFacilitators([await db.Users.SingleAsync(u => u.Id == scenario.Femke.UserId)]);
            await db.SaveChangesAsync();
        }

        var declined = await scenario.Invitations.Rsvp.RespondAsync(scenario.Invitations.TokenOf(3), new RsvpAnswer(InvitationStatus.Declined, PrivacyAccepted: true));
        Assert.True(declined.Succeeded, declined.ErrorCode);
        scenario.Invitations.Time.SetUtcNow(InvitationScenario.EventStart.AddMinutes(-10));
        var door = scenario.Invitations.Services.GetRequiredService<SessionDoorService>();
        var eventId = scenario.Invitations.EventId;
        Assert.True((await door.CheckInAsync(eventId, scenario.WorkshopA, await IdOfAsync(scenario, 0), Staff.Door)).Succeeded);
        Assert.True((await door.AdmitAsync(eventId, scenario.WorkshopA, await IdOfAsync(scenario, 3), Staff.Door)).Succeeded);

        var mine = await scenario.Outcomes.MySessionsAsync(scenario.Femke.UserId);
        var workshopList = (await scenario.Outcomes.ParticipantsAsync(scenario.WorkshopA, scenario.Femke)).Value;
        var plenaryList = (await scenario.Outcomes.ParticipantsAsync(plenary, scenario.Femke)).Value;

        // The workshop: three registered, of whom one came, and the partner let in at its door.
        Assert.Equal(["Partner 000", "Partner 001", "Partner 002", "Partner 003"], workshopList.Select(p => p.Name));
        Assert.Equal(new ParticipantCount(4, 3, 2), mine.Upcoming.Single(s => s.SessionId == scenario.WorkshopA).Count);
        // The plenary: three coming; the partner who declined came in at the event's door (through the workshop's) too.
        Assert.Equal(["Partner 000", "Partner 001", "Partner 002", "Partner 003"], plenaryList.Select(p => p.Name));
        Assert.Equal(new ParticipantCount(4, 3, 2), mine.Upcoming.Single(s => s.SessionId == plenary).Count);
    }

    private static async Task<int> IdOfAsync(OutcomeScenario scenario, int index)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.Invitations.Where(i => i.Contact.Email == InvitationScenario.Email(index)).Select(i => i.Id).SingleAsync();
    }
}
