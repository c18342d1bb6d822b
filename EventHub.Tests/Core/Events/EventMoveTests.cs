using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Events;

/// <summary>
/// A new date for an event takes its programme along (as Indico does): every session keeps its wall-clock time in the
/// day, or stays where it is when the organiser says so — and then they hear how many sessions no longer fit.
/// </summary>
public class EventMoveTests
{
    private static readonly DateTime Winter = new(2027, 3, 27); // the day before clocks go forward in Amsterdam
    private static readonly DateTime Summer = new(2027, 4, 3);
    private static readonly EventInput Afternoon = new("Voorjaarsdialoog", Winter.AddHours(13), Winter.AddHours(17));

    [Fact]
    public async Task Update_NewDayAcrossTheChangeToSummerTime_MovesEverySessionToTheSameLocalTimes()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await CreateWithProgrammeAsync(database);

        var saved = await Planning(database).UpdateAsync(id, Afternoon with { LocalStart = Summer.AddHours(13), LocalEnd = Summer.AddHours(17) }, expectedVersion: 0, Staff.Organiser);

        Assert.Equal(new EventSaved(SessionsMoved: 2, SessionsOutside: 0), saved.Value);
        Assert.Equal([Summer.AddHours(13), Summer.AddHours(15.5)], await LocalSessionStartsAsync(database, id));
        // In UTC the sessions moved 7 days less the hour the clocks skipped, not a plain 7 days.
        Assert.Equal(new DateTime(2027, 4, 3, 11, 0, 0, DateTimeKind.Utc), (await SessionsAsync(database, id))[0].StartUtc);
    }

    [Fact]
    public async Task Update_NewStartWithoutMovingTheProgramme_LeavesTheSessions_AndCountsThoseNowOutside()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await CreateWithProgrammeAsync(database);

        var saved = await Planning(database).UpdateAsync(id, Afternoon with { LocalStart = Winter.AddHours(14), MoveProgramme = false }, expectedVersion: 0, Staff.Organiser);

        Assert.Equal(new EventSaved(SessionsMoved: 0, SessionsOutside: 1), saved.Value);
        Assert.Equal([Winter.AddHours(13), Winter.AddHours(15.5)], await LocalSessionStartsAsync(database, id));
    }

    [Fact]
    public async Task Update_MoveThatWouldPushSessionsPastTheNewEnd_IsRefusedNamingThem_AndChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await CreateWithProgrammeAsync(database);

        // An hour later but ending at the same time: the closing session (15:30–16:30) would end at 17:30.
        var refused = await Planning(database).UpdateAsync(id, Afternoon with { LocalStart = Winter.AddHours(14), Title = "Nieuwe titel" }, expectedVersion: 0, Staff.Organiser);

        Assert.Equal(EventErrors.ProgrammeWouldNotFit, refused.ErrorCode);
        Assert.Equal("\u201cAfsluiting\u201d", refused.ErrorDetail);
        var @event = (await database.Services.GetRequiredService<EventService>().GetAsync(id))!;
        Assert.Equal(("Voorjaarsdialoog", Winter.AddHours(13)), (@event.Title, @event.LocalStart));
        Assert.Equal([Winter.AddHours(13), Winter.AddHours(15.5)], await LocalSessionStartsAsync(database, id));
    }

    [Fact]
    public async Task Update_OnlyANewEnd_LeavesTheSessions_AndCountsThoseNowOutside()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await CreateWithProgrammeAsync(database);

        var saved = await Planning(database).UpdateAsync(id, Afternoon with { LocalEnd = Winter.AddHours(16) }, expectedVersion: 0, Staff.Organiser);

        Assert.Equal(new EventSaved(SessionsMoved: 0, SessionsOutside: 1), saved.Value);
    }

    private static EventPlanningService Planning(TestDatabase database) => database.Services.GetRequiredService<EventPlanningService>();

    /// <summary>13:00–17:00 with an opening 13:00–14:00 and a closing 15:30–16:30, local time.</summary>
    private static async Task<int> CreateWithProgrammeAsync(TestDatabase database)
    {
        var id = (await Planning(database).CreateAsync(Afternoon, Staff.Organiser)).Value;
        await using var db = await database.NewContextAsync();
        var @event = await db.Events.SingleAsync(e => e.Id == id);
        @event.AddSession("Opening", SessionKind.Plenary, Utc(Winter.AddHours(13)), Utc(Winter.AddHours(14)));
        @event.AddSession("Afsluiting", SessionKind.Plenary, Utc(Winter.AddHours(15.5)), Utc(Winter.AddHours(16.5)));
        await db.SaveChangesAsync();
        return id;
    }

    private static async Task<List<EventHub.Core.Events.Session>> SessionsAsync(TestDatabase database, int eventId)
    {
        await using var db = await database.NewContextAsync();
        return await db.Sessions.AsNoTracking().Where(s => s.EventId == eventId).OrderBy(s => s.SortOrder).ToListAsync();
    }

    private static async Task<List<DateTime>> LocalSessionStartsAsync(TestDatabase database, int eventId) =>
        (await SessionsAsync(database, eventId)).Select(s => EventTime.ToLocal(s.StartUtc, EventTime.DefaultTimeZoneId)).ToList();

    private static DateTime Utc(DateTime local) => EventTime.ToUtc(local, EventTime.DefaultTimeZoneId);
}
