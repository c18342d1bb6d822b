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

    [Theory]
    [InlineData("en", "Tuesday 29 December", "Wednesday 30 December")]
    [InlineData("nl", "dinsdag 29 december", "woensdag 30 december")]
    public async Task Timetable_TwoDayEvent_ShowsEachDaysGridAndListUnderItsDate(string culture, string firstDay, string secondDay)
    {
        // Staff planning a two-day conference: two days' 09:00 must not read the same, nor the night fill the grid.
        UseCulture(culture);
        var @event = await SaveAsync(DbFactory, TwoDayConference()); // an opening at 09:00 on both days

        var page = Render<TimetablePage>(p => p.Add(c => c.EventId, @event.Id));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".eh-tt-block")));
        Assert.Equal([firstDay, secondDay], page.FindAll("h2.eh-tt-day").Select(h => h.Text()));
        Assert.Equal(["Opening dag 1"], page.FindAll("#timetable-grid .eh-tt-block h3").Select(h => h.Text()));
        Assert.Equal(["Opening dag 2"], page.FindAll("#timetable-grid-2 .eh-tt-block h3").Select(h => h.Text()));
        Assert.Equal(4, page.FindAll("#timetable-grid-2 .eh-tt-line").Count); // 09:00–10:00 only, not the night before
        Assert.Equal(["Opening dag 2"], page.FindAll("#timetable-list-2 h3").Select(h => h.Text()));
        // Each day's heading comes right before its grid.
        Assert.Equal("timetable-grid-2", page.FindAll("h2.eh-tt-day")[1].NextElementSibling?.Id);
    }

    [Fact]
    public async Task Timetable_OneDayEvent_HasNoDayHeadings()
    {
        var @event = await SaveAsync(DbFactory, Alliantiedag());

        var page = Render<TimetablePage>(p => p.Add(c => c.EventId, @event.Id));

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll(".eh-tt-block")));
        Assert.Empty(page.FindAll(".eh-tt-day"));
        Assert.Single(page.FindAll(".eh-tt-grid"));
    }

    [Fact]
    public void Timetable_UnknownEvent_ShowsEmptyState()
    {
        var page = Render<TimetablePage>(p => p.Add(c => c.EventId, 4242));

        page.WaitForAssertion(() => Assert.Contains("Event not found", page.Markup));
        Assert.Empty(page.FindAll("#timetable-grid"));
    }
}
