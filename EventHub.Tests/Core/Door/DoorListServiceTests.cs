using EventHub.Core.Door;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Core.Door.CheckInServiceTests;

namespace EventHub.Tests.Core.Door;

/// <summary>The copy of the guest list a desk keeps for searching and scanning offline: enough to recognise a code, never the code.</summary>
public class DoorListServiceTests
{
    [Fact]
    public async Task TheList_HasEveryoneInvited_ButNotTheWithdrawn_AndCodesOnlyAsSaltedHashes()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 3, accepted: [0]);
        await scenario.Invitations.CancelAsync(await InvitationIdOfAsync(scenario, 2), Staff.Organiser);
        var code = await CodeOfAsync(scenario, 0);

        var list = (await scenario.Services.GetRequiredService<DoorListService>().ForAsync(scenario.EventId, Staff.Door)).Value;
        var again = (await scenario.Services.GetRequiredService<DoorListService>().ForAsync(scenario.EventId, Staff.Door)).Value;

        Assert.Equal(["Partner 000", "Partner 001"], list.Guests.Select(g => g.Guest.Name));
        Assert.Equal([InvitationStatus.Accepted, InvitationStatus.Invited], list.Guests.Select(g => g.Guest.Status));
        Assert.Equal(DoorList.HashOf(list.Salt, CheckInPass.Display(code).ToLowerInvariant()), list.Guests[0].CodeHash);
        Assert.DoesNotContain(list.Guests, g => g.CodeHash!.Contains(code, StringComparison.OrdinalIgnoreCase));
        Assert.NotEqual(list.Salt, again.Salt); // each copy its own salt
        Assert.Equal(new DateTime(2027, 3, 10, 23, 0, 0, DateTimeKind.Utc), list.ExpiresAtUtc); // midnight in Amsterdam after the event
        Assert.Equal(1, list.Counts.Expected);
    }
}
