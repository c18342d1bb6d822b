using EventHub.App.Components.Pages.Events.Programme;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Components.Events;

/// <summary>The session edit dialog's form: a session's capacity follows its room unless one was typed for it.</summary>
public class SessionFormTests
{
    private static readonly DateTime Day = new(2027, 5, 12);

    [Fact]
    public async Task Edit_ASessionWithTheHallsCapacity_MovedToTheStudio_TakesTheStudiosCapacity()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (eventId, hall, studio) = await EventWithRoomsAsync(database);
        var programme = database.Services.GetRequiredService<ProgrammeService>();
        // Added in the 100-seat hall with the capacity left empty ("as many as the room holds"): it takes 100.
        var added = await programme.AddAsync(eventId, new SessionInput("Workshop taal", SessionKind.Workshop, Day.AddHours(14), Day.AddHours(15), hall), Staff.Organiser);
        Assert.True(added.Saved, added.ErrorCode);

        var form = await EditFormAsync(database, eventId);
        form.RoomId = studio;
        var conflicts = await programme.CheckAsync(eventId, form.ToInput()!, added.SessionId);
        var saved = await programme.UpdateAsync(eventId, added.SessionId!.Value, form.ToInput()!, Staff.Organiser);

        Assert.Null(form.Capacity); // shown empty, as when it was added
        Assert.Empty(conflicts);
        Assert.True(saved.Saved, saved.ErrorCode);
        Assert.Equal(30, await CapacityAsync(database, added.SessionId.Value));
    }

    [Fact]
    public async Task Edit_ACapacityTypedForTheSession_StaysWithIt_AndAboveTheNewRoomsIsAConflict()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (eventId, hall, studio) = await EventWithRoomsAsync(database);
        var programme = database.Services.GetRequiredService<ProgrammeService>();
        var added = await programme.AddAsync(eventId, new SessionInput("Workshop taal", SessionKind.Workshop, Day.AddHours(14), Day.AddHours(15), hall, Capacity: 60), Staff.Organiser);
        Assert.True(added.Saved, added.ErrorCode);

        var form = await EditFormAsync(database, eventId);
        form.RoomId = studio;
        var conflicts = await programme.CheckAsync(eventId, form.ToInput()!, added.SessionId);
        var refused = await programme.UpdateAsync(eventId, added.SessionId!.Value, form.ToInput()!, Staff.Organiser);

        Assert.Equal(60, form.Capacity);
        Assert.Equal(new ProgrammeConflict(ConflictKind.CapacityAboveRoom, "30"), Assert.Single(conflicts));
        Assert.Equal((EventErrors.ProgrammeConflicts, false), (refused.ErrorCode, refused.Saved));
        Assert.Equal(60, await CapacityAsync(database, added.SessionId.Value));
    }

    [Fact]
    public async Task Edit_ASessionMoreChoseThanTheStudioHolds_MovedThere_SaysHowManyAreOver_AndSavesWithEveryoneKept()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (eventId, hall, studio) = await EventWithRoomsAsync(database);
        var programme = database.Services.GetRequiredService<ProgrammeService>();
        var added = await programme.AddAsync(eventId, new SessionInput("Workshop taal", SessionKind.Workshop, Day.AddHours(14), Day.AddHours(15), hall), Staff.Organiser);
        await TakeSeatsAsync(database, added.SessionId!.Value, 32);

        var form = await EditFormAsync(database, eventId);
        form.RoomId = studio;
        var conflicts = await programme.CheckAsync(eventId, form.ToInput()!, added.SessionId);
        var saved = await programme.UpdateAsync(eventId, added.SessionId.Value, form.ToInput()!, Staff.Organiser);

        Assert.Equal(new ProgrammeConflict(ConflictKind.ChosenAboveCapacity, "Studio", "32", 30), Assert.Single(conflicts));
        Assert.True(saved.Saved, saved.ErrorCode);
        Assert.Equal(30, await CapacityAsync(database, added.SessionId.Value));
        Assert.Equal(32, await SeatsTakenAsync(database, added.SessionId.Value));
        var programmeConflicts = await programme.ConflictsBySessionAsync(eventId);
        Assert.Equal(new ProgrammeConflict(ConflictKind.ChosenAboveCapacity, "Studio", "32", 30), Assert.Single(programmeConflicts[added.SessionId.Value])); // the programme keeps saying so
    }

    [Fact]
    public async Task Edit_ASessionInTheStudio_FewerChoseThanItHolds_IsNoConflict()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (eventId, _, studio) = await EventWithRoomsAsync(database);
        var programme = database.Services.GetRequiredService<ProgrammeService>();
        var added = await programme.AddAsync(eventId, new SessionInput("Workshop taal", SessionKind.Workshop, Day.AddHours(14), Day.AddHours(15), studio), Staff.Organiser);
        await TakeSeatsAsync(database, added.SessionId!.Value, 30);

        var form = await EditFormAsync(database, eventId);

        Assert.Empty(await programme.CheckAsync(eventId, form.ToInput()!, added.SessionId));
    }

    /// <summary>People holding places in the session, as their answers leave the counter (the seat rules are tested with the RSVP).</summary>
    private static async Task TakeSeatsAsync(TestDatabase database, int sessionId, int taken)
    {
        await using var db = await database.NewContextAsync();
        await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.SeatsTaken, taken));
    }

    private static async Task<int> SeatsTakenAsync(TestDatabase database, int sessionId)
    {
        await using var db = await database.NewContextAsync();
        return (await db.Sessions.SingleAsync(s => s.Id == sessionId)).SeatsTaken;
    }

    private static async Task<SessionForm> EditFormAsync(TestDatabase database, int eventId)
    {
        var loaded = (await database.Services.GetRequiredService<EventService>().GetAsync(eventId))!;
        return SessionForm.From(loaded.Sessions.Single(), loaded);
    }

    private static async Task<int?> CapacityAsync(TestDatabase database, int sessionId)
    {
        await using var db = await database.NewContextAsync();
        return (await db.Sessions.SingleAsync(s => s.Id == sessionId)).Capacity;
    }

    private static async Task<(int EventId, int Hall, int Studio)> EventWithRoomsAsync(TestDatabase database)
    {
        var venues = database.Services.GetRequiredService<VenueService>();
        var venue = (await venues.CreateAsync(new VenueInput("Forum Groningen", null, AccessibilityFeatures.StepFreeAccess,
            [new RoomInput(null, "Grote zaal", 100, AccessibilityFeatures.HearingLoop), new RoomInput(null, "Studio", 30, AccessibilityFeatures.None)]), Staff.Organiser)).Value;
        var eventId = (await database.Services.GetRequiredService<EventPlanningService>().CreateAsync(
            new EventInput("Alliantiedag", Day.AddHours(13), Day.AddHours(17), VenueId: venue, Capacity: 200), Staff.Organiser)).Value;
        var rooms = (await venues.ListAsync()).Single(v => v.Id == venue).Rooms.ToDictionary(r => r.Name, r => r.Id);
        return (eventId, rooms["Grote zaal"], rooms["Studio"]);
    }
}
