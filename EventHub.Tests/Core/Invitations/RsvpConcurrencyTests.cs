using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Core.Invitations;

/// <summary>Capacity holds under load: real SQLite file, separate connections, everyone at once.</summary>
public class RsvpConcurrencyTests
{
    protected virtual bool OnPostgres => false;

    [Fact]
    public async Task TwoHundredAcceptsAtOnce_ForFiftySeats_SeatExactlyFiftyAndWaitlistTheRestInOrder()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 200, capacity: 50, onPostgres: OnPostgres);

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            scenario.Rsvp.RespondAsync(scenario.TokenOf(i), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true)))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.ErrorCode));
        Assert.Equal(50, results.Count(r => r.Value.Status == InvitationStatus.Accepted));
        Assert.Equal(150, results.Count(r => r.Value.Status == InvitationStatus.Waitlisted));
        Assert.Equal(Enumerable.Range(1, 150), results.Where(r => r.Value.WaitlistPosition is not null).Select(r => r.Value.WaitlistPosition!.Value).Order());
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(50, (await db.Events.SingleAsync()).SeatsTaken);
        Assert.Equal(50, await db.Invitations.CountAsync(i => i.Status == InvitationStatus.Accepted));
        Assert.Equal(200, await db.Invitations.CountAsync());
    }

    [Fact]
    public async Task OneHundredPickTheSameSessionAtOnce_ForTwentyPlaces_RegisterExactlyTwenty()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 100, capacity: null, sessionCapacity: 20, onPostgres: OnPostgres);
        var session = scenario.SessionIds[0];

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(i => Task.Run(() =>
            scenario.Rsvp.RespondAsync(scenario.TokenOf(i), new RsvpAnswer(InvitationStatus.Accepted, [session], PrivacyAccepted: true)))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.ErrorCode));
        Assert.Equal(20, results.Count(r => r.Value.Sessions[session] == SessionChoiceStatus.Registered));
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(20, (await db.Sessions.SingleAsync(s => s.Id == session)).SeatsTaken);
        Assert.Equal(100, await db.SessionChoices.CountAsync());
    }

    [Fact]
    public async Task TheSameAnswerSubmittedTwentyTimesAtOnce_RegistersOnce()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10, sessionCapacity: 5, onPostgres: OnPostgres);
        var token = scenario.TokenOf(0);
        var answer = new RsvpAnswer(InvitationStatus.Accepted, [scenario.SessionIds[0], scenario.SessionIds[2]], PrivacyAccepted: true);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => scenario.Rsvp.RespondAsync(token, answer))));

        Assert.All(results, r => Assert.Equal(InvitationStatus.Accepted, r.Value.Status));
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(1, (await db.Events.SingleAsync()).SeatsTaken);
        Assert.Equal(2, await db.SessionChoices.CountAsync());
        Assert.Equal([1, 0, 1], await db.Sessions.OrderBy(s => s.SortOrder).Select(s => s.SeatsTaken).ToListAsync());
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Kind == InvitationEmails.AnswerKind)); // one confirmation
    }
}

/// <summary>The same on PostgreSQL: many writers at once under READ COMMITTED, kept exact by row locks.</summary>
public class RsvpConcurrencyOnPostgresTests : RsvpConcurrencyTests
{
    protected override bool OnPostgres => true;
}
