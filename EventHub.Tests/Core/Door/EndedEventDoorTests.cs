using EventHub.Core.Door;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Core.Door.CheckInServiceTests;

namespace EventHub.Tests.Core.Door;

/// <summary>Ending the event freezes who came: the door still shows the list and the counts, but changes nothing, for anyone.</summary>
public class EndedEventDoorTests
{
    [Fact]
    public async Task OnceTheEventIsEnded_ScanCheckInAdmitUndoAndWalkIn_AreRefusedForDoorStaffAndOrganisers_AndTheCountsStay()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 4, accepted: [0, 1, 2], otherAnswers: new() { [3] = InvitationStatus.Declined });
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddMinutes(2)); // the meeting has begun (it can be ended from now)
        var checkIns = CheckIns(scenario);
        var ids = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => InvitationIdOfAsync(scenario, i)));
        Assert.Equal(DoorAnswerKind.CheckedIn, (await checkIns.CheckInAsync(scenario.EventId, ids[0], Staff.Door)).Value.Kind);
        Assert.Equal(DoorAnswerKind.CheckedIn, (await checkIns.AdmitAsync(scenario.EventId, ids[3], Staff.Door)).Value.Kind);
        var before = await checkIns.CountsAsync(scenario.EventId);
        scenario.Time.Advance(TimeSpan.FromMinutes(1)); // still within the door's own undo window

        Assert.True((await scenario.Services.GetRequiredService<EventPlanningService>().CloseAsync(scenario.EventId, Staff.Organiser)).Succeeded);

        var walkIns = scenario.Services.GetRequiredService<WalkInService>();
        foreach (var member in new[] { Staff.Door, Staff.Organiser })
        {
            Assert.Equal(DoorErrors.EventEnded, (await checkIns.ScanAsync(scenario.EventId, await CodeOfAsync(scenario, 1), member)).ErrorCode);
            Assert.Equal(DoorErrors.EventEnded, (await checkIns.CheckInAsync(scenario.EventId, ids[2], member)).ErrorCode);
            Assert.Equal(DoorErrors.EventEnded, (await checkIns.AdmitAsync(scenario.EventId, ids[2], member)).ErrorCode);
            Assert.Equal(DoorErrors.EventEnded, (await checkIns.UndoAsync(scenario.EventId, ids[0], member)).ErrorCode);
            Assert.Equal(DoorErrors.EventEnded, (await walkIns.RegisterAsync(scenario.EventId, new WalkIn("Wim", "Laat", null, null), member)).ErrorCode);
        }

        // An offline desk's queued check-in, sent after the end, is refused too: the numbers are final.
        var replay = await checkIns.CheckInAsync(scenario.EventId, ids[1], Staff.Door, new DoorOperation(Guid.NewGuid(), scenario.Time.GetUtcNow().UtcDateTime.AddMinutes(-1)));
        Assert.Equal(DoorErrors.EventEnded, replay.ErrorCode);

        var after = await checkIns.CountsAsync(scenario.EventId);
        Assert.Equal((1, 3, 1, 0, 2), (after.Arrived, after.Expected, after.Admitted, after.WalkIns, after.NoShows));
        Assert.Equal((before.InTheRoom, before.NoShows), (after.InTheRoom, after.NoShows));
    }

    [Fact]
    public async Task DoorStaff_StillReadTheListAndCountsOfAnEventEndedToday_ButNotTheDayAfter()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 2, accepted: [0, 1]);
        await CheckIns(scenario).CheckInAsync(scenario.EventId, await InvitationIdOfAsync(scenario, 0), Staff.Door);
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddHours(4)); // the meeting is over, the same day
        Assert.True((await scenario.Services.GetRequiredService<EventPlanningService>().CloseAsync(scenario.EventId, Staff.Organiser)).Succeeded);
        var lists = scenario.Services.GetRequiredService<DoorListService>();

        var today = await lists.ForAsync(scenario.EventId, Staff.Door);
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddDays(1));
        var dayAfter = await lists.ForAsync(scenario.EventId, Staff.Door);

        Assert.True(today.Succeeded);
        Assert.Equal((1, 1), (today.Value.Counts.Arrived, today.Value.Counts.NoShows));
        Assert.Equal(EventErrors.NotFound, dayAfter.ErrorCode);
        Assert.True(DoorEvents.IsFrozen(EventStatus.Closed) && DoorEvents.IsFrozen(EventStatus.Archived));
        Assert.False(DoorEvents.IsFrozen(EventStatus.Published));
    }
}
