using Bunit;
using EventHub.App.Components.Pages.Directory.Engagement;
using EventHub.Tests.Core.Engagement;
using EventHub.Tests.Support;

namespace EventHub.Tests.Components.Directory;

/// <summary>
/// The engagement timeline on an organisation's and a person's page: the summary on top, one page of sentences with
/// links, a filter by kind and pages (the world of <see cref="EngagementWorld"/>: 20 entries for Buurthuis De Linde).
/// </summary>
public class TimelinePanelTests : ComponentTestBase
{
    [Fact]
    public async Task OrganisationTimeline_ShowsTheSummaryAndTheFirstPage_AndTheNextPageOnRequest()
    {
        var world = await EngagementWorld.CreateAsync(DbFactory);

        var cut = Render<TimelinePanel>(p => p.Add(x => x.OrganisationId, world.Linde));

        cut.WaitForAssertion(() => Assert.Equal(TimelinePanel.PageSize, cut.FindAll(".eh-timeline li").Count));
        Assert.Equal("Invited to 5 events, came to 3, owns 2 open action items, 1 overdue, last seen 1 Oct 2026", cut.Find("#timeline-summary").TextContent);
        Assert.Contains("Bram Kok was invited to Winter meeting", cut.FindAll(".eh-timeline li")[0].TextContent);
        Assert.Equal("events/" + world.SpringMeeting, cut.FindAll(".eh-timeline li a").Select(a => a.GetAttribute("href")).Last(h => h!.StartsWith("events/")));
        Assert.Contains(cut.FindAll(".eh-timeline li"), li => li.TextContent.Contains("Anna Visser declined Summer meeting — the date does not suit: “On holiday”"));
        Assert.Contains(cut.FindAll(".eh-timeline li"), li => li.TextContent.Contains("Share the neighbourhood map") && li.TextContent.Contains("Overdue"));

        cut.FindAll("#timeline-pages button").Single(b => b.TextContent.Trim() == "2").Click();

        cut.WaitForAssertion(() => Assert.Equal(20 - TimelinePanel.PageSize, cut.FindAll(".eh-timeline li").Count));
        Assert.Contains("Buurthuis De Linde was added to the directory", cut.FindAll(".eh-timeline li")[^1].TextContent);
    }

    [Fact]
    public async Task OrganisationTimeline_FilteredToAttendance_ListsCheckInsAndWalkInsOnly()
    {
        var world = await EngagementWorld.CreateAsync(DbFactory);
        var cut = Render<TimelinePanel>(p => p.Add(x => x.OrganisationId, world.Linde));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".eh-timeline li")));

        cut.Find("#timeline-filter-attendance").Click();

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll(".eh-timeline li").Count));
        Assert.Equal("true", cut.Find("#timeline-filter-attendance").GetAttribute("aria-pressed"));
        Assert.Equal(["WalkedIn", "CheckedIn", "CheckedIn"], cut.FindAll(".eh-timeline li").Select(li => li.GetAttribute("data-kind")));
        Assert.Empty(cut.FindAll("#timeline-pages"));
    }

    [Fact]
    public async Task PersonTimeline_NamesTheOrganisationTheyJoined_AndHasNoDecisionsFilter()
    {
        var world = await EngagementWorld.CreateAsync(DbFactory);

        var cut = Render<TimelinePanel>(p => p.Add(x => x.ContactId, world.Bram));

        cut.WaitForAssertion(() => Assert.Equal(10, cut.FindAll(".eh-timeline li").Count));
        Assert.Equal("Invited to 3 events, came to 2, owns 1 open action item, last seen 1 Oct 2026", cut.Find("#timeline-summary").TextContent);
        Assert.Contains("Became a contact of Buurthuis De Linde", cut.FindAll(".eh-timeline li")[^1].TextContent);
        Assert.Empty(cut.FindAll("#timeline-filter-decisions"));
    }
}
