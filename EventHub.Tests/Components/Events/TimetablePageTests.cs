using Bunit;
using EventHub.App.Components.Pages.Events.Timetable;
using EventHub.Tests.Support;
using static EventHub.Tests.Support.SampleEvents;

namespace EventHub.Tests.Components.Events;

public class TimetablePageTests : ComponentTestBase
{
    [Fact]
    public async Task Timetable_Event_ShowsRoomsAsColumns()
    {
        var @event = await SaveAsync(DbFactory, Alliantiedag());

        var page = Render<TimetablePage>(p => p.Add(c => c.EventId, @event.Id));

        page.WaitForAssertion(() => Assert.Equal(
            ["Rooftop zaal", "Studio 2"],
            page.FindAll("#timetable-grid .eh-tt-room").Select(r => r.Text())));
        Assert.Equal("Alliantiedag Gelijke Kansen", page.Find("h1").Text());
    }

    [Fact]
    public async Task Timetable_ParallelSession_SitsInItsRoomsColumnWithTimeAndFacilitator()
    {
        var @event = await SaveAsync(DbFactory, Alliantiedag(Facilitator("Femke Jansen")));

        var page = Render<TimetablePage>(p => p.Add(c => c.EventId, @event.Id));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".eh-tt-block")));
        var roundTable = page.FindAll("#timetable-grid .eh-tt-block").Single(b => b.Text().Contains("Rondetafel"));
        var workshop = page.FindAll("#timetable-grid .eh-tt-block").Single(b => b.Text().Contains("Workshop: taal"));
        Assert.Equal("1", roundTable.GetAttribute("data-column")); // Studio 2
        Assert.Contains("grid-column: 3", roundTable.GetAttribute("style"));
        Assert.Contains("grid-row: 6 / span 5", roundTable.GetAttribute("style")); // 14:00–15:15, below the header row
        Assert.Contains("14:00–15:15", roundTable.Text());
        Assert.Contains("Led by Femke Jansen", workshop.Text());
        Assert.Equal("0", workshop.GetAttribute("data-column"));
    }

    [Fact]
    public async Task Timetable_NarrowScreenList_HasEverySessionInTimeOrder()
    {
        var @event = await SaveAsync(DbFactory, Alliantiedag());

        var page = Render<TimetablePage>(p => p.Add(c => c.EventId, @event.Id));

        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("#timetable-list li").Count));
        Assert.StartsWith("13:00–13:45 Plenaire opening Plenary · Rooftop zaal", page.FindAll("#timetable-list li")[0].Text());
    }

    [Fact]
    public void Timetable_UnknownEvent_ShowsEmptyState()
    {
        var page = Render<TimetablePage>(p => p.Add(c => c.EventId, 4242));

        page.WaitForAssertion(() => Assert.Contains("Event not found", page.Markup));
        Assert.Empty(page.FindAll("#timetable-grid"));
    }
}
