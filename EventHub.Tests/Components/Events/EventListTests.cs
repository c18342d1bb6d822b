using Bunit;
using EventHub.App.Components.Pages.Events;
using EventHub.App.Hosting;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using MudBlazor;

namespace EventHub.Tests.Components.Events;

public class EventListTests : ComponentTestBase
{
    [Fact]
    public async Task EventList_ManyEvents_ShowsOnePageNewestFirst()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        await AddEventsAsync(DailyDialogues(30));

        Render<MudPopoverProvider>();
        var page = Render<EventList>();

        page.WaitForAssertion(() => Assert.Equal(25, page.FindAll("tbody tr").Count));
        Assert.Contains("Dialoog 30", page.FindAll("tbody tr")[0].Text());
        Assert.Contains("1-25 of 30", page.Find(".mud-table-pagination").Text());
    }

    [Fact]
    public async Task EventList_InDutch_PagerSpeaksDutchToo()
    {
        UseCulture("nl");
        SignInAs("Olga Bakker", Policies.Organise);
        await AddEventsAsync(DailyDialogues(30));

        Render<MudPopoverProvider>();
        var page = Render<EventList>();

        page.WaitForAssertion(() => Assert.Contains("1-25 van 30", page.Find(".mud-table-pagination").Text()));
        Assert.Contains("Rijen per pagina:", page.Find(".mud-table-pagination").Text());
        Assert.Contains("Bijeenkomsten", page.Find("h1").Text());
        // The grid's own buttons are named in Dutch as well, and there is no column menu in English beside them.
        Assert.NotEmpty(page.FindAll("thead button[aria-label='Sorteren']"));
        Assert.Empty(page.FindAll("thead button[aria-label='Sort'], thead .column-options .mud-menu"));
    }

    [Fact]
    public async Task EventList_Search_FiltersOnTheServer()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        var start = new DateTime(2027, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        await AddEventsAsync(
            new Event("Alliantiedag", start, start.AddHours(4)),
            new Event("Dialoogavond", start.AddDays(7), start.AddDays(7).AddHours(2)));

        Render<MudPopoverProvider>();
        var page = Render<EventList>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));

        await TypeAndPauseAsync(page.Find("#event-search"), "allianti", TimeSpan.FromMilliseconds(300));

        page.WaitForAssertion(() => Assert.Single(page.FindAll("tbody tr")));
        Assert.Contains("Alliantiedag", page.Find("tbody tr").Text());
    }

    [Fact]
    public void EventList_NoEvents_SaysSo()
    {
        SignInAs("Olga Bakker", Policies.Organise);

        Render<MudPopoverProvider>();
        var page = Render<EventList>();

        page.WaitForAssertion(() => Assert.Contains("There are no events yet.", page.Markup));
    }
}
