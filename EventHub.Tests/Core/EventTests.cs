using EventHub.Core.Common;
using EventHub.Core.Events;

namespace EventHub.Tests.Core;

public class EventTests
{
    private static readonly DateTime Start = new(2027, 1, 20, 12, 0, 0, DateTimeKind.Utc);

    private static Event NewEvent() => new("Alliantiedag", Start, Start.AddHours(4));

    [Fact]
    public void NewEvent_IsADraftInAmsterdamTime()
    {
        var @event = NewEvent();

        Assert.Equal(EventStatus.Draft, @event.Status);
        Assert.Equal("Europe/Amsterdam", @event.TimeZoneId);
        Assert.Equal(new DateTime(2027, 1, 20, 13, 0, 0), @event.LocalStart);
    }

    [Fact]
    public void Lifecycle_FollowsDraftPublishedClosedArchived()
    {
        var @event = NewEvent();

        Assert.True(@event.Publish().Succeeded);
        Assert.True(@event.Close().Succeeded);
        Assert.True(@event.Archive().Succeeded);
        Assert.Equal(EventStatus.Archived, @event.Status);
    }

    [Fact]
    public void Close_ADraft_IsRefusedAndChangesNothing()
    {
        var @event = NewEvent();

        var result = @event.Close();

        Assert.False(result.Succeeded);
        Assert.Equal(EventErrors.InvalidTransition, result.ErrorCode);
        Assert.Equal(EventStatus.Draft, @event.Status);
    }

    [Fact]
    public void Cancel_NeedsAReasonAndKeepsIt()
    {
        var @event = NewEvent();
        @event.Publish();

        Assert.Equal(EventErrors.CancellationReasonRequired, @event.Cancel("  ").ErrorCode);
        Assert.True(@event.Cancel("Venue flooded").Succeeded);
        Assert.Equal(EventStatus.Cancelled, @event.Status);
        Assert.Equal("Venue flooded", @event.CancellationReason);
        Assert.False(@event.Publish().Succeeded);
    }

    [Fact]
    public void Reschedule_EndBeforeStart_IsRefused()
    {
        var @event = NewEvent();

        Assert.Throws<ArgumentException>(() => @event.Reschedule(Start, Start.AddMinutes(-1), EventTime.DefaultTimeZoneId));
    }

    [Fact]
    public void Limit_DeadlineAfterStart_IsRefused()
    {
        var @event = NewEvent();

        Assert.Throws<ArgumentException>(() => @event.Limit(100, Start.AddDays(1)));
    }

    [Fact]
    public void EventTime_OnTheDaylightSavingDay_ConvertsWithTheRightOffset()
    {
        // 28 March 2027: clocks go from 02:00 CET to 03:00 CEST in Amsterdam.
        var morning = EventTime.ToUtc(new DateTime(2027, 3, 28, 1, 30, 0), EventTime.DefaultTimeZoneId);
        var afternoon = EventTime.ToUtc(new DateTime(2027, 3, 28, 14, 0, 0), EventTime.DefaultTimeZoneId);

        Assert.Equal(new DateTime(2027, 3, 28, 0, 30, 0, DateTimeKind.Utc), morning);
        Assert.Equal(new DateTime(2027, 3, 28, 12, 0, 0, DateTimeKind.Utc), afternoon);
    }
}
