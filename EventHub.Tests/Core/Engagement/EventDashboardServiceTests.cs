using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventHub.Tests.Core.Engagement;

/// <summary>Every figure of the event dashboard, on <see cref="EventDashboardWorld"/>, counted by hand.</summary>
public class EventDashboardServiceTests
{
    [Fact]
    public async Task Funnel_CountsInvitedAnsweredAcceptedAttended_WithRates_AsTheDoorCounts()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = await EventDashboardWorld.CreateAsync(database);

        var dashboard = await Dashboard(database).ForAsync(world.EventId);

        // Nine sent (not the listed one, the cancelled one or the walk-in); eight answered; three hold a seat; two of them
        // came; four in the room with the admitted guest and the walk-in.
        Assert.Equal(new FunnelRow(null, null, Invited: 9, Answered: 8, Accepted: 3, Arrived: 2, Attended: 4), dashboard!.Total);
        Assert.Equal(8 / 9.0, dashboard.Total.AnswerRate);
        Assert.Equal(3 / 8.0, dashboard.Total.AcceptRate);
        Assert.Equal(2 / 3.0, dashboard.Total.TurnoutRate);
        Assert.Equal(1, dashboard.Total.NoShows);
        Assert.Equal(1, dashboard.Waitlisted);
        Assert.Equal((2, 3, 1, 1, 4), (dashboard.Arrivals.Arrived, dashboard.Arrivals.Expected, dashboard.Arrivals.Admitted, dashboard.Arrivals.WalkIns, dashboard.Arrivals.InTheRoom));
        var door = await database.Services.GetRequiredService<EventHub.Core.Door.CheckInService>().CountsAsync(world.EventId);
        Assert.Equal(door, dashboard.Arrivals with { BySector = door.BySector });
        Assert.Equal(door.BySector, dashboard.Arrivals.BySector);
    }

    [Fact]
    public async Task Funnel_BySectorAndSubSector_ListsEverySectorAndTheSubSectorsPresent()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = await EventDashboardWorld.CreateAsync(database);

        var dashboard = (await Dashboard(database).ForAsync(world.EventId))!;

        Assert.Equal(
        [
            new FunnelRow(Sector.Government, null, 3, 3, 2, 1, 1),
            new FunnelRow(Sector.Education, null, 2, 1, 1, 1, 3),
            new FunnelRow(Sector.Business, null, 2, 2, 0, 0, 0),
            new FunnelRow(Sector.CivilSociety, null, 1, 1, 0, 0, 0),
            new FunnelRow(null, null, 1, 1, 0, 0, 0),
        ], dashboard.BySector);
        Assert.Equal(
        [
            new FunnelRow(Sector.Government, SubSector.Municipality, 2, 2, 2, 1, 1),
            new FunnelRow(Sector.Government, SubSector.Province, 1, 1, 0, 0, 0),
            new FunnelRow(Sector.Education, SubSector.Primary, 2, 1, 1, 1, 3),
            new FunnelRow(Sector.Business, null, 2, 2, 0, 0, 0),
            new FunnelRow(Sector.CivilSociety, SubSector.Foundation, 1, 1, 0, 0, 0),
        ], dashboard.BySubSector);
        Assert.Equal(1, dashboard.BySector[0].NoShows); // the municipality's second guest did not come
        Assert.Null(dashboard.BySector[2].TurnoutRate); // nobody of business accepted
    }

    [Fact]
    public async Task DeclineReasons_AreCountedPerSector_WithNoReasonLast()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = await EventDashboardWorld.CreateAsync(database);

        var dashboard = (await Dashboard(database).ForAsync(world.EventId))!;

        Assert.Equal(
        [
            new DeclineCount(Sector.Government, DeclineReason.Date, 1),
            new DeclineCount(Sector.Business, DeclineReason.NotRelevant, 1),
            new DeclineCount(Sector.CivilSociety, null, 1),
        ], dashboard.Declines);
    }

    [Fact]
    public async Task AnswersPerDay_FallOnTheEventsLocalDay_WithQuietDaysAsZero()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = await EventDashboardWorld.CreateAsync(database);

        var dashboard = (await Dashboard(database).ForAsync(world.EventId))!;

        Assert.Equal(
        [
            new AnswerDay(new DateOnly(2026, 11, 20), Yes: 1, Maybe: 0, No: 0),
            new AnswerDay(new DateOnly(2026, 11, 21), Yes: 1, Maybe: 0, No: 1), // 23:30 UTC is past midnight in Amsterdam
            new AnswerDay(new DateOnly(2026, 11, 22), 0, 0, 0),
            new AnswerDay(new DateOnly(2026, 11, 23), Yes: 2, Maybe: 1, No: 2),
        ], dashboard.AnswersPerDay);
        Assert.Equal(new DateOnly(2026, 12, 5), dashboard.DeadlineDay);
    }

    [Fact]
    public async Task Organisations_AreReturning_OnlyWhenTheyAcceptedOrCameToAnEarlierEventThatTookPlace()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = await EventDashboardWorld.CreateAsync(database);

        var dashboard = (await Dashboard(database).ForAsync(world.EventId))!;

        // Invited: municipality (accepted earlier) and business (walked in earlier) return; province (only at a cancelled
        // event), school (declined earlier) and foundation (only at a later event) are new.
        Assert.Equal(new OrganisationStages(Invited: new(New: 3, Returning: 2), Accepted: new(1, 1), Attended: new(1, 1)), dashboard.Organisations);
    }

    [Fact]
    public async Task SectorBalance_IsWarnedAtTheAcceptedAndAttendedStages_NotOnABalancedInviteList()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = await EventDashboardWorld.CreateAsync(database);

        var balance = (await Dashboard(database).ForAsync(world.EventId))!.Balance;

        Assert.Null(balance.Invited); // every sector invited, government 3 of 9
        Assert.Equal([Sector.Business, Sector.CivilSociety], balance.Accepted!.Missing);
        Assert.Equal([Sector.Government], balance.Accepted.Dominant); // 2 of 3
        Assert.Equal([Sector.Business, Sector.CivilSociety], balance.Attended!.Missing);
        Assert.Equal([Sector.Education], balance.Attended.Dominant); // 3 of 4
    }

    [Fact]
    public async Task SectorBalance_UsesTheAdminsSectorTargets_AsTheAllianceDashboardDoes()
    {
        await using var database = await TestDatabase.CreateAsync();
        var targets = database.Services.GetRequiredService<SectorTargetService>();
        Assert.True((await targets.SaveAsync(Staff.Admin, [new SectorTargetInput(Sector.Business, 20, 40)])).Succeeded);
        var world = new FeedbackWorld(database.Services);
        var @event = await world.EventAsync("Balans avond");
        await world.GuestsAsync(@event, Sector.Government, 4);
        await world.GuestsAsync(@event, Sector.Education, 4);
        await world.GuestsAsync(@event, Sector.CivilSociety, 4);
        await world.GuestsAsync(@event, Sector.Business, 1); // 1 of 13: below the 20% minimum, though no sector dominates

        var dashboard = (await Dashboard(database).ForAsync(@event.Id))!;
        var alliance = await database.Services.GetRequiredService<AllianceDashboardService>().ForAsync(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

        Assert.Equal([Sector.Business], dashboard.Balance.Accepted!.Below);
        Assert.Equal([Sector.Business], dashboard.Balance.Attended!.Below);
        Assert.Equal(alliance.EventsOutside.Single(e => e.EventId == @event.Id).AtAccepted!.Below, dashboard.Balance.Accepted.Below);
    }

    [Fact]
    public async Task Stage_IsNotStartedBefore_RunningDuring_AndEndedAfterOrOnceClosed()
    {
        await using var database = await TestDatabase.CreateAsync();
        var world = await EventDashboardWorld.CreateAsync(database);
        var service = Dashboard(database);

        var before = (await service.ForAsync(world.EventId))!.Stage;
        database.Time.SetUtcNow(EventDashboardWorld.Start.AddHours(1));
        var during = (await service.ForAsync(world.EventId))!.Stage;
        await using (var db = await database.NewContextAsync())
        {
            Assert.True((await db.Events.SingleAsync(e => e.Id == world.EventId)).Close().Succeeded);
            await db.SaveChangesAsync();
        }

        var closed = (await service.ForAsync(world.EventId))!.Stage;

        Assert.Equal((AttendanceStage.NotStarted, AttendanceStage.Running, AttendanceStage.Ended), (before, during, closed));
    }

    [Fact]
    public async Task ADraftWithoutInvitations_IsEmpty_AndAnUnknownEventIsNull()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var db = await database.NewContextAsync())
        {
            db.Events.Add(new Event("Empty draft", EventDashboardWorld.Start, EventDashboardWorld.Start.AddHours(2)));
            await db.SaveChangesAsync();
        }

        var id = await (await database.NewContextAsync()).Events.Where(e => e.Title == "Empty draft").Select(e => e.Id).SingleAsync();
        var dashboard = (await Dashboard(database).ForAsync(id))!;

        Assert.True(dashboard.IsEmpty);
        Assert.Equal((EventStatus.Draft, 0, 4), (dashboard.Status, dashboard.Total.Invited, dashboard.BySector.Count));
        Assert.Empty(dashboard.AnswersPerDay);
        Assert.Empty(dashboard.Declines);
        Assert.Equal(new BalanceWarnings(null, null, null), dashboard.Balance);
        Assert.Null(await Dashboard(database).ForAsync(id + 1000));
    }

    [Fact]
    public async Task TheDashboard_RunsAFixedHandfulOfAggregateQueries_WhateverTheNumberOfInvitations()
    {
        var log = new RecordingLoggerProvider();
        await using var database = await TestDatabase.CreateAsync(services => services.AddLogging(b => b.AddProvider(log)));
        var world = await EventDashboardWorld.CreateAsync(database);
        List<string> Commands() => log.Entries
            .Where(e => e.Category == DbLoggerCategory.Database.Command.Name && e.Message.StartsWith("Executed DbCommand", StringComparison.Ordinal))
            .Select(e => e.Message).ToList();

        var before = Commands().Count;
        await Dashboard(database).ForAsync(world.EventId);
        var sql = Commands().Skip(before).ToList();

        // The event, the grouped invitations, the answers per hour, the organisations, the session fill, the sector targets.
        Assert.Equal(6, sql.Count);
        Assert.All(sql.Skip(1).Take(3), command => Assert.Contains("GROUP BY", command));
    }

    private static EventDashboardService Dashboard(TestDatabase database) => database.Services.GetRequiredService<EventDashboardService>();
}
