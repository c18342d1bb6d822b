using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// "Everyone invited to …": a meeting called off is planned again for the same people. Who comes over from the other
/// event's list, who is left out and why, and that adding twice adds nobody twice.
/// </summary>
public class InvitedElsewhereTests
{
    [Fact]
    public async Task TheOtherEventsList_BringsWhoWasInvited_LeavesOutTheWithdrawnTheReplacedWalkInsAndOnRequestWhoDeclined()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 9, capacity: 20);
        var world = await CallOffAndPlanAgainAsync(scenario);
        var service = scenario.Services.GetRequiredService<InvitedElsewhereService>();

        var everyone = await service.PeopleAsync(scenario.EventId, leaveOutDeclined: false);
        var comingOrMaybe = await service.PeopleAsync(scenario.EventId, leaveOutDeclined: true);
        var candidates = await scenario.Invitations.CandidatesAsync(world.NewEventId, everyone.ContactIds);

        // Accepted, declined, maybe, not answered, asked not to be invited, erased, already on the new list, the colleague.
        Assert.Equal(world.Ids(0, 1, 2, 3, 6, 7, 8).Append(world.Colleague).Order(), everyone.ContactIds.Order());
        Assert.Equal(0, everyone.DeclinedLeftOut);
        Assert.Equal(world.Ids(0, 2, 3, 6, 7, 8).Append(world.Colleague).Order(), comingOrMaybe.ContactIds.Order());
        Assert.Equal(1, comingOrMaybe.DeclinedLeftOut);
        // The erased person is not offered at all (nor named); the others say why they cannot be ticked.
        Assert.DoesNotContain(candidates, c => c.ContactId == world.Ids(7).Single());
        Assert.Equal(CandidateState.DoNotInvite, candidates.Single(c => c.ContactId == world.Ids(6).Single()).State);
        Assert.Equal(CandidateState.AlreadyOnList, candidates.Single(c => c.ContactId == world.Ids(8).Single()).State);
        Assert.Equal(5, candidates.Count(c => c.CanAdd));
    }

    [Fact]
    public async Task AddingTheOtherEventsList_PutsTheAddableOnTheNewList_AndASecondClickAddsNobodyAgain()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 9, capacity: 20);
        var world = await CallOffAndPlanAgainAsync(scenario);
        var service = scenario.Services.GetRequiredService<InvitedElsewhereService>();

        var counted = await service.CountAsync(scenario.EventId, leaveOutDeclined: true);
        var added = await service.AddAsync(world.NewEventId, scenario.EventId, leaveOutDeclined: true, Staff.Organiser);
        var again = await service.AddAsync(world.NewEventId, scenario.EventId, leaveOutDeclined: true, Staff.Organiser);
        var refused = await service.AddAsync(world.NewEventId, scenario.EventId, leaveOutDeclined: true, Staff.Facilitator);

        // On an empty list: 0, 2, 3, 8 and the colleague (not 6, who objects, nor 7, who was erased).
        Assert.Equal(5, counted);
        Assert.Equal((4, 0), (added.Value, again.Value)); // 8 was on the new list already
        Assert.Equal(AccessErrors.NotAllowed, refused.ErrorCode);
        await using var db = await scenario.NewContextAsync();
        var listed = await db.Invitations.Where(i => i.EventId == world.NewEventId).Select(i => i.ContactId).ToListAsync();
        Assert.Equal(world.Ids(0, 2, 3, 8).Append(world.Colleague).Order(), listed.Order());
        Assert.All(await db.Invitations.Where(i => i.EventId == world.NewEventId).Select(i => i.Status).ToListAsync(),
            status => Assert.Equal(InvitationStatus.Listed, status)); // nothing is sent
    }

    [Fact]
    public async Task TheEventsOffered_AreTheOthersWithSomeoneInvited_NewestFirst_WithHowManyAndWhetherCalledOff()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 9, capacity: 20);
        var world = await CallOffAndPlanAgainAsync(scenario);
        int empty;
        await using (var db = await scenario.NewContextAsync())
        {
            var nobody = new Event("Leeg overleg", InvitationScenario.EventStart.AddDays(-60), InvitationScenario.EventStart.AddDays(-60).AddHours(2));
            db.Events.Add(nobody);
            await db.SaveChangesAsync();
            empty = nobody.Id;
        }

        var offered = await scenario.Services.GetRequiredService<InvitedElsewhereService>().EventsAsync(world.NewEventId);

        // Nine on the list, the colleague added, less the withdrawn, the replaced and the walk-in.
        Assert.Equal([(scenario.EventId, EventStatus.Cancelled, 8)], offered.Select(e => (e.EventId, e.Status, e.Invited)));
        Assert.DoesNotContain(offered, e => e.EventId == empty);
    }

    /// <summary>
    /// The scenario's event, answered and then called off: 0 coming, 1 declined, 2 maybe, 3 no answer, 4 withdrawn, 5
    /// sent a colleague (who is invited), 6 asked since not to be invited, 7 erased, 8 already on the new event's list,
    /// and a walk-in. The new event is a draft.
    /// </summary>
    private static async Task<World> CallOffAndPlanAgainAsync(InvitationScenario scenario)
    {
        var now = scenario.Time.GetUtcNow().UtcDateTime;
        await Answer(scenario, 0, InvitationStatus.Accepted);
        await Answer(scenario, 1, InvitationStatus.Declined);
        await Answer(scenario, 2, InvitationStatus.Tentative);
        await using var db = await scenario.NewContextAsync();
        var invitations = await db.Invitations.Include(i => i.Contact).Include(i => i.Event).Where(i => i.EventId == scenario.EventId)
            .OrderBy(i => i.Contact.Email).ToListAsync();
        var @event = invitations[0].Event;
        invitations[4].Cancel();
        var colleague = new Contact("Collega", "Vijf", "collega.vijf@example.org", Language.Nl, now);
        var walkIn = new Contact("Wim", "Inloper", "wim.inloper@example.org", Language.Nl, now);
        db.Contacts.AddRange(colleague, walkIn);
        var substitute = new Invitation(@event, colleague, now);
        var walkedIn = new Invitation(@event, walkIn, now);
        walkedIn.RegisterWalkIn(now);
        db.Invitations.AddRange(substitute, walkedIn);
        await db.SaveChangesAsync();
        invitations[5].ReplaceBy(substitute);
        invitations[6].Contact.ObjectToInvitations(now);
        invitations[7].Contact.Anonymise(now);
        Assert.True(@event.Cancel("De zaal is niet beschikbaar.", now).Succeeded);
        var planned = new Event("Alliantiedag (nieuwe datum)", InvitationScenario.EventStart.AddDays(30), InvitationScenario.EventStart.AddDays(30).AddHours(4));
        db.Events.Add(planned);
        db.Invitations.Add(new Invitation(planned, invitations[8].Contact, now));
        await db.SaveChangesAsync();
        return new World(planned.Id, invitations.Select(i => i.ContactId).ToList(), colleague.Id);
    }

    private static async Task Answer(InvitationScenario scenario, int index, InvitationStatus answer)
    {
        var answered = await scenario.Rsvp.RespondAsync(scenario.TokenOf(index), new RsvpAnswer(answer, PrivacyAccepted: answer != InvitationStatus.Declined,
            DeclineReason: answer == InvitationStatus.Declined ? DeclineReason.Date : null));
        Assert.True(answered.Succeeded, answered.ErrorCode);
    }

    private sealed record World(int NewEventId, IReadOnlyList<int> ContactIds, int Colleague)
    {
        public IEnumerable<int> Ids(params int[] indexes) => indexes.Select(i => ContactIds[i]);
    }
}
