using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Support.SampleEvents;

namespace EventHub.Tests.Core.Events;

public class TimetableServiceTests
{
    [Fact]
    public async Task ForEvent_RoomsInNameOrder_AreTheColumns()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await SaveAsync(database.DbFactory, Alliantiedag());

        var timetable = await Service(database).ForEventAsync(@event.Id);

        Assert.Equal(["Rooftop zaal", "Studio 2"], Layout(timetable!).Columns.Select(c => c.RoomName));
    }

    [Fact]
    public async Task ForEvent_QuarterHourRows_RunFromFirstStartToLastEndInTheEventsZone()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await SaveAsync(database.DbFactory, Alliantiedag());

        var timetable = await Service(database).ForEventAsync(@event.Id);

        var rows = Layout(timetable!).Rows;
        Assert.Equal(14, rows.Count); // 13:00 to 16:30
        Assert.Equal(new TimeOnly(13, 0), TimeOnly.FromDateTime(rows[0].LocalStart));
        Assert.Equal(new TimeOnly(16, 15), TimeOnly.FromDateTime(rows[^1].LocalStart));
    }

    [Fact]
    public async Task ForEvent_TwoRoomsInParallel_SitSideBySideInTheSameRows()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await SaveAsync(database.DbFactory, Alliantiedag());

        var timetable = await Service(database).ForEventAsync(@event.Id);

        var workshop = Block(timetable!, "Workshop: taal en ouderbetrokkenheid");
        var roundTable = Block(timetable!, "Rondetafel: stages zonder discriminatie");
        Assert.Equal((0, 4, 5), (workshop.Column, workshop.Row, workshop.RowSpan)); // 14:00–15:15
        Assert.Equal((1, 4, 5), (roundTable.Column, roundTable.Row, roundTable.RowSpan));
    }

    [Fact]
    public async Task ForEvent_BackToBackSessions_FollowEachOtherWithoutOverlap()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await SaveAsync(database.DbFactory, Alliantiedag());

        var timetable = await Service(database).ForEventAsync(@event.Id);

        var pause = Block(timetable!, "Pauze");
        var closing = Block(timetable!, "Terugkoppeling en vervolgafspraken");
        Assert.Equal((0, 9, 1), (pause.Column, pause.Row, pause.RowSpan)); // 15:15–15:30
        Assert.Equal((0, 10, 4), (closing.Column, closing.Row, closing.RowSpan)); // 15:30–16:30
    }

    [Fact]
    public async Task ForEvent_SessionWithoutRoom_GetsANoRoomColumnAtTheEnd()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = Alliantiedag(publish: false);
        @event.AddSession("Wandeling door de wijk", SessionKind.Workshop, Amsterdam(2026, 12, 29, 14), Amsterdam(2026, 12, 29, 15));
        await SaveAsync(database.DbFactory, @event);

        var timetable = await Service(database).ForEventAsync(@event.Id);

        Assert.Equal(["Rooftop zaal", "Studio 2", null], Layout(timetable!).Columns.Select(c => c.RoomName));
        Assert.Equal(2, Block(timetable!, "Wandeling door de wijk").Column);
    }

    [Fact]
    public async Task ForEvent_PlenaryInOneRoom_StaysInItsOwnColumn()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await SaveAsync(database.DbFactory, Alliantiedag());

        var timetable = await Service(database).ForEventAsync(@event.Id);

        var opening = Block(timetable!, "Plenaire opening");
        Assert.Equal((0, 0, 3), (opening.Column, opening.Row, opening.RowSpan)); // 13:00–13:45 in the Rooftop zaal
        Assert.Equal(Layout(timetable!).Blocks.Count, timetable!.Sessions.Count);
    }

    [Fact]
    public async Task ForEvent_FlatList_IsOrderedByStart()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await SaveAsync(database.DbFactory, Alliantiedag());

        var timetable = await Service(database).ForEventAsync(@event.Id);

        Assert.Equal(timetable!.Sessions.OrderBy(s => s.StartUtc).Select(s => s.Id), timetable.Sessions.Select(s => s.Id));
        Assert.Equal(new TimeOnly(14, 0), TimeOnly.FromDateTime(timetable.Sessions[1].LocalStart));
    }

    [Fact]
    public async Task ForEvent_NoSessionsOrUnknown_IsEmptyOrNull()
    {
        await using var database = await TestDatabase.CreateAsync();
        var bare = await SaveAsync(database.DbFactory, new Event("Nog leeg", Amsterdam(2027, 1, 5, 9), Amsterdam(2027, 1, 5, 12)));

        var empty = await Service(database).ForEventAsync(bare.Id);
        var unknown = await Service(database).ForEventAsync(9999);

        Assert.True(empty!.IsEmpty);
        Assert.Empty(Layout(empty).Columns);
        Assert.Null(unknown);
    }

    private static TimetableBlock Block(Timetable timetable, string title) => Layout(timetable).Blocks.Single(b => b.Session.Title == title);

    private static TimetableLayout Layout(Timetable timetable) => TimetableLayout.Of(timetable.Sessions, timetable.TimeZoneId);

    private static TimetableService Service(TestDatabase database) => database.Services.GetRequiredService<TimetableService>();
}
