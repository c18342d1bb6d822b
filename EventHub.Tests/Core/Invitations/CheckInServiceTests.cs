using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

public class CheckInServiceTests
{
    [Fact]
    public async Task AGuestShowsTheirCode_IsCheckedInOnce_AndASecondScanSaysWhenTheyArrived()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        var code = await CodeOfAsync(scenario, 0);
        var checkIns = scenario.Services.GetRequiredService<CheckInService>();
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddMinutes(-10));

        // Typed by door staff: lower case, with the dash the page shows.
        var first = await checkIns.CheckInByCodeAsync(scenario.EventId, CheckInPass.Display(code).ToLowerInvariant());
        scenario.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await checkIns.CheckInByCodeAsync(scenario.EventId, code);

        Assert.Equal(("Partner 000", false), (first.Value.Name, first.Value.WasAlreadyCheckedIn));
        Assert.True(second.Value.WasAlreadyCheckedIn);
        Assert.Equal(InvitationScenario.EventStart.AddMinutes(-10), second.Value.CheckedInAtUtc);
        Assert.Equal(new ArrivalCounts(1, 1), await checkIns.CountsAsync(scenario.EventId));
        var balance = await scenario.Invitations.SectorBalanceAsync(scenario.EventId);
        Assert.Equal(1, Assert.Single(balance).Attended);
    }

    [Fact]
    public async Task AnUnknownCodeOrACancelledInvitation_IsNotCheckedIn()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var checkIns = scenario.Services.GetRequiredService<CheckInService>();
        var cancelledCode = await CodeOfAsync(scenario, 1);
        int cancelledId;
        await using (var db = await scenario.NewContextAsync())
        {
            cancelledId = await db.Invitations.Where(i => i.CheckInCode == cancelledCode).Select(i => i.Id).SingleAsync();
        }

        await scenario.Invitations.CancelAsync(cancelledId);

        Assert.Equal(InvitationErrors.UnknownCheckInCode, (await checkIns.CheckInByCodeAsync(scenario.EventId, "ZZZZZ-ZZZZZ")).ErrorCode);
        Assert.Equal(InvitationErrors.UnknownCheckInCode, (await checkIns.CheckInByCodeAsync(scenario.EventId + 1, await CodeOfAsync(scenario, 0))).ErrorCode);
        Assert.Equal(InvitationErrors.CheckInNotPossible, (await checkIns.CheckInByCodeAsync(scenario.EventId, cancelledCode)).ErrorCode);
        Assert.Equal(new ArrivalCounts(0, 0), await checkIns.CountsAsync(scenario.EventId));
    }

    [Fact]
    public async Task FromTheGuestList_ACheckInCanBeUndone_AndAttendeesCanBeInvitedAgain()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10);
        var checkIns = scenario.Services.GetRequiredService<CheckInService>();
        List<int> ids;
        await using (var db = await scenario.NewContextAsync())
        {
            ids = await db.Invitations.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
        }

        await checkIns.CheckInAsync(scenario.EventId, ids[0]);
        await checkIns.CheckInAsync(scenario.EventId, ids[1]);
        await checkIns.UndoAsync(scenario.EventId, ids[1]);

        var attendees = await scenario.Invitations.AttendeesOfAsync(scenario.EventId);
        Assert.Single(attendees);
        Assert.Equal(scenario.EventId, Assert.Single(await checkIns.AttendedEventsAsync(exceptEventId: 0)).EventId);
        Assert.Empty(await checkIns.AttendedEventsAsync(exceptEventId: scenario.EventId));
        var guests = scenario.Services.GetRequiredService<GuestListService>();
        var arrived = await guests.ListAsync(scenario.EventId, new GuestQuery(CheckedIn: true));
        Assert.Equal(ids[0], Assert.Single(arrived.Items).InvitationId);
        Assert.NotNull(arrived.Items[0].CheckedInAtUtc);
    }

    [Fact]
    public async Task AGuestWithoutTheirCode_IsFoundByName_AndCheckedInFromTheResult()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10);
        var checkIns = scenario.Services.GetRequiredService<CheckInService>();

        var tooShort = await checkIns.FindAsync(scenario.EventId, "0");
        var found = await checkIns.FindAsync(scenario.EventId, "partner 002");
        await checkIns.CheckInAsync(scenario.EventId, Assert.Single(found).InvitationId);
        var again = await checkIns.FindAsync(scenario.EventId, "partner 002");

        Assert.Empty(tooShort);
        Assert.Equal("Partner 002", found[0].Name);
        Assert.NotNull(Assert.Single(again).CheckedInAtUtc);
        Assert.Empty(await checkIns.FindAsync(scenario.EventId + 1, "partner 002"));
    }

    private static async Task<string> CodeOfAsync(InvitationScenario scenario, int index)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.Invitations.Where(i => i.Contact.Email == InvitationScenario.Email(index)).Select(i => i.CheckInCode!).SingleAsync();
    }
}
