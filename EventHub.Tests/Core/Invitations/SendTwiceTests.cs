using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Core.Invitations;

/// <summary>Two organisers (or two tabs) press Send for the same list at the same moment.</summary>
public class SendTwiceTests
{
    [Fact]
    public Task SendPressedTwiceAtOnce_SendsEachInvitationOnce() => SendTwiceAsync(onPostgres: false);

    [Fact]
    public Task SendPressedTwiceAtOnce_SendsEachInvitationOnce_OnPostgres() => SendTwiceAsync(onPostgres: true);

    private static async Task SendTwiceAsync(bool onPostgres)
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: null, onPostgres: onPostgres);
        for (var i = 0; i < 20; i++)
        {
            await LiveUpdateTests.AddToListAsync(scenario, $"newcomer{i:00}@example.org");
        }

        var sent = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => scenario.Invitations.SendAsync(scenario.EventId, Staff.Organiser))));

        Assert.Equal(20, sent.Sum(s => s.Value));
        await using var db = await scenario.NewContextAsync();
        var invitations = await db.OutboxMessages.Where(m => m.Kind == InvitationEmails.InvitationKind && m.ToAddress.StartsWith("newcomer"))
            .GroupBy(m => m.ToAddress).Select(g => g.Count()).ToListAsync();
        Assert.Equal(20, invitations.Count);
        Assert.All(invitations, count => Assert.Equal(1, count));
    }
}
