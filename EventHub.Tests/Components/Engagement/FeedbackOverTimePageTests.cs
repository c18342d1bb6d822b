using Bunit;
using EventHub.App.Components.Pages.Engagement.Feedback;
using EventHub.App.Hosting;
using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Components.Engagement;

/// <summary>The feedback results over time name each event with its days.</summary>
public class FeedbackOverTimePageTests : ComponentTestBase
{
    [Fact]
    public async Task ATwoDayEvent_IsListedWithBothItsDays()
    {
        var world = new FeedbackWorld(Services);
        var conference = await world.EventAsync("Alliantieconferentie");
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            // Tuesday 24 November 2026 09:00 to Wednesday 25 November 17:00 in Amsterdam.
            var tracked = await db.Events.SingleAsync(e => e.Id == conference.Id);
            tracked.Reschedule(new DateTime(2026, 11, 24, 8, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 25, 16, 0, 0, DateTimeKind.Utc), tracked.TimeZoneId);
            await db.SaveChangesAsync();
        }

        await world.GuestsAsync(conference, Sector.Education, 3);
        Assert.Equal(3, await world.SendSurveysAsync());
        SignInAs("Olga Organiser", Policies.Organise);

        var page = Render<FeedbackOverTimePage>();

        page.WaitForAssertion(() => Assert.Contains("Tuesday 24 – Wednesday 25 November 2026", page.Find("#feedback-per-event").TextContent));
    }

    [Fact]
    public async Task TheTotalOverTheEvents_IsCalledTheGroupsShown_ForItLeavesOutTheGroupsHiddenAtTheirEvent()
    {
        var world = new FeedbackWorld(Services);
        var evening = await world.EventAsync("Dialoogavond");
        var government = await world.GuestsAsync(evening, Sector.Government, 1);
        var education = await world.GuestsAsync(evening, Sector.Education, 5);
        var business = await world.GuestsAsync(evening, Sector.Business, 6);
        Assert.Equal(12, await world.SendSurveysAsync());
        await world.AnswerAsync([.. government, .. education, .. business], heard: 4);
        SignInAs("Olga Organiser", Policies.Organise);

        var page = Render<FeedbackOverTimePage>();

        // The evening's own results count its 12 respondents (its one Government answer hidden, and Education beside it);
        // over the events only the groups shown add up: Business's 6.
        page.WaitForAssertion(() => Assert.Contains("12", page.Find("#feedback-per-event tbody tr").TextContent));
        var total = page.FindAll("#feedback-over-time-by-sector tbody tr").Last();
        Assert.Equal("All groups shown", total.Children[0].TextContent.Trim());
        Assert.Equal("6", total.Children[1].TextContent.Trim());
    }
}
