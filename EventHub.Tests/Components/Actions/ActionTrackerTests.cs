using Bunit;
using EventHub.App.Components.Pages.Actions;
using EventHub.App.Hosting;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using MudBlazor;
using MudBlazor.Extensions;

namespace EventHub.Tests.Components.Actions;

/// <summary>The action tracker's event filter names each event with its days.</summary>
public class ActionTrackerTests : ComponentTestBase
{
    [Fact]
    public async Task EventFilter_OffersATwoDayEventWithBothItsDays()
    {
        var start = new DateTime(2026, 10, 6, 7, 0, 0, DateTimeKind.Utc); // Tuesday 09:00 to Wednesday 17:00 in Amsterdam
        var conference = new Event("Alliantieconferentie", start, start.AddHours(32));
        conference.HoldAt(null, "https://meet.example.org/conferentie");
        var table = conference.AddSession("Tafel", SessionKind.RoundTable, start, start.AddHours(1));
        await AddEventsAsync(conference);
        var build = new ActionItems(DbFactory, Time.GetUtcNow().UtcDateTime);
        var (school, _) = await build.PartnerAsync("Basisschool De Regenboog");
        await build.AddAsync(table, "Stageplekken inventariseren", school, null, new DateOnly(2026, 12, 31));
        SignInAs("Olga Organiser", Policies.Organise, Policies.Facilitate);
        var popovers = Render<MudPopoverProvider>();
        var page = Render<ActionTracker>();

        page.WaitForElement("#action-filter-event");
        var filter = page.FindComponents<MudSelect<int?>>().Single(s => s.Instance.GetState(x => x.InputId) == "action-filter-event");
        await page.InvokeAsync(() => filter.Instance.OpenMenu());

        popovers.WaitForAssertion(() => Assert.Contains(
            "Alliantieconferentie · Tuesday 6 – Wednesday 7 October 2026", popovers.Find(".mud-popover-open .mud-list-item").TextContent));
    }
}
