using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Events;

/// <summary>
/// "End event" and "Cancel" cannot be undone: ending waits until the meeting has begun, and a meeting that took place
/// cannot be called off (its guests would be told it "is cancelled").
/// </summary>
public class EventEndAndCancelTests
{
    [Fact]
    public async Task End_AMonthBeforeTheMeeting_IsRefused_AndTheEventStillTakesAnswers()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await SampleEvents.SaveAsync(database.DbFactory, SampleEvents.Alliantiedag()); // 29 Dec; now is 29 Nov

        var ended = await Planning(database).CloseAsync(@event.Id, Staff.Organiser);

        var now = (await database.Services.GetRequiredService<EventService>().GetAsync(@event.Id))!;
        Assert.Equal(EventErrors.NotStartedYet, ended.ErrorCode);
        Assert.Equal(EventStatus.Published, now.Status);
        Assert.True(now.AcceptsAnswers(database.Time.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public async Task End_OnceTheMeetingHasBegun_EndsIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        var @event = await SampleEvents.SaveAsync(database.DbFactory, SampleEvents.Alliantiedag());
        database.Time.SetUtcNow(@event.StartUtc.AddMinutes(30));

        var ended = await Planning(database).CloseAsync(@event.Id, Staff.Organiser);

        Assert.True(ended.Succeeded, ended.ErrorCode);
        Assert.Equal(EventStatus.Closed, (await database.Services.GetRequiredService<EventService>().GetAsync(@event.Id))!.Status);
    }

    [Fact]
    public async Task Cancel_TheDayAfterTheMeetingTookPlace_IsRefused_AndEmailsNobody()
    {
        await using var database = await TestDatabase.CreateAsync();
        var guest = await AcceptedGuests.AddAsync(database.Services);
        database.Time.SetUtcNow(AcceptedGuests.Start.AddDays(1));
        var before = await EmailsAsync(database);

        var cancelled = await Planning(database).CancelAsync(guest.EventId, "Opruimen", Staff.Organiser);

        Assert.Equal(EventErrors.AlreadyTookPlace, cancelled.ErrorCode);
        Assert.Equal(before, await EmailsAsync(database));
        Assert.Equal(EventStatus.Published, (await database.Services.GetRequiredService<EventService>().GetAsync(guest.EventId))!.Status);
    }

    [Fact]
    public async Task Cancel_BeforeTheMeeting_StillTellsTheGuests()
    {
        await using var database = await TestDatabase.CreateAsync();
        var guest = await AcceptedGuests.AddAsync(database.Services);
        var before = await EmailsAsync(database);

        var cancelled = await Planning(database).CancelAsync(guest.EventId, "De zaal is niet beschikbaar", Staff.Organiser);

        Assert.True(cancelled.Succeeded, cancelled.ErrorCode);
        Assert.Equal(before + 1, await EmailsAsync(database));
    }

    private static EventPlanningService Planning(TestDatabase database) => database.Services.GetRequiredService<EventPlanningService>();

    private static async Task<int> EmailsAsync(TestDatabase database)
    {
        await using var db = await database.NewContextAsync();
        return await db.OutboxMessages.CountAsync();
    }
}
