using EventHub.Core.Common;
using EventHub.Core.Events;

namespace EventHub.Tests.Core.Events;

public class EventTests
{
    private static readonly DateTime Start = new(2027, 1, 20, 12, 0, 0, DateTimeKind.Utc);

    private static Event NewEvent() => new("Alliantiedag", Start, Start.AddHours(4));

    /// <summary>An event with what publishing needs: a place and a session.</summary>
    private static Event CompleteEvent()
    {
        var @event = NewEvent();
        @event.HoldAt(null, "https://meet.example.org/alliantie");
        @event.AddSession("Opening", SessionKind.Plenary, Start, Start.AddHours(1));
        return @event;
    }

    private static Result Publish(Event @event) => @event.Publish(Start.AddDays(-30), "alliantiedag-2027-01-20");

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
        var @event = CompleteEvent();

        Assert.True(Publish(@event).Succeeded);
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
        var @event = CompleteEvent();
        Publish(@event);

        Assert.Equal(EventErrors.CancellationReasonRequired, @event.Cancel("  ").ErrorCode);
        Assert.True(@event.Cancel("Venue flooded").Succeeded);
        Assert.Equal(EventStatus.Cancelled, @event.Status);
        Assert.Equal("Venue flooded", @event.CancellationReason);
        Assert.False(Publish(@event).Succeeded);
    }

    [Fact]
    public void Publish_WithoutPlaceOrSessions_SaysWhatIsMissing()
    {
        var @event = NewEvent();

        Assert.Equal(EventErrors.NoPlace, Publish(@event).ErrorCode);
        @event.HoldAt(null, "https://meet.example.org/alliantie");
        Assert.Equal(EventErrors.NoSessions, Publish(@event).ErrorCode);
        Assert.Equal(EventStatus.Draft, @event.Status);
        Assert.Null(@event.Slug);
    }

    [Fact]
    public void Publish_Twice_KeepsTheFirstSlugSoSharedLinksWork()
    {
        var @event = CompleteEvent();
        Publish(@event);
        @event.Cancel("Storm");

        Assert.Equal("alliantiedag-2027-01-20", @event.Slug);
        Assert.Equal("alliantiedag-2027-01-20", Slugs.For(@event));
    }

    [Fact]
    public void NoteChangeForInvitees_OnlyMarksPublishedEvents()
    {
        var draft = CompleteEvent();
        var published = CompleteEvent();
        Publish(published);

        draft.NoteChangeForInvitees(Start);
        published.NoteChangeForInvitees(Start);

        Assert.Null(draft.ChangedSinceInvitationsAtUtc);
        Assert.Equal(Start, published.ChangedSinceInvitationsAtUtc);
    }

    [Fact]
    public void Sessions_BackToBackDoNotOverlap()
    {
        var @event = NewEvent();
        var first = @event.AddSession("Workshop A", SessionKind.Workshop, Start, Start.AddHours(1));
        var second = @event.AddSession("Workshop B", SessionKind.Workshop, Start.AddHours(1), Start.AddHours(2));
        var third = @event.AddSession("Workshop C", SessionKind.Workshop, Start.AddMinutes(30), Start.AddHours(1));

        Assert.False(first.Overlaps(second));
        Assert.True(first.Overlaps(third));
    }

    [Fact]
    public void MoveSession_SwapsWithItsNeighbourAndKeepsTheOrderDense()
    {
        var @event = NewEvent();
        var a = @event.AddSession("A", SessionKind.Plenary, Start, Start.AddHours(1));
        var b = @event.AddSession("B", SessionKind.Plenary, Start, Start.AddHours(1));
        var c = @event.AddSession("C", SessionKind.Plenary, Start, Start.AddHours(1));

        @event.MoveSession(c, -1);
        @event.RemoveSession(a);

        Assert.Equal(["C", "B"], @event.Sessions.OrderBy(s => s.SortOrder).Select(s => s.Title));
        Assert.Equal([0, 1], @event.Sessions.OrderBy(s => s.SortOrder).Select(s => s.SortOrder));
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
