using Bunit;
using EventHub.App.Components.Pages.Events.Dashboard;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Components.Events;

/// <summary>The organiser reads an event's dashboard as tables: the funnel by sector and sub-sector, the balance at every stage, declines and answers per day.</summary>
public class EventDashboardPageTests : ComponentTestBase
{
    [Fact]
    public async Task Dashboard_ShowsTheFunnelBySectorAndSubSector_WithRates_AndNoShowsOnlyOnceStarted()
    {
        var world = await EventDashboardWorld.CreateAsync(DbFactory);

        var page = Render<EventDashboardPage>(p => p.Add(x => x.Id, world.EventId));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#funnel-by-sector")));
        Assert.Equal(["Sector", "Invited", "Answered", "Accepted", "Attended", "Answer rate", "Accepted of answers"],
            page.FindAll("#funnel-by-sector thead th").Select(th => th.TextContent));
        Assert.Equal(
        [
            "Government 3 3 2 1 100% 67%",
            "Education 2 1 1 3 50% 100%",
            "Business 2 2 0 0 100% 0%",
            "Civil society 1 1 0 0 100% 0%",
            "No organisation 1 1 0 0 100% 0%",
        ], Lines(page, "#funnel-by-sector tbody tr"));
        Assert.Equal(["All 9 8 3 4 89% 38%"], Lines(page, "#funnel-by-sector tfoot tr"));
        Assert.Equal(
        [
            "Government · Municipality 2 2 2 1 100% 100%",
            "Government · Province 1 1 0 0 100% 0%",
            "Education · Primary education 2 1 1 3 50% 100%",
            "Business, no sub-sector 2 2 0 0 100% 0%",
            "Civil society · Foundation or NGO 1 1 0 0 100% 0%",
        ], Lines(page, "#funnel-by-sub-sector tbody tr"));
        Assert.Equal("NotStarted", page.Find("#dashboard-stage").GetAttribute("data-stage"));
        Assert.Equal("No-shows are counted once the event has started.", page.Find("#dashboard-stage").TextContent);
        Assert.DoesNotContain("No-shows", page.Find("#dashboard-summary .eh-stat-row").TextContent);
        Assert.Contains("Balanced", page.Find("#balance-invited").TextContent);
        Assert.Contains("No one from: Business, Civil society. Government is more than 50% of those coming.", page.Find("#balance-accepted").TextContent);
        Assert.Contains("No one from: Business, Civil society. Education is more than 50% of the people in the room.", page.Find("#balance-attended").TextContent);
        Assert.Equal(["Government 1 0", "Business 0 1", "Civil society 0 0"],
            Lines(page, "#declines tbody tr").Select(l => l[..l.LastIndexOf(' ')]).ToList()); // the last column is "no reason given"
        Assert.Equal(["20 Nov 1 0 0", "21 Nov 1 0 1", "22 Nov 0 0 0", "23 Nov 2 1 2"], Lines(page, "#answers-per-day tbody tr"));
        Assert.Equal(["Invited 3 2", "Accepted 1 1", "Attended 1 1"], Lines(page, "#organisations tbody tr"));
        Assert.Equal($"events/{world.EventId}/feedback", page.Find("#dashboard-feedback-link").GetAttribute("href"));

        Time.SetUtcNow(EventDashboardWorld.Start.AddHours(1));
        var running = Render<EventDashboardPage>(p => p.Add(x => x.Id, world.EventId));
        running.WaitForAssertion(() => Assert.Equal("Running", running.Find("#dashboard-stage").GetAttribute("data-stage")));
        // An hour in, those who accepted and are not in yet may still come: not called no-shows until the event has ended.
        Assert.Contains("Not arrived yet", running.Find("#dashboard-summary .eh-stat-row").TextContent);
        Assert.DoesNotContain("No-shows", running.Find("#dashboard-summary .eh-stat-row").TextContent);
        Assert.Equal("All 9 8 3 4 89% 38% 67% 1", Lines(running, "#funnel-by-sector tfoot tr").Single());
        Assert.Contains("Not arrived yet", running.Find("#funnel-by-sector thead").TextContent); // the tables say it as the card does
        Assert.DoesNotContain("No-shows", running.Find("#funnel-by-sub-sector").TextContent);
    }

    [Fact]
    public async Task TheWaitingListCard_AlsoCountsThoseComingWhoWaitForAFullWorkshop()
    {
        var world = await EventDashboardWorld.CreateAsync(DbFactory);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var @event = await db.Events.Include(e => e.Sessions).SingleAsync(e => e.Id == world.EventId);
            var workshop = @event.AddSession("Werkplaats", SessionKind.Workshop, @event.StartUtc, @event.StartUtc.AddHours(1), capacity: 1);
            var coming = await db.Invitations.Include(i => i.Choices)
                .Where(i => i.EventId == world.EventId && i.Status == InvitationStatus.Accepted).Take(2).ToListAsync();
            coming[0].Choose(workshop, SessionChoiceStatus.Registered, EventDashboardWorld.Start.AddDays(-3));
            coming[1].Choose(workshop, SessionChoiceStatus.Waitlisted, EventDashboardWorld.Start.AddDays(-2));
            await db.SaveChangesAsync();
        }

        var page = Render<EventDashboardPage>(p => p.Add(x => x.Id, world.EventId));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#dashboard-summary")));
        var waiting = page.FindAll("#dashboard-summary .eh-stat").Single(card => card.QuerySelector(".eh-stat-label")!.TextContent == "Waiting list");
        Assert.Equal(("1", "and 1 for sessions"), // one waits for a seat at the event, one coming waits for the workshop
            (waiting.QuerySelector(".eh-stat-value")!.TextContent, waiting.QuerySelector(".eh-stat-detail")!.TextContent));
    }

    [Fact]
    public async Task ATwoDayConference_IsHeadedWithBothDays()
    {
        var conference = new Event("Tweedaagse conferentie", SampleEvents.Amsterdam(2027, 2, 23, 9), SampleEvents.Amsterdam(2027, 2, 24, 17));
        await AddEventsAsync(conference);

        var page = Render<EventDashboardPage>(p => p.Add(x => x.Id, conference.Id));

        page.WaitForAssertion(() => Assert.Contains("Tweedaagse conferentie · Tuesday 23 – Wednesday 24 February 2027", page.Markup));
    }

    [Fact]
    public async Task WithSectorTargets_TheBalanceIsMeasuredAgainstThem_AndABalancedListSaysSo()
    {
        var world = await EventDashboardWorld.CreateAsync(DbFactory);
        var targets = Services.GetRequiredService<SectorTargetService>();
        Assert.True((await targets.SaveAsync(Staff.Admin, [new SectorTargetInput(Sector.Government, 20, 40)])).Succeeded);

        var page = Render<EventDashboardPage>(p => p.Add(x => x.Id, world.EventId));

        // Government is 3 of the 9 invited (33%, inside 20-40%) and 2 of the 3 accepted (67%, above 40%).
        page.WaitForAssertion(() => Assert.Contains("within the sector targets", page.Find("#balance-invited").TextContent));
        Assert.Contains("Above its target share: Government.", page.Find("#balance-accepted").TextContent);
    }

    [Fact]
    public async Task ADraftWithoutInvitations_SaysSo_InDutch_AndLeadsToTheInvitationsPage()
    {
        UseCulture("nl");
        await AddEventsAsync(new Event("Lege schets", EventDashboardWorld.Start, EventDashboardWorld.Start.AddHours(2)));
        await using var db = await DbFactory.CreateDbContextAsync();
        var id = db.Events.Single(e => e.Title == "Lege schets").Id;

        var page = Render<EventDashboardPage>(p => p.Add(x => x.Id, id));

        page.WaitForAssertion(() => Assert.Contains("Nog geen uitnodigingen verstuurd", page.Markup));
        Assert.Equal($"events/{id}/invitations", page.Find("#dashboard-empty-invitations").GetAttribute("href"));
        Assert.Empty(page.FindAll("#funnel-by-sector"));
    }

    [Fact]
    public async Task ADutchOrganiser_DownloadsTheFiguresAsFilesNamedInDutch()
    {
        UseCulture("nl");
        var world = await EventDashboardWorld.CreateAsync(DbFactory);
        var page = Render<EventDashboardPage>(p => p.Add(x => x.Id, world.EventId));
        page.WaitForElement("#funnel-chart-csv");

        await page.Find("#funnel-chart-csv").ClickAsync(new());
        await page.Find("#answers-per-day-csv").ClickAsync(new());

        Assert.Equal(["trechter-per-sector.csv", "antwoorden-per-dag.csv"],
            JSInterop.Invocations["eventHub.downloadFile"].Select(call => call.Arguments[0]));
        // The chart says "20 nov"; a spreadsheet gets a date it can sort and count with, year and all.
        var perDay = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String((string)JSInterop.Invocations["eventHub.downloadFile"][1].Arguments[2]!));
        Assert.Contains("\n2026-11-20;1;0;0", perDay.ReplaceLineEndings("\n"));
    }

    private static List<string> Lines(IRenderedComponent<EventDashboardPage> page, string selector) =>
        page.FindAll(selector).Select(tr => string.Join(' ', tr.Children.Select(c => c.TextContent.Trim()))).ToList();
}
