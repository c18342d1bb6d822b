using EventHub.Core.Door;
using EventHub.Core.Invitations;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Core.Door.CheckInServiceTests;

namespace EventHub.Tests.Core.Door;

/// <summary>A second check at a workshop's door: registered people come in, others are told so and may be admitted; everyone counts once.</summary>
public class SessionDoorServiceTests
{
    private static readonly EventHub.Core.Common.TeamMember OtherDoor = EventHub.Core.Common.TeamMember.InRoles("door-2-id", "Noor Smit", EventHub.Core.Common.Roles.DoorStaff);

    [Fact]
    public async Task SomeoneRegistered_IsCheckedInToTheSession_AndAtTheEventToo_AndASecondScanSaysWhenAndByWhom()
    {
        await using var scenario = await WorkshopsAsync();
        var sessions = Sessions(scenario);
        var workshopA = scenario.SessionIds[0];

        var first = await sessions.ScanAsync(scenario.EventId, workshopA, await CodeOfAsync(scenario, 0), Staff.Door);
        scenario.Time.Advance(TimeSpan.FromMinutes(3));
        var second = await sessions.CheckInAsync(scenario.EventId, workshopA, await InvitationIdOfAsync(scenario, 0), OtherDoor);

        Assert.Equal((DoorAnswerKind.CheckedIn, ArrivalKind.Expected), (first.Value.Kind, first.Value.Guest!.Arrival));
        Assert.Equal((DoorAnswerKind.AlreadyIn, "Daan Visser"), (second.Value.Kind, second.Value.Guest!.CheckedInBy));
        var counts = await CheckIns(scenario).CountsAsync(scenario.EventId);
        Assert.Equal((1, 0), (counts.Arrived, counts.Admitted)); // through the event's door at the same time
        var arrival = Assert.Single(await sessions.ArrivalsAsync(workshopA));
        Assert.Equal((await InvitationIdOfAsync(scenario, 0), false), (arrival.InvitationId, arrival.Admitted));
    }

    [Fact]
    public async Task WaitlistedForTheSession_OrNotRegistered_IsNotInTheSession_UntilAdmitted()
    {
        await using var scenario = await WorkshopsAsync();
        var sessions = Sessions(scenario);
        var workshopA = scenario.SessionIds[0];
        var waitlisted = await InvitationIdOfAsync(scenario, 1); // chose A when its one place was taken
        var elsewhere = await InvitationIdOfAsync(scenario, 2); // chose B
        await CheckIns(scenario).CheckInAsync(scenario.EventId, elsewhere, Staff.Door);

        var waiting = await sessions.CheckInAsync(scenario.EventId, workshopA, waitlisted, Staff.Door);
        var notRegistered = await sessions.ScanAsync(scenario.EventId, workshopA, await CodeOfAsync(scenario, 2), Staff.Door);
        var before = await sessions.ArrivalsAsync(workshopA);
        var admitted = await sessions.AdmitAsync(scenario.EventId, workshopA, elsewhere, Staff.Door);

        // The door tells the two apart: on the session's waiting list, or did not choose it.
        Assert.Equal((DoorAnswerKind.NotInSession, true), (waiting.Value.Kind, waiting.Value.WaitingForSession));
        Assert.Equal((DoorAnswerKind.NotInSession, false), (notRegistered.Value.Kind, notRegistered.Value.WaitingForSession));
        Assert.Empty(before);
        Assert.Equal((DoorAnswerKind.CheckedIn, ArrivalKind.Admitted), (admitted.Value.Kind, admitted.Value.Guest!.Arrival));
        Assert.True(Assert.Single(await sessions.ArrivalsAsync(workshopA)).Admitted);
        var counts = await CheckIns(scenario).CountsAsync(scenario.EventId);
        Assert.Equal((1, 0), (counts.Arrived, counts.Admitted)); // checked in at the event once, before

        // The session's participant list: registered people, and who came (admitted there too).
        var participants = (await scenario.Services.GetRequiredService<OutcomeService>().ParticipantsAsync(workshopA, Staff.Organiser)).Value;
        Assert.Equal([("Partner 000", false, false), ("Partner 002", true, true)],
            participants.Select(p => (p.Name, p.CameAtUtc is not null, p.AdmittedToSession)));
    }

    [Fact]
    public async Task AnOfflineReplay_CountsOnce_AnEndedEventRefuses_AndAnotherEventsSessionIsNotFound()
    {
        await using var scenario = await WorkshopsAsync();
        var sessions = Sessions(scenario);
        var workshopA = scenario.SessionIds[0];
        var id = await InvitationIdOfAsync(scenario, 0);
        var operation = new DoorOperation(Guid.NewGuid(), scenario.Time.GetUtcNow().UtcDateTime.AddMinutes(-2));

        var sent = await sessions.CheckInAsync(scenario.EventId, workshopA, id, Staff.Door, operation);
        var sentAgain = await sessions.CheckInAsync(scenario.EventId, workshopA, id, Staff.Door, operation);
        var wrongSession = await sessions.CheckInAsync(scenario.EventId, 999_999, id, Staff.Door);
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddHours(4)); // the meeting is over: it can be ended
        Assert.True((await scenario.Services.GetRequiredService<EventHub.Core.Events.EventPlanningService>().CloseAsync(scenario.EventId, Staff.Organiser)).Succeeded);
        var ended = await sessions.AdmitAsync(scenario.EventId, workshopA, await InvitationIdOfAsync(scenario, 2), Staff.Organiser);

        Assert.Equal((DoorAnswerKind.CheckedIn, DoorAnswerKind.CheckedIn), (sent.Value.Kind, sentAgain.Value.Kind));
        Assert.Equal(operation.AtUtc, Assert.Single(await sessions.ArrivalsAsync(workshopA)).AtUtc);
        Assert.Equal(DoorErrors.SessionNotFound, wrongSession.ErrorCode);
        Assert.Equal(DoorErrors.EventEnded, ended.ErrorCode);
    }

    [Fact]
    public async Task AtAWorkshopsDoor_TheCountsAreTheRooms_WhoOfThoseRegisteredCame_WhoWasAdmitted_AndItsOwnPlaces()
    {
        await using var scenario = await WorkshopsAsync();
        var sessions = Sessions(scenario);
        var workshopA = scenario.SessionIds[0];
        await CheckIns(scenario).CheckInAsync(scenario.EventId, await InvitationIdOfAsync(scenario, 2), Staff.Door); // B's, in at the entrance only

        var before = await sessions.CountsAsync(scenario.EventId, workshopA);
        var registered = await sessions.ScanAsync(scenario.EventId, workshopA, await CodeOfAsync(scenario, 0), Staff.Door);
        var waitlisted = await sessions.CheckInAsync(scenario.EventId, workshopA, await InvitationIdOfAsync(scenario, 1), Staff.Door);
        var admitted = await sessions.AdmitAsync(scenario.EventId, workshopA, await InvitationIdOfAsync(scenario, 1), Staff.Door);
        var unknown = await sessions.ScanAsync(scenario.EventId, workshopA, "NOPE-NOPE", Staff.Door);

        // Of the one person holding a place in A, none came yet; the room has one place.
        Assert.Equal((0, 1, 0, 0, 0, 1), Figures(before));
        Assert.Equal((1, 1, 0, 0, 1, 1), Figures(registered.Value.Counts!));
        Assert.True(registered.Value.RoomFull);
        // Waiting for a place: the volunteer reads that the room is full before pressing Admit.
        Assert.Equal((DoorAnswerKind.NotInSession, true), (waitlisted.Value.Kind, waitlisted.Value.RoomFull));
        Assert.Equal((1, 1, 1, 0, 2, 1), Figures(admitted.Value.Counts!));
        Assert.Equal((1, 1, 1, 0, 2, 1), Figures(unknown.Value.Counts!));
        var list = (await scenario.Services.GetRequiredService<DoorListService>().ForAsync(scenario.EventId, Staff.Door, workshopA)).Value;
        Assert.Equal((1, 1, 1, 0, 2, 1), Figures(list.Counts));
        // The event's door still counts the whole event: three expected, all three in, ten places.
        Assert.Equal((3, 3, 0, 0, 3, 10), Figures(await CheckIns(scenario).CountsAsync(scenario.EventId)));
    }

    [Fact]
    public async Task SomeoneAtTheWrongWorkshopsDoor_IsToldWhereTheyHoldAPlaceAtThatTime_SomeoneWaitingIsToldNothingMore()
    {
        await using var scenario = await WorkshopsAsync();
        var sessions = Sessions(scenario);
        var workshopA = scenario.SessionIds[0];

        var wrongRoom = await sessions.ScanAsync(scenario.EventId, workshopA, await CodeOfAsync(scenario, 2), Staff.Door); // B's, at the same time
        var waiting = await sessions.ScanAsync(scenario.EventId, workshopA, await CodeOfAsync(scenario, 1), Staff.Door);
        var laterSession = await sessions.ScanAsync(scenario.EventId, scenario.SessionIds[2], await CodeOfAsync(scenario, 2), Staff.Door);

        Assert.Equal(DoorAnswerKind.NotInSession, wrongRoom.Value.Kind);
        Assert.Equal([new SessionPlace("Workshop B", null)], wrongRoom.Value.PlacesElsewhere);
        Assert.Equal(DoorAnswerKind.NotInSession, waiting.Value.Kind);
        Assert.Empty(waiting.Value.PlacesElsewhere);
        Assert.Empty(laterSession.Value.PlacesElsewhere); // C starts after B has ended: B is not where they should be now
    }

    [Fact]
    public async Task AWalkInRegisteredAtAWorkshopsDoor_IsInThatRoom_CountedAsAWalkIn_AndOnceWhenTheDeskSendsItAgain()
    {
        await using var scenario = await WorkshopsAsync();
        var workshopB = scenario.SessionIds[1];
        var walkIns = scenario.Services.GetRequiredService<WalkInService>();
        var operation = new DoorOperation(Guid.NewGuid(), scenario.Time.GetUtcNow().UtcDateTime);
        var walkIn = new WalkIn("Wim", "Binnen", null, null);

        var first = await walkIns.RegisterAsync(scenario.EventId, walkIn, Staff.Door, operation, sessionId: workshopB);
        var again = await walkIns.RegisterAsync(scenario.EventId, walkIn, Staff.Door, operation, sessionId: workshopB);

        Assert.Equal((DoorAnswerKind.CheckedIn, ArrivalKind.WalkIn), (first.Value.Kind, first.Value.Guest!.Arrival));
        Assert.Equal(DoorAnswerKind.CheckedIn, again.Value.Kind);
        Assert.Equal(first.Value.Guest.InvitationId, Assert.Single(await Sessions(scenario).ArrivalsAsync(workshopB)).InvitationId);
        // B's one place was held by guest 2, who has not come: the walk-in fills the room.
        Assert.Equal((0, 1, 0, 1, 1, 1), Figures(again.Value.Counts!));
        Assert.True(again.Value.RoomFull);
        Assert.Equal(1, (await CheckIns(scenario).CountsAsync(scenario.EventId)).WalkIns);
    }

    private static (int Arrived, int Expected, int Admitted, int WalkIns, int InTheRoom, int? Capacity) Figures(ArrivalCounts counts) =>
        (counts.Arrived, counts.Expected, counts.Admitted, counts.WalkIns, counts.InTheRoom, counts.Capacity);

    [Fact]
    public async Task TheDesksSessionPicker_ListsTheSessionsPeopleRegisteredFor_WithHowManyCame()
    {
        await using var scenario = await WorkshopsAsync();
        var sessions = Sessions(scenario);
        await sessions.ScanAsync(scenario.EventId, scenario.SessionIds[0], await CodeOfAsync(scenario, 0), Staff.Door);

        var picker = await sessions.SessionsAsync(scenario.EventId, Staff.Door);
        var notDoor = await sessions.SessionsAsync(scenario.EventId, EventHub.Core.Common.TeamMember.InRoles("f-id", "Fien", EventHub.Core.Common.Roles.Facilitator));

        Assert.Equal([("Workshop A", 1, 1), ("Workshop B", 1, 0)], picker.Select(s => (s.Title, s.Registered, s.Attended)));
        Assert.Empty(notDoor);
    }

    /// <summary>
    /// Workshops of one place each: guest 0 registered for A, guest 1 waitlisted for A, guest 2 registered for B; all
    /// accepted for the event. The clock at ten to the start.
    /// </summary>
    [Fact]
    public async Task TheListAtASessionsDoor_SaysWhoHoldsAPlace_AndWhoCameIntoTheSession_NotWhoCameInAtTheEntrance()
    {
        await using var scenario = await WorkshopsAsync();
        var workshopA = scenario.SessionIds[0];
        var registered = await InvitationIdOfAsync(scenario, 0);
        await CheckIns(scenario).CheckInAsync(scenario.EventId, registered, Staff.Door); // in at the entrance only
        var admitted = await InvitationIdOfAsync(scenario, 2); // chose B, let into A
        await Sessions(scenario).AdmitAsync(scenario.EventId, workshopA, admitted, Staff.Door);
        var lists = scenario.Services.GetRequiredService<DoorListService>();

        var atTheSession = (await lists.ForAsync(scenario.EventId, Staff.Door, workshopA)).Value;
        var atTheEntrance = (await lists.ForAsync(scenario.EventId, Staff.Door)).Value;
        var elsewhere = await lists.ForAsync(scenario.EventId, Staff.Door, sessionId: 999_999);

        Assert.Equal(workshopA, atTheSession.SessionId);
        Assert.Equal([("Partner 000", true, false, false, (ArrivalKind?)null), ("Partner 001", false, true, false, null), ("Partner 002", false, false, true, ArrivalKind.Admitted)],
            atTheSession.Guests.Select(g => (g.Guest.Name, g.InSession!.Value, g.WaitingForSession!.Value, g.Guest.CheckedInAtUtc is not null, g.Guest.Arrival)));
        Assert.Equal([true, false, true], atTheEntrance.Guests.Select(g => g.Guest.CheckedInAtUtc is not null));
        Assert.All(atTheEntrance.Guests, g => Assert.Null(g.InSession));
        Assert.All(atTheEntrance.Guests, g => Assert.Null(g.WaitingForSession));
        Assert.Equal(DoorErrors.SessionNotFound, elsewhere.ErrorCode);
    }

    [Fact]
    public Task TwoSessionDesksCheckInOnePersonAtTheSameMoment_OneChecksThemIn_TheOthersAreToldTheyAreIn() =>
        TwoSessionDesksAsync(onPostgres: false);

    [Fact]
    public Task TwoSessionDesksCheckInOnePersonAtTheSameMoment_OneChecksThemIn_TheOthersAreToldTheyAreIn_OnPostgres() =>
        TwoSessionDesksAsync(onPostgres: true);

    private static async Task TwoSessionDesksAsync(bool onPostgres)
    {
        await using var scenario = await WorkshopsAsync(onPostgres);
        var sessions = Sessions(scenario);
        var workshopA = scenario.SessionIds[0];
        var registered = await InvitationIdOfAsync(scenario, 0);

        // An exception here is a desk that thinks it is offline.
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => sessions.CheckInAsync(scenario.EventId, workshopA, registered, Staff.Door))));

        Assert.All(answers, answer => Assert.True(answer.Succeeded, answer.ErrorCode));
        Assert.Single(answers, answer => answer.Value.Kind == DoorAnswerKind.CheckedIn);
        Assert.Equal(5, answers.Count(answer => answer.Value.Kind == DoorAnswerKind.AlreadyIn));
        Assert.Single(await sessions.ArrivalsAsync(workshopA));
    }

    private static async Task<InvitationScenario> WorkshopsAsync(bool onPostgres = false)
    {
        var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10, sessionCapacity: 1, onPostgres: onPostgres);
        int[][] choices = [[scenario.SessionIds[0]], [scenario.SessionIds[0]], [scenario.SessionIds[1]]];
        for (var i = 0; i < choices.Length; i++)
        {
            var answered = await scenario.Rsvp.RespondAsync(scenario.TokenOf(i), new RsvpAnswer(InvitationStatus.Accepted, choices[i], PrivacyAccepted: true));
            Assert.True(answered.Succeeded, answered.ErrorCode);
        }

        await using (var db = await scenario.NewContextAsync())
        {
            var statuses = await db.SessionChoices.OrderBy(c => c.Invitation.Contact.Email).Select(c => c.Status).ToListAsync();
            Assert.Equal([SessionChoiceStatus.Registered, SessionChoiceStatus.Waitlisted, SessionChoiceStatus.Registered], statuses);
        }

        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddMinutes(-10));
        return scenario;
    }

    private static SessionDoorService Sessions(InvitationScenario scenario) => scenario.Services.GetRequiredService<SessionDoorService>();
}
