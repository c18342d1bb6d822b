using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Door;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Door;

/// <summary>The door's answers: every scan or pick gets one clear answer, and the counts stay true whatever happens.</summary>
public class CheckInServiceTests
{
    private static readonly TeamMember OtherDoor = TeamMember.InRoles("door-2-id", "Noor Smit", Roles.DoorStaff);

    [Fact]
    public async Task AnAcceptedGuestShowsTheirCode_IsCheckedIn_AndASecondScanSaysWhenAndByWhom()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 2, accepted: [0]);
        var checkIns = CheckIns(scenario);

        // Typed by door staff: lower case, with the dash the confirmation shows.
        var first = await checkIns.ScanAsync(scenario.EventId, CheckInPass.Display(await CodeOfAsync(scenario, 0)).ToLowerInvariant(), Staff.Door);
        scenario.Time.Advance(TimeSpan.FromMinutes(5));
        var second = await checkIns.ScanAsync(scenario.EventId, await CodeOfAsync(scenario, 0), OtherDoor);

        Assert.Equal((DoorAnswerKind.CheckedIn, "Partner 000", ArrivalKind.Expected), (first.Value.Kind, first.Value.Guest!.Name, first.Value.Guest.Arrival));
        Assert.True(first.Value.Guest.MayUndo);
        Assert.Equal((DoorAnswerKind.AlreadyIn, "Daan Visser"), (second.Value.Kind, second.Value.Guest!.CheckedInBy));
        Assert.Equal(InvitationScenario.EventStart.AddMinutes(-10), second.Value.Guest.CheckedInAtUtc);
        Assert.False(second.Value.Guest.MayUndo); // not theirs
        var counts = await checkIns.CountsAsync(scenario.EventId);
        Assert.Equal((1, 1, 0, 0), (counts.Arrived, counts.Expected, counts.Admitted, counts.WalkIns));
        Assert.Equal(1, Assert.Single(await scenario.Invitations.SectorBalanceAsync(scenario.EventId)).Attended);
    }

    [Fact]
    public async Task AnUnknownCode_ACancelledInvitation_AndAnotherEvent_EachGetTheirAnswer()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 2, accepted: [0, 1]);
        var checkIns = CheckIns(scenario);
        var cancelledCode = await CodeOfAsync(scenario, 1);
        await scenario.Invitations.CancelAsync(await InvitationIdOfAsync(scenario, 1), Staff.Organiser);

        var unknown = await checkIns.ScanAsync(scenario.EventId, "ZZZZZ-ZZZZZ", Staff.Door);
        var empty = await checkIns.ScanAsync(scenario.EventId, " - ", Staff.Door);
        var cancelled = await checkIns.ScanAsync(scenario.EventId, cancelledCode, Staff.Door);
        var otherEvent = await checkIns.ScanAsync(scenario.EventId + 1, await CodeOfAsync(scenario, 0), Staff.Door);

        Assert.Equal(DoorAnswerKind.Unknown, unknown.Value.Kind);
        Assert.Equal(DoorAnswerKind.Unknown, empty.Value.Kind);
        Assert.Equal((DoorAnswerKind.Cancelled, "Partner 001"), (cancelled.Value.Kind, cancelled.Value.Guest!.Name));
        Assert.Null(cancelled.Value.Guest.CheckedInAtUtc);
        Assert.Equal(EventErrors.NotFound, otherEvent.ErrorCode);
        Assert.Equal(0, (await checkIns.CountsAsync(scenario.EventId)).InTheRoom);
    }

    [Theory]
    [InlineData(InvitationStatus.Waitlisted)]
    [InlineData(InvitationStatus.Declined)]
    [InlineData(InvitationStatus.Tentative)]
    [InlineData(InvitationStatus.Invited)]
    public async Task SomeoneNotOnTheList_IsNotCheckedIn_UntilAdmitted_AndThenCountsApartFromTheExpected(InvitationStatus status)
    {
        // The event is full with one seat: a second acceptance is waitlisted.
        var answer = status == InvitationStatus.Waitlisted ? InvitationStatus.Accepted : status;
        await using var scenario = await AtTheDoorAsync(invitees: 2, accepted: [0], capacity: 1,
            otherAnswers: status == InvitationStatus.Invited ? null : new() { [1] = answer });

        var checkIns = CheckIns(scenario);
        await checkIns.ScanAsync(scenario.EventId, await CodeOfAsync(scenario, 0), Staff.Door);
        var id = await InvitationIdOfAsync(scenario, 1);

        var scanned = await checkIns.ScanAsync(scenario.EventId, await CodeOfAsync(scenario, 1), Staff.Door);
        var picked = await checkIns.CheckInAsync(scenario.EventId, id, Staff.Door);
        var before = await checkIns.CountsAsync(scenario.EventId);
        var admitted = await checkIns.AdmitAsync(scenario.EventId, id, Staff.Door);

        Assert.Equal((DoorAnswerKind.NotOnList, status), (scanned.Value.Kind, scanned.Value.Guest!.Status));
        Assert.True(scanned.Value.RoomFull); // the one seat is taken: admitting goes over capacity
        Assert.Equal(DoorAnswerKind.NotOnList, picked.Value.Kind);
        Assert.Equal((1, 1, 0), (before.Arrived, before.Expected, before.Admitted));
        Assert.Equal((DoorAnswerKind.CheckedIn, ArrivalKind.Admitted), (admitted.Value.Kind, admitted.Value.Guest!.Arrival));
        var after = await checkIns.CountsAsync(scenario.EventId);
        Assert.Equal((1, 1, 1, 2, true), (after.Arrived, after.Expected, after.Admitted, after.InTheRoom, after.RoomFull));
    }

    /// <summary>
    /// Thomas sent his colleague and then came himself: the door said "no guest found" for his name, and registering him
    /// as a walk-in made a second Thomas in the directory. Now the desk finds him, says he passed it on, and may let him in.
    /// </summary>
    [Fact]
    public async Task SomeoneWhoSentAColleague_AndCameAfterAll_IsOnTheDesksList_AndMayBeLetIn_BesideTheColleague()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", "example.org", 0);
        var sent = await scenario.Services.GetRequiredService<ColleagueService>().SendInsteadAsync(scenario.TokenOf(0), new ContactInput("Karin", "Bos", "karin.bos@example.org"));
        Assert.True(sent.Succeeded, sent.ErrorCode);
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddMinutes(-10));
        var checkIns = CheckIns(scenario);
        var id = await InvitationIdOfAsync(scenario, 0);

        var list = (await scenario.Services.GetRequiredService<DoorListService>().ForAsync(scenario.EventId, Staff.Door)).Value;
        var picked = await checkIns.CheckInAsync(scenario.EventId, id, Staff.Door);
        var admitted = await checkIns.AdmitAsync(scenario.EventId, id, Staff.Door);

        Assert.Equal(InvitationStatus.Substituted, list.Guests.Single(g => g.Guest.Name == "Partner 000").Guest.Status);
        Assert.Contains(list.Guests, g => g.Guest.Name == "Karin Bos");
        Assert.Equal(DoorAnswerKind.NotOnList, picked.Value.Kind);
        Assert.Equal((DoorAnswerKind.CheckedIn, ArrivalKind.Admitted), (admitted.Value.Kind, admitted.Value.Guest!.Arrival));
        var counts = await checkIns.CountsAsync(scenario.EventId);
        Assert.Equal((1, 0), (counts.Admitted, counts.Expected)); // let in at the door; the colleague has not answered yet
    }

    [Fact]
    public async Task DoorStaff_UndoTheirOwnCheckIn_WithinFiveMinutes_OrganisersAnyTime()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 3, accepted: [0, 1, 2]);
        var checkIns = CheckIns(scenario);
        var ids = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => InvitationIdOfAsync(scenario, i)));
        foreach (var id in ids)
        {
            await checkIns.CheckInAsync(scenario.EventId, id, Staff.Door);
        }

        scenario.Time.Advance(TimeSpan.FromMinutes(4));
        var ownInTime = await checkIns.UndoAsync(scenario.EventId, ids[0], Staff.Door);
        var someoneElses = await checkIns.UndoAsync(scenario.EventId, ids[1], OtherDoor);
        scenario.Time.Advance(TimeSpan.FromMinutes(2));
        var ownTooLate = await checkIns.UndoAsync(scenario.EventId, ids[1], Staff.Door);
        var organiser = await checkIns.UndoAsync(scenario.EventId, ids[2], Staff.Organiser);
        var notIn = await checkIns.UndoAsync(scenario.EventId, ids[0], Staff.Door);

        Assert.True(ownInTime.Succeeded);
        Assert.Equal(DoorErrors.UndoNotYours, someoneElses.ErrorCode);
        Assert.Equal(DoorErrors.UndoTooLate, ownTooLate.ErrorCode);
        Assert.True(organiser.Succeeded);
        Assert.Equal(DoorErrors.NotCheckedIn, notIn.ErrorCode);
        Assert.Equal(1, (await checkIns.CountsAsync(scenario.EventId)).Arrived);
        // Checked in again after an undo: a fresh check-in, by whoever does it.
        var again = await checkIns.CheckInAsync(scenario.EventId, ids[0], OtherDoor);
        Assert.Equal((DoorAnswerKind.CheckedIn, "Noor Smit"), (again.Value.Kind, again.Value.Guest!.CheckedInBy));
    }

    [Fact]
    public async Task TwoDesksCheckInOnePersonAtTheSameMoment_TheyAreCountedOnce_AndOneDeskHearsAlreadyIn()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 1, accepted: [0]);
        var code = await CodeOfAsync(scenario, 0);
        // Each desk its own service scope, so its own connections to the database file.
        using var first = scenario.Services.CreateScope();
        using var second = scenario.Services.CreateScope();
        var start = new TaskCompletionSource();
        var desks = new[] { (first, Staff.Door), (second, OtherDoor) }.Select(async desk =>
        {
            await start.Task;
            return await desk.Item1.ServiceProvider.GetRequiredService<CheckInService>().ScanAsync(scenario.EventId, code, desk.Item2);
        }).ToList();

        start.SetResult();
        var answers = await Task.WhenAll(desks);

        Assert.Equal([DoorAnswerKind.CheckedIn, DoorAnswerKind.AlreadyIn], answers.Select(a => a.Value.Kind).Order());
        Assert.Equal(1, (await CheckIns(scenario).CountsAsync(scenario.EventId)).InTheRoom);
    }

    [Fact]
    public async Task ADeskThatWasOffline_SendsItsQueue_TwiceEvenCountsOnce_AndAConflictIsReportedAsAlreadyIn()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 2, accepted: [0, 1]);
        var checkIns = CheckIns(scenario);
        var arrivedAt = scenario.Time.GetUtcNow().UtcDateTime;
        var offline = new DoorOperation(Guid.NewGuid(), arrivedAt);
        var conflicting = new DoorOperation(Guid.NewGuid(), arrivedAt.AddMinutes(1));
        var id1 = await InvitationIdOfAsync(scenario, 1);
        // Meanwhile another desk, online, checked partner 001 in.
        scenario.Time.Advance(TimeSpan.FromMinutes(10));
        await checkIns.CheckInAsync(scenario.EventId, id1, OtherDoor);

        var sent = await checkIns.ScanAsync(scenario.EventId, await CodeOfAsync(scenario, 0), Staff.Door, offline);
        var sentAgain = await checkIns.ScanAsync(scenario.EventId, await CodeOfAsync(scenario, 0), Staff.Door, offline);
        var conflict = await checkIns.CheckInAsync(scenario.EventId, id1, Staff.Door, conflicting);
        var fromTheFuture = await checkIns.CheckInAsync(scenario.EventId, id1, Staff.Door, new DoorOperation(Guid.NewGuid(), arrivedAt.AddDays(2)));

        Assert.Equal((DoorAnswerKind.CheckedIn, arrivedAt), (sent.Value.Kind, sent.Value.Guest!.CheckedInAtUtc)); // when they really came
        Assert.Equal((DoorAnswerKind.CheckedIn, arrivedAt), (sentAgain.Value.Kind, sentAgain.Value.Guest!.CheckedInAtUtc));
        Assert.Equal((DoorAnswerKind.AlreadyIn, "Noor Smit"), (conflict.Value.Kind, conflict.Value.Guest!.CheckedInBy));
        Assert.Equal(DoorAnswerKind.AlreadyIn, fromTheFuture.Value.Kind);
        Assert.Equal(2, (await checkIns.CountsAsync(scenario.EventId)).Arrived);
    }

    [Fact]
    public async Task ADeskWhoseClockIsWrong_SendsItsQueue_TheCheckInsAreDatedByTheServersClock()
    {
        // A borrowed tablet two hours behind, and a phone set 40 minutes ahead. Each recorded a check-in while offline
        // and sent it later; the minutes between the two count, the desks' times of day do not.
        await using var scenario = await AtTheDoorAsync(invitees: 3, accepted: [0, 1, 2]);
        var checkIns = CheckIns(scenario);
        var now = scenario.Time.GetUtcNow().UtcDateTime;
        var tablet = now.AddHours(-2);
        var phone = now.AddMinutes(40);

        var behind = await checkIns.ScanAsync(scenario.EventId, await CodeOfAsync(scenario, 0), Staff.Door,
            new DoorOperation(Guid.NewGuid(), AtUtc: tablet.AddMinutes(-4), SentAtUtc: tablet));
        var ahead = await checkIns.CheckInAsync(scenario.EventId, await InvitationIdOfAsync(scenario, 1), Staff.Door,
            new DoorOperation(Guid.NewGuid(), AtUtc: phone.AddMinutes(-15), SentAtUtc: phone));
        // A desk that does not say when it sent (a page from before this): the time it recorded, as it always was.
        var unsaid = await checkIns.ScanAsync(scenario.EventId, await CodeOfAsync(scenario, 2), Staff.Door,
            new DoorOperation(Guid.NewGuid(), AtUtc: now.AddMinutes(-7)));

        Assert.Equal(now.AddMinutes(-4), behind.Value.Guest!.CheckedInAtUtc);
        Assert.Equal(now.AddMinutes(-15), ahead.Value.Guest!.CheckedInAtUtc);
        Assert.Equal(now.AddMinutes(-7), unsaid.Value.Guest!.CheckedInAtUtc);
    }

    [Fact]
    public async Task DoorStaff_AtAnEventNotOnToday_CheckInNoOne_OrganisersCan_FacilitatorsNever()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        var code = await CodeOfAsync(scenario, 0);
        var checkIns = CheckIns(scenario);
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddDays(-1)); // the day before

        var door = await checkIns.ScanAsync(scenario.EventId, code, Staff.Door);
        var doorList = await scenario.Services.GetRequiredService<DoorListService>().ForAsync(scenario.EventId, Staff.Door);
        var facilitator = await checkIns.ScanAsync(scenario.EventId, code, Staff.Facilitator);
        var organiser = await checkIns.ScanAsync(scenario.EventId, code, Staff.Organiser);

        Assert.Equal((EventErrors.NotFound, EventErrors.NotFound, AccessErrors.NotAllowed), (door.ErrorCode, doorList.ErrorCode, facilitator.ErrorCode));
        Assert.Equal(DoorAnswerKind.CheckedIn, organiser.Value.Kind);
    }

    [Fact]
    public async Task AfterTheEvent_CheckInsCanBeUndoneFromTheGuestList_AndAttendeesCanBeInvitedAgain()
    {
        await using var scenario = await AtTheDoorAsync(invitees: 3, accepted: [0, 1, 2]);
        var checkIns = CheckIns(scenario);
        var ids = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => InvitationIdOfAsync(scenario, i)));

        await checkIns.CheckInAsync(scenario.EventId, ids[0], Staff.Organiser);
        await checkIns.CheckInAsync(scenario.EventId, ids[1], Staff.Organiser);
        scenario.Time.Advance(TimeSpan.FromDays(1));
        await checkIns.UndoAsync(scenario.EventId, ids[1], Staff.Organiser);

        Assert.Single(await scenario.Invitations.AttendeesOfAsync(scenario.EventId));
        Assert.Equal(scenario.EventId, Assert.Single(await checkIns.AttendedEventsAsync(exceptEventId: 0)).EventId);
        Assert.Empty(await checkIns.AttendedEventsAsync(exceptEventId: scenario.EventId));
        var arrived = await scenario.Services.GetRequiredService<GuestListService>().ListAsync(scenario.EventId, new GuestQuery(CheckedIn: true));
        Assert.Equal(ids[0], Assert.Single(arrived.Items).InvitationId);
    }

    [Fact]
    public async Task EventsToday_AreThePublishedEventsOnTodayWhereTheyTakePlace_AndThoseThatEndedToday()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var checkIns = CheckIns(scenario);
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

    [Fact]
    public async Task EventsToday_AnEveningEndingAtMidnight_IsOnItsOwnDay_NotOnNewYearsDayToo()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var checkIns = CheckIns(scenario);
        int eveningId;
        await using (var db = await scenario.NewContextAsync())
        {
            // 31 December 19:00 until midnight in Amsterdam (18:00–23:00 UTC).
            var evening = new Event("Oudejaarsbijeenkomst", new DateTime(2027, 12, 31, 18, 0, 0, DateTimeKind.Utc), new DateTime(2027, 12, 31, 23, 0, 0, DateTimeKind.Utc));
            evening.HoldAt(null, "https://meet.example.org/oudejaar");
            evening.AddSession("Plenair", SessionKind.Plenary, evening.StartUtc, evening.EndUtc);
            Assert.True(evening.Publish(new DateTime(2027, 12, 1, 9, 0, 0, DateTimeKind.Utc), "oudejaarsbijeenkomst").Succeeded);
            db.Events.Add(evening);
            await db.SaveChangesAsync();
            eveningId = evening.Id;
        }

        scenario.Time.SetUtcNow(new DateTime(2027, 12, 31, 21, 0, 0, DateTimeKind.Utc)); // 22:00 on the evening
        var onTheEvening = await checkIns.EventsTodayAsync();
        scenario.Time.SetUtcNow(new DateTime(2028, 1, 1, 9, 0, 0, DateTimeKind.Utc)); // 10:00 on New Year's Day
        var newYearsDay = await checkIns.EventsTodayAsync();
        var doorOnNewYearsDay = await scenario.Services.GetRequiredService<DoorListService>().ForAsync(eveningId, Staff.Door);

        Assert.Equal([eveningId], onTheEvening.Select(e => e.Id));
        Assert.Empty(newYearsDay);
        Assert.Equal(EventErrors.NotFound, doorOnNewYearsDay.ErrorCode);
    }

    [Fact]
    public async Task NextDoorDay_IsThePublishedEventOfALaterDay_NotTodaysOrADraft()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var checkIns = CheckIns(scenario);
        int laterId;
        await using (var db = await scenario.NewContextAsync())
        {
            var draft = new Event("Voorbereiding", InvitationScenario.EventStart.AddDays(-3), InvitationScenario.EventStart.AddDays(-3).AddHours(2));
            draft.HoldAt(null, "https://meet.example.org/voorbereiding");
            var later = new Event("Vervolgbijeenkomst", InvitationScenario.EventStart.AddDays(14), InvitationScenario.EventStart.AddDays(14).AddHours(2));
            later.HoldAt(null, "https://meet.example.org/vervolg");
            later.AddSession("Plenair", SessionKind.Plenary, later.StartUtc, later.EndUtc);
            Assert.True(later.Publish(InvitationScenario.EventStart.AddDays(-30), "vervolgbijeenkomst").Succeeded);
            db.Events.AddRange(draft, later);
            await db.SaveChangesAsync();
            laterId = later.Id;
        }

        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddDays(-5));
        var weekBefore = await checkIns.NextDoorDayAsync();
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddHours(-5)); // the morning of the day: on today's list instead
        var morning = await checkIns.NextDoorDayAsync();
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddDays(15));
        var afterBoth = await checkIns.NextDoorDayAsync();

        Assert.Equal(scenario.EventId, weekBefore?.Id);
        Assert.Equal(laterId, morning?.Id);
        Assert.Null(afterBoth);
    }

    /// <summary>An event whose guests at <paramref name="accepted"/> said yes; the clock at ten to the start, at the door.</summary>
    internal static async Task<InvitationScenario> AtTheDoorAsync(int invitees, int[] accepted, int capacity = 10,
        Dictionary<int, InvitationStatus>? otherAnswers = null, bool onPostgres = false)
    {
        var scenario = await InvitationScenario.CreateAsync(invitees, capacity, onPostgres: onPostgres);
        var answers = accepted.Select(index => (index, InvitationStatus.Accepted))
            .Concat((otherAnswers ?? []).Select(other => (other.Key, other.Value)));
        foreach (var (index, answer) in answers)
        {
            var answered = await scenario.Rsvp.RespondAsync(scenario.TokenOf(index), new RsvpAnswer(answer, PrivacyAccepted: true));
            Assert.True(answered.Succeeded, answered.ErrorCode);
        }

        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddMinutes(-10));
        return scenario;
    }

    internal static CheckInService CheckIns(InvitationScenario scenario) => scenario.Services.GetRequiredService<CheckInService>();

    internal static async Task<int> InvitationIdOfAsync(InvitationScenario scenario, int index)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.Invitations.Where(i => i.Contact.Email == InvitationScenario.Email(index)).Select(i => i.Id).SingleAsync();
    }

    internal static async Task<string> CodeOfAsync(InvitationScenario scenario, int index)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.Invitations.Where(i => i.Contact.Email == InvitationScenario.Email(index)).Select(i => i.CheckInCode!).SingleAsync();
    }
}
