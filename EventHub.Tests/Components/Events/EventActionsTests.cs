using Bunit;
using EventHub.App.Components.Pages.Events;
using EventHub.Core.Events;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Events;

public class EventActionsTests : ComponentTestBase
{
    private static readonly DateTime Start = new(2027, 1, 20, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime AMonthBefore = Start.AddDays(-30);

    [Fact]
    public void Draft_OffersPublishAndCancelButNotCloseOrArchive()
    {
        var actions = Render<EventActions>(p => p.Add(a => a.Event, new Event("Dialoog", Start, Start.AddHours(2))).Add(a => a.NowUtc, AMonthBefore));

        Assert.Equal(["edit-event", "copy-event", "cancel-event", "publish-event"], Buttons(actions));
    }

    [Fact]
    public void Closed_OffersOnlyArchiveAndCopy()
    {
        var @event = new Event("Dialoog", Start, Start.AddHours(2));
        @event.HoldAt(null, "https://meet.example.org/a");
        @event.AddSession("Opening", SessionKind.Plenary, Start, Start.AddHours(1));
        @event.Publish(Start.AddDays(-10), "dialoog-2027-01-20");
        @event.Close();

        var actions = Render<EventActions>(p => p.Add(a => a.Event, @event).Add(a => a.NowUtc, Start.AddHours(3)));

        Assert.Equal(["copy-event", "archive-event"], Buttons(actions));
    }

    [Fact]
    public void Published_AMonthBeforeTheMeeting_OffersCancelButNotEndEvent()
    {
        var actions = Render<EventActions>(p => p.Add(a => a.Event, Published()).Add(a => a.NowUtc, AMonthBefore));

        Assert.Equal(["edit-event", "copy-event", "cancel-event"], Buttons(actions));
    }

    [Fact]
    public void Published_DuringTheMeeting_OffersEndEventBesideCancel_NotClose()
    {
        var actions = Render<EventActions>(p => p.Add(a => a.Event, Published()).Add(a => a.NowUtc, Start.AddHours(1)));

        Assert.Equal(["edit-event", "copy-event", "cancel-event", "end-event"], Buttons(actions));
        Assert.Equal("End event", actions.Find("#end-event").TextContent.Trim());
        Assert.DoesNotContain(actions.FindAll("button"), b => b.TextContent.Trim() == "Close");
    }

    [Fact]
    public void Published_AfterTheMeetingTookPlace_OffersEndEventButNoLongerCancel()
    {
        var actions = Render<EventActions>(p => p.Add(a => a.Event, Published()).Add(a => a.NowUtc, Start.AddDays(1)));

        Assert.Equal(["edit-event", "copy-event", "end-event"], Buttons(actions));
    }

    private static Event Published()
    {
        var @event = new Event("Dialoog", Start, Start.AddHours(2));
        @event.HoldAt(null, "https://meet.example.org/a");
        @event.AddSession("Opening", SessionKind.Plenary, Start, Start.AddHours(1));
        @event.Publish(Start.AddDays(-40), "dialoog-2027-01-20");
        return @event;
    }

    private static string[] Buttons(IRenderedComponent<EventActions> actions) =>
        actions.FindAll("a[id], button[id]").Select(b => b.Id!).ToArray();
}
