using EventHub.Core.Common;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// The invite list and everything sent from it belong to organisers and admins: Core refuses a facilitator or door
/// staff every change, whatever a page shows them (defence in depth behind the pages' policies).
/// </summary>
public class InvitationAccessTests
{
    public static TheoryData<string> NotOrganisers => [Roles.Facilitator, Roles.DoorStaff];

    [Theory]
    [MemberData(nameof(NotOrganisers))]
    public async Task EveryChangeToInvitations_ByACallerWhoIsNoOrganiser_IsRefused_AndChangesNothing(string role)
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10);
        var caller = role == Roles.Facilitator ? Staff.Facilitator : Staff.Door;
        List<int> ids;
        int messagesBefore;
        await using (var db = await scenario.NewContextAsync())
        {
            ids = await db.Invitations.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
            messagesBefore = await db.OutboxMessages.CountAsync();
        }

        var invitations = scenario.Invitations;
        var guests = scenario.Services.GetRequiredService<GuestListService>();
        var refusals = new[]
        {
            (await invitations.AddAsync(scenario.EventId, [1], caller)).ErrorCode,
            (await invitations.AddMatchingAsync(scenario.EventId, new EventHub.Core.Directory.ContactQuery("partner"), caller)).ErrorCode,
            (await invitations.SendAsync(scenario.EventId, caller)).ErrorCode,
            (await invitations.RemindAsync(ids[0], caller)).ErrorCode,
            (await invitations.ResendAsync(ids[0], caller)).ErrorCode,
            (await invitations.CancelAsync(ids[0], caller)).ErrorCode,
            (await invitations.RemoveAsync(ids[0], caller)).ErrorCode,
            (await scenario.Services.GetRequiredService<PhoneAnswerService>()
                .AnswerOnBehalfAsync(ids[1], new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true), caller)).ErrorCode,
        };
        var bulk = await guests.CancelAsync(scenario.EventId, ids, caller);

        Assert.All(refusals, code => Assert.Equal(AccessErrors.NotAllowed, code));
        Assert.Equal(new BulkOutcome(0, 3), bulk);
        await using var check = await scenario.NewContextAsync();
        Assert.Equal(messagesBefore, await check.OutboxMessages.CountAsync());
        Assert.All(await check.Invitations.ToListAsync(), i => Assert.Equal(InvitationStatus.Invited, i.Status));
    }
}
