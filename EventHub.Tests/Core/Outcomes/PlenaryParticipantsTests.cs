using EventHub.Core.Directory;
using EventHub.Core.Door;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Outcomes;

/// <summary>
/// A plenary's facilitator sees everyone coming (<see cref="SessionPeople"/>), also when one partner ticked it in the
/// days it was a tick-box; who came is who came in at the event's door, which is the plenary's door too.
/// </summary>
public class PlenaryParticipantsTests
{
    [Fact]
    public async Task APlenarysParticipants_AreEveryoneComing_AndWhoCameInAtTheEventsDoorIsMarkedArrived()
    {
        await using var scenario = await OutcomeScenario.CreateAsync(); // four partners coming, three of them in Workshop A
        var plenary = await PlenaryForEveryoneTests.AddPlenaryAsync(scenario.Invitations, capacity: null);
        await using (var db = await scenario.NewContextAsync())
        {
            var session = await db.Sessions.Include(s => s.Facilitators).SingleAsync(s => s.Id == plenary);
            session.AssignFacilitators([await db.Users.SingleAsync(u => u.Id == scenario.Femke.UserId)]);
            (await db.Invitations.SingleAsync(i => i.Contact.Email == InvitationScenario.Email(0))).CheckIn(InvitationScenario.EventStart);
            await db.SaveChangesAsync();
        }

        // Partner 003 ticked the plenary when it was one more tick-box; the rule does not go by ticks.
        await PlenaryForEveryoneTests.TickAsBeforeAsync(scenario.Invitations, 3, plenary);

        var participants = (await scenario.Outcomes.ParticipantsAsync(plenary, scenario.Femke)).Value;
        var mine = await scenario.Outcomes.MySessionsAsync(scenario.Femke.UserId);
        var mix = (await scenario.Outcomes.GetAsync(plenary, scenario.Femke)).Value.Record.Draft.SectorMix;
        var doors = await scenario.Invitations.Services.GetRequiredService<SessionDoorService>().SessionsAsync(scenario.Invitations.EventId, Staff.Organiser);

        Assert.Equal(["Partner 000", "Partner 001", "Partner 002", "Partner 003"], participants.Select(p => p.Name));
        Assert.Equal([InvitationScenario.EventStart, null, null, null], participants.Select(p => p.CameAtUtc));
        Assert.Equal(4, mine.Upcoming.Single(s => s.SessionId == plenary).Participants);
        // The mix of who came (one partner of the school so far), as for a workshop's own door.
        Assert.Equal(new Dictionary<Sector, int> { [Sector.Education] = 1 }, mix);
        // No door of its own: the event's door is the plenary's.
        Assert.Equal([scenario.WorkshopA], doors.Select(d => d.Id));
    }
}
