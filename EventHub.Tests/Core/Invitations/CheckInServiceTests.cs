using EventHub.Core.Common;
using EventHub.Core.Events;
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
        var first = await checkIns.CheckInByCodeAsync(scenario.EventId, CheckInPass.Display(code).ToLowerInvariant(), Staff.Door);
        scenario.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await checkIns.CheckInByCodeAsync(scenario.EventId, code, Staff.Door);

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

        await scenario.Invitations.CancelAsync(cancelledId, Staff.Organiser);

        Assert.Equal(InvitationErrors.UnknownCheckInCode, (await checkIns.CheckInByCodeAsync(scenario.EventId, "ZZZZZ-ZZZZZ", Staff.Organiser)).ErrorCode);
        Assert.Equal(EventErrors.NotFound, (await checkIns.CheckInByCodeAsync(scenario.EventId + 1, await CodeOfAsync(scenario, 0), Staff.Organiser)).ErrorCode);
        Assert.Equal(InvitationErrors.CheckInNotPossible, (await checkIns.CheckInByCodeAsync(scenario.EventId, cancelledCode, Staff.Organiser)).ErrorCode);
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

        await checkIns.CheckInAsync(scenario.EventId, ids[0], Staff.Organiser);
        await checkIns.CheckInAsync(scenario.EventId, ids[1], Staff.Organiser);
        await checkIns.UndoAsync(scenario.EventId, ids[1], Staff.Organiser);

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
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddMinutes(-10));

        var tooShort = await checkIns.FindAsync(scenario.EventId, "0", Staff.Door);
        var found = await checkIns.FindAsync(scenario.EventId, "partner 002", Staff.Door);
        await checkIns.CheckInAsync(scenario.EventId, Assert.Single(found).InvitationId, Staff.Door);
        var again = await checkIns.FindAsync(scenario.EventId, "partner 002", Staff.Door);

        Assert.Empty(tooShort);
        Assert.Equal("Partner 002", found[0].Name);
        Assert.NotNull(Assert.Single(again).CheckedInAtUtc);
        Assert.Empty(await checkIns.FindAsync(scenario.EventId + 1, "partner 002", Staff.Door));
    }

    [Fact]
    public async Task FindAtTheDoor_ShowsOnlyWhoMayCome_AndNeverSearchesEmailAddresses()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 5, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Declined, PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(2), new RsvpAnswer(InvitationStatus.Tentative, PrivacyAccepted: true));
        // partner 003 has not answered; partner 004's invitation was withdrawn by the organisers.
        await scenario.Invitations.CancelAsync(await InvitationIdOfAsync(scenario, 4), Staff.Organiser);
        var checkIns = scenario.Services.GetRequiredService<CheckInService>();
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddMinutes(-10));

        var found = await checkIns.FindAsync(scenario.EventId, "partner", Staff.Door);
        var byEmail = await checkIns.FindAsync(scenario.EventId, "example.org", Staff.Door);

        Assert.Equal(["Partner 000", "Partner 002", "Partner 003"], found.Select(g => g.Name));
        Assert.Empty(byEmail);
    }

    [Fact]
    public async Task DoorStaff_AtAnEventNotOnToday_FindAndCheckInNoOne_OrganisersCan_FacilitatorsNever()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        var code = await CodeOfAsync(scenario, 0);
        var checkIns = scenario.Services.GetRequiredService<CheckInService>();
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddDays(-1)); // the day before

        var doorFinds = await checkIns.FindAsync(scenario.EventId, "partner", Staff.Door);
        var door = await checkIns.CheckInByCodeAsync(scenario.EventId, code, Staff.Door);
        var facilitator = await checkIns.CheckInByCodeAsync(scenario.EventId, code, Staff.Facilitator);
        var facilitatorFinds = await checkIns.FindAsync(scenario.EventId, "partner", Staff.Facilitator);
        var organiser = await checkIns.CheckInByCodeAsync(scenario.EventId, code, Staff.Organiser);

        Assert.Empty(doorFinds);
        Assert.Empty(facilitatorFinds);
        Assert.Equal((EventErrors.NotFound, AccessErrors.NotAllowed), (door.ErrorCode, facilitator.ErrorCode));
        Assert.True(organiser.Succeeded);
    }

    [Fact]
    public async Task EventsToday_AreThePublishedEventsOnTodayWhereTheyTakePlace_AndThoseThatEndedToday()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var checkIns = scenario.Services.GetRequiredService<CheckInService>();
        await using (var db = await scenario.NewContextAsync())
        {
            // A draft on the same day is not for the door.
            var draft = new Event("Voorbereiding", InvitationScenario.EventStart.AddHours(-3), InvitationScenario.EventStart.AddHours(-2));
            draft.HoldAt(null, "https://meet.example.org/voorbereiding");
            db.Events.Add(draft);
            await db.SaveChangesAsync();
        }

        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddDays(-1));
        var dayBefore = await checkIns.EventsTodayAsync();
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddHours(-5)); // 09:00 in Amsterdam, the morning of the day
        var morning = await checkIns.EventsTodayAsync();
        await using (var db = await scenario.NewContextAsync())
        {
            var held = await db.Events.SingleAsync(e => e.Id == scenario.EventId);
            Assert.True(held.Close().Succeeded);
            await db.SaveChangesAsync();
        }

        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddHours(6)); // ended two hours ago, closed
        var evening = await checkIns.EventsTodayAsync();
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddDays(1));
        var dayAfter = await checkIns.EventsTodayAsync();

        Assert.Empty(dayBefore);
        Assert.Equal([scenario.EventId], morning.Select(e => e.Id));
        Assert.Equal([scenario.EventId], evening.Select(e => e.Id));
        Assert.Empty(dayAfter);
    }

    private static async Task<int> InvitationIdOfAsync(InvitationScenario scenario, int index)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.Invitations.Where(i => i.Contact.Email == InvitationScenario.Email(index)).Select(i => i.Id).SingleAsync();
    }

    private static async Task<string> CodeOfAsync(InvitationScenario scenario, int index)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.Invitations.Where(i => i.Contact.Email == InvitationScenario.Email(index)).Select(i => i.CheckInCode!).SingleAsync();
    }
}
