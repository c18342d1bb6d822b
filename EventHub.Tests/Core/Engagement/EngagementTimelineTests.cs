using EventHub.Core.Actions;
using EventHub.Core.Engagement;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Engagement;

/// <summary>
/// The engagement timeline of an organisation and of a person: every kind of history, newest first, paged and filtered
/// in the database, with a one-line summary. The dataset is <see cref="EngagementWorld"/> (counted there by hand).
/// </summary>
public class EngagementTimelineTests
{
    private static readonly TimelineQuery Everything = new(PageSize: 100);

    [Fact]
    public async Task OrganisationTimeline_ListsEveryKindNewestFirst_AndNothingOfOtherPartners()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = await EngagementWorld.CreateAsync(database);

        var timeline = await Timeline(database).ForOrganisationAsync(world.Linde, Everything);

        Assert.Equal(20, timeline.TotalCount);
        Assert.Equal(
        [
            TimelineKind.Invited, TimelineKind.ColleagueSent, TimelineKind.Invited, TimelineKind.WalkedIn,
            TimelineKind.ActionItemProgress, TimelineKind.ActionItemOwned, TimelineKind.CheckedIn,
            TimelineKind.Invited, TimelineKind.DelegateNamed, TimelineKind.Invited,
            TimelineKind.Answered, TimelineKind.Invited,
            TimelineKind.DecisionNamed, TimelineKind.ActionItemOwned, TimelineKind.CheckedIn, TimelineKind.Answered, TimelineKind.Invited,
            TimelineKind.ContactJoined, TimelineKind.ContactJoined, TimelineKind.OrganisationAdded,
        ], timeline.Items.Select(e => e.Kind));
        Assert.Equal(timeline.Items.OrderByDescending(e => e.AtUtc).Select(e => e.AtUtc), timeline.Items.Select(e => e.AtUtc));
        Assert.DoesNotContain(timeline.Items, e => e.ContactName == "Olga Smit");
    }

    [Fact]
    public async Task OrganisationTimeline_CarriesTheDetailsAScreenShows_DeclineReasonDelegateAndActionProgress()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = await EngagementWorld.CreateAsync(database);

        var items = (await Timeline(database).ForOrganisationAsync(world.Linde, Everything)).Items;

        var declined = Assert.Single(items, e => e.Answer == InvitationStatus.Declined);
        Assert.Equal(("Anna Visser", "Summer meeting", DeclineReason.Date, "On holiday"), (declined.ContactName, declined.EventTitle, declined.DeclineReason, declined.Text));
        var delegated = Assert.Single(items, e => e.Kind == TimelineKind.DelegateNamed);
        Assert.Equal(("Bram Kok", "Autumn meeting"), (delegated.ContactName, delegated.EventTitle));
        var today = new DateOnly(2026, 11, 29);
        var owned = items.Where(e => e.Kind == TimelineKind.ActionItemOwned).ToList();
        Assert.Equal([("Host the next meeting", ActionItemStatus.Open, false), ("Share the neighbourhood map", ActionItemStatus.Open, true)],
            owned.Select(e => (e.Text, e.ActionStatus!.Value == ActionItemStatus.InProgress ? ActionItemStatus.Open : e.ActionStatus.Value, e.IsOverdue(today))));
        Assert.Equal(ActionItemStatus.InProgress, Assert.Single(items, e => e.Kind == TimelineKind.ActionItemProgress).ActionStatus);
        Assert.All(owned, e => Assert.NotNull(e.ActionItemId));
    }

    [Fact]
    public async Task OrganisationTimeline_ShowsADecision_OnlyWhereTheOrganisationAgreedToBeNamed()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = await EngagementWorld.CreateAsync(database);

        var decisions = await Timeline(database).ForOrganisationAsync(world.Linde, new TimelineQuery(Group: TimelineGroup.Decisions));
        var otherDecisions = await Timeline(database).ForOrganisationAsync(world.Other, new TimelineQuery(Group: TimelineGroup.Decisions));

        var decision = Assert.Single(decisions.Items);
        Assert.Equal(("De Linde hosts the summer meeting", world.SpringMeeting), (decision.Text, decision.EventId));
        Assert.Equal("Oost offers a room", Assert.Single(otherDecisions.Items).Text);
    }

    [Fact]
    public async Task OrganisationTimeline_PagesInTheDatabase_WithoutGapsOrRepeats()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = await EngagementWorld.CreateAsync(database);
        var timeline = Timeline(database);

        var all = (await timeline.ForOrganisationAsync(world.Linde, Everything)).Items;
        var pages = new List<TimelineEntry>();
        for (var page = 0; page < 3; page++)
        {
            var one = await timeline.ForOrganisationAsync(world.Linde, new TimelineQuery(page, PageSize: 8));
            Assert.Equal(20, one.TotalCount);
            pages.AddRange(one.Items);
        }

        Assert.Equal([8, 8, 4], pages.Chunk(8).Select(c => c.Length));
        Assert.Equal(all.Select(e => (e.Kind, e.SourceId)), pages.Select(e => (e.Kind, e.SourceId)));
    }

    [Theory]
    [InlineData(TimelineGroup.Invitations, 8)]
    [InlineData(TimelineGroup.Attendance, 3)]
    [InlineData(TimelineGroup.Delegates, 2)]
    [InlineData(TimelineGroup.Actions, 3)]
    [InlineData(TimelineGroup.Decisions, 1)]
    [InlineData(TimelineGroup.Directory, 3)]
    public async Task OrganisationTimeline_FilteredByAGroup_HoldsOnlyThoseKinds(TimelineGroup group, int expected)
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = await EngagementWorld.CreateAsync(database);

        var filtered = await Timeline(database).ForOrganisationAsync(world.Linde, new TimelineQuery(PageSize: 100, Group: group));

        Assert.Equal(expected, filtered.TotalCount);
        Assert.All(filtered.Items, e => Assert.Equal(group, TimelineEntry.GroupOf(e.Kind)));
    }

    [Fact]
    public async Task OrganisationSummary_CountsDistinctEventsInvitedAndAttended_AndOpenAndOverdueActionItems()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = await EngagementWorld.CreateAsync(database);

        var summary = await Timeline(database).SummaryForOrganisationAsync(world.Linde);

        // Invited: spring, summer, autumn, winter, and the open day Bram walked in to; came: spring, autumn, open day.
        Assert.Equal((5, 3, 2, 1), (summary.InvitedTo, summary.CameTo, summary.OpenActionItems, summary.OverdueActionItems));
        Assert.Equal(new DateTime(2026, 10, 1, 10, 0, 0, DateTimeKind.Utc), summary.LastSeenUtc);
    }

    [Fact]
    public async Task ContactTimeline_HoldsOnlyThePersonsOwnHistory_WithTheirSummary()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = await EngagementWorld.CreateAsync(database);
        var timeline = Timeline(database);

        var bram = await timeline.ForContactAsync(world.Bram, Everything);
        var summary = await timeline.SummaryForContactAsync(world.Bram);

        Assert.Equal(
        [
            TimelineKind.Invited, TimelineKind.ColleagueSent, TimelineKind.WalkedIn, TimelineKind.ActionItemProgress,
            TimelineKind.ActionItemOwned, TimelineKind.CheckedIn, TimelineKind.Invited, TimelineKind.DelegateNamed,
            TimelineKind.ContactAdded, TimelineKind.ContactJoined,
        ], bram.Items.Select(e => e.Kind));
        Assert.Equal("Buurthuis De Linde", bram.Items.Single(e => e.Kind == TimelineKind.ContactJoined).OrganisationName);
        Assert.Equal((3, 2, 1, 0), (summary.InvitedTo, summary.CameTo, summary.OpenActionItems, summary.OverdueActionItems));
    }

    [Fact]
    public async Task Summary_OfAnUnknownOrganisation_IsAllZero()
    {
        await using var database = await TestDatabase.CreateAsync();

        var summary = await Timeline(database).SummaryForOrganisationAsync(999_999);

        Assert.Equal(new EngagementSummary(0, 0, 0, 0, null), summary);
    }

    private static EngagementTimeline Timeline(TestDatabase database) => database.Services.GetRequiredService<EngagementTimeline>();
}
