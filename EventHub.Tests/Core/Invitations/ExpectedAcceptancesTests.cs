using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Core.Invitations;

/// <summary>"Expected to accept: N" next to the capacity: the list × the acceptance rate of earlier events, or 60 %.</summary>
public class ExpectedAcceptancesTests
{
    [Fact]
    public void WithoutHistory_TheRateIsSixtyPercent_AndAHalfRoundsUp()
    {
        var (rate, fromHistory) = ExpectedAcceptances.RateOf(sent: 0, accepted: 0);
        var expected = new ExpectedAcceptances(ListSize: 86, rate, fromHistory, Capacity: 60);

        Assert.False(fromHistory);
        Assert.Equal(0.6, rate);
        Assert.Equal(52, expected.Expected); // 51.6
        Assert.Equal(3, new ExpectedAcceptances(5, 0.5, true, null).Expected); // 2.5 rounds up
        Assert.Equal(2, new ExpectedAcceptances(7, 1.0 / 3, true, null).Expected); // 2.33
    }

    [Fact]
    public void OverAndFarBelowTheCapacity_AreToldApart()
    {
        Assert.True(new ExpectedAcceptances(120, 0.6, false, 60).ExceedsCapacity); // 72 > 60
        Assert.False(new ExpectedAcceptances(100, 0.6, false, 60).ExceedsCapacity); // exactly 60 is fine
        Assert.True(new ExpectedAcceptances(40, 0.6, false, 60).FarBelowCapacity); // 24 < 30
        Assert.False(new ExpectedAcceptances(50, 0.6, false, 60).FarBelowCapacity); // exactly half is not far below
        Assert.False(new ExpectedAcceptances(500, 0.6, false, null).ExceedsCapacity); // no capacity, nothing to exceed
        Assert.False(new ExpectedAcceptances(0, 0.6, false, 60).FarBelowCapacity); // an empty list says nothing yet
    }

    [Fact]
    public async Task WithAnEndedEvent_TheRateIsItsAcceptedOfSent_AndNotSentOrCancelledInvitationsDoNotCount()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 4, capacity: 10);
        // The earlier event: of 4 invited, 2 accepted, 1 declined and 1 was withdrawn by the organiser.
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(2), new RsvpAnswer(InvitationStatus.Declined));
        await using (var db = await scenario.NewContextAsync())
        {
            var withdrawn = await db.Invitations.SingleAsync(i => i.Contact.Email == InvitationScenario.Email(3));
            await scenario.Invitations.CancelAsync(withdrawn.Id, Staff.Organiser);
        }

        var before = await scenario.Invitations.ExpectedAcceptancesAsync(scenario.EventId);
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddDays(2));
        var next = await AddNextEventAsync(scenario, capacity: 5);
        await scenario.Invitations.AddAsync(next, await AllContactsAsync(scenario), Staff.Organiser);

        var expected = await scenario.Invitations.ExpectedAcceptancesAsync(next);

        Assert.NotNull(before);
        Assert.False(before.FromHistory); // the event itself has not ended: no history yet
        Assert.Equal(3, before.ListSize); // the withdrawn invitation is not on the list any more
        Assert.NotNull(expected);
        Assert.True(expected.FromHistory);
        Assert.Equal(2.0 / 3, expected.Rate, 6); // 2 yes of 3 sent (the withdrawn one left out)
        Assert.Equal(4, expected.ListSize);
        Assert.Equal(3, expected.Expected); // 2.67
        Assert.Equal(5, expected.Capacity);
        Assert.False(expected.ExceedsCapacity);
        Assert.False(expected.FarBelowCapacity);
    }

    [Fact]
    public async Task AnOrganisationInvitedWithFiveSeats_WhoNamedTwoDelegates_CountsItsThreeEmptySeatsAsPeopleStillToCome()
    {
        // The organiser invites an organisation with five seats; its contact names two colleagues so far. Three more
        // people will come onto the list, and the forecast next to the capacity must not leave them out.
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 50);
        var delegates = await DelegateServiceTests.OfferSeatsAsync(scenario, seats: 5);
        Assert.True((await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne.bos@example.org"))).Succeeded);
        Assert.True((await delegates.NominateAsync(scenario.TokenOf(0), new ContactInput("Ahmed", "Yilmaz", "ahmed@example.org"))).Succeeded);

        var expected = await scenario.Invitations.ExpectedAcceptancesAsync(scenario.EventId);

        Assert.NotNull(expected);
        Assert.Equal(3, expected.ListSize); // the contact and the two delegates
        Assert.Equal(3, expected.OpenSeats);
        Assert.Equal(4, expected.Expected); // 60 % of 6 people: 3.6
    }

    private static async Task<int> AddNextEventAsync(InvitationScenario scenario, int capacity)
    {
        await using var db = await scenario.NewContextAsync();
        var start = InvitationScenario.EventStart.AddDays(30);
        var @event = new Event("Tweede alliantiedag", start, start.AddHours(3));
        @event.Limit(capacity, null);
        db.Events.Add(@event);
        await db.SaveChangesAsync();
        return @event.Id;
    }

    private static async Task<IReadOnlyList<int>> AllContactsAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.Contacts.Select(c => c.Id).ToListAsync();
    }
}
