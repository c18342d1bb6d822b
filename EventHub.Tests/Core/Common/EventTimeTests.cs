using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Common;

/// <summary>Wall-clock times in the event's zone, around the nights the clocks change.</summary>
public class EventTimeTests
{
    [Fact]
    public void ATimeTheClocksSkip_IsReadAsTheInstantItWouldHaveBeen_WhichTheClocksShowAnHourLater()
    {
        var skipped = new DateTime(2027, 3, 28, 2, 30, 0); // summer time starts in Amsterdam at 02:00, clocks go to 03:00

        var utc = EventTime.ToUtc(skipped, EventTime.DefaultTimeZoneId);

        Assert.Equal(new DateTime(2027, 3, 28, 1, 30, 0, DateTimeKind.Utc), utc);
        Assert.Equal(new DateTime(2027, 3, 28, 3, 30, 0), EventTime.ToLocal(utc, EventTime.DefaultTimeZoneId));
        Assert.Equal(new DateTime(2027, 3, 28, 0, 59, 0, DateTimeKind.Utc), EventTime.ToUtc(new DateTime(2027, 3, 28, 1, 59, 0), EventTime.DefaultTimeZoneId));
        Assert.Equal(new DateTime(2027, 3, 28, 1, 0, 0, DateTimeKind.Utc), EventTime.ToUtc(new DateTime(2027, 3, 28, 3, 0, 0), EventTime.DefaultTimeZoneId));
    }

    [Fact]
    public async Task AnEventEndingAtATimeTheClocksSkip_IsCreated_NotAnError()
    {
        await using var database = await TestDatabase.CreateAsync();
        var planning = database.Services.GetRequiredService<EventPlanningService>();

        var created = await planning.CreateAsync(
            new EventInput("Nachtelijke hackathon", new DateTime(2027, 3, 27, 20, 0, 0), new DateTime(2027, 3, 28, 2, 30, 0)), Staff.Organiser);

        Assert.True(created.Succeeded, created.ErrorCode);
        var saved = await database.Services.GetRequiredService<EventService>().GetAsync(created.Value);
        Assert.Equal(new DateTime(2027, 3, 28, 3, 30, 0), saved!.LocalEnd);
    }
}
