using Bunit;
using EventHub.App.Components.Pages.Events;
using EventHub.Core.Events;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Events;

public class EventActionsTests : ComponentTestBase
{
    private static readonly DateTime Start = new(2027, 1, 20, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Draft_OffersPublishAndCancelButNotCloseOrArchive()
    {
        var actions = Render<EventActions>(p => p.Add(a => a.Event, new Event("Dialoog", Start, Start.AddHours(2))));

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

        var actions = Render<EventActions>(p => p.Add(a => a.Event, @event));

        Assert.Equal(["copy-event", "archive-event"], Buttons(actions));
    }

    [Fact]
    public void Published_OffersEndEventBesideCancel_NotClose()
    {
        var @event = new Event("Dialoog", Start, Start.AddHours(2));
        @event.HoldAt(null, "https://meet.example.org/a");
        @event.AddSession("Opening", SessionKind.Plenary, Start, Start.AddHours(1));
        @event.Publish(Start.AddDays(-10), "dialoog-2027-01-20");

        var actions = Render<EventActions>(p => p.Add(a => a.Event, @event));

        Assert.Equal(["edit-event", "copy-event", "cancel-event", "end-event"], Buttons(actions));
        Assert.Equal("End event", actions.Find("#end-event").TextContent.Trim());
        Assert.DoesNotContain(actions.FindAll("button"), b => b.TextContent.Trim() == "Close");
    }

    private static string[] Buttons(IRenderedComponent<EventActions> actions) =>
        actions.FindAll("a[id], button[id]").Select(b => b.Id!).ToArray();
}
