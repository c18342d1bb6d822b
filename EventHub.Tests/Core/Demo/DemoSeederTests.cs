using EventHub.Core.Door;
using EventHub.Core.Accounts;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Demo;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Directory;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Demo;

public class DemoSeederTests
{
    [Fact]
    public async Task SeedIfEmpty_EmptyDatabase_FillsADirectoryAcrossEverySectorAndSubSector()
    {
        await using var database = await SeededAsync();

        await using var db = await database.NewContextAsync();
        var organisations = await db.Organisations.Include(o => o.Tags).ToListAsync();
        Assert.Equal(40, organisations.Count);
        Assert.True(organisations.Count(o => o.Tags.Count > 0) >= 10, "demo organisations carry tags to filter on");
        Assert.All(organisations, o => Assert.NotNull(o.Neighbourhood));
        Assert.Equal(Enum.GetValues<SubSector>().ToHashSet(), organisations.Select(o => o.SubSector!.Value).ToHashSet());
        Assert.All(organisations, o => Assert.Equal(SectorTaxonomy.SectorOf(o.SubSector!.Value), o.Sector));
        var contacts = await db.Contacts.ToListAsync();
        Assert.Equal(150, contacts.Count);
        Assert.Equal(150, contacts.Select(c => c.NormalizedEmail).Distinct().Count());
        Assert.Contains(contacts, c => c.OrganisationId is null);
        // One membership each, and the old one of the partner who moved to a school since last month (DemoMove).
        Assert.Equal(contacts.Count(c => c.OrganisationId is not null) + 1, await db.ContactAffiliations.CountAsync());
        Assert.Single(await db.ContactAffiliations.Where(a => a.EndedAtUtc != null).ToListAsync());
    }

    [Fact]
    public async Task SeedIfEmpty_EmptyDatabase_PlansLastMonthNextMonthAndADraft()
    {
        await using var database = await SeededAsync();
        var now = database.Time.GetUtcNow().UtcDateTime;

        await using var db = await database.NewContextAsync();
        // The year of history before them is archived (DemoHistory).
        var events = await db.Events.Include(e => e.Sessions).ThenInclude(s => s.Facilitators)
            .Include(e => e.Themes).Include(e => e.Venue).Where(e => e.Status != EventStatus.Archived).OrderBy(e => e.StartUtc).ToListAsync();
        Assert.Equal(3, events.Count);
        var (past, next, draft) = (events[0], events[1], events[2]);
        Assert.True(past.EndUtc < now && past.StartUtc > now.AddDays(-40));
        Assert.NotEmpty(past.Sessions);
        Assert.Equal(EventStatus.Closed, past.Status);
        Assert.Equal(EventStatus.Published, next.Status);
        Assert.InRange(next.StartUtc, now.AddDays(20), now.AddDays(40));
        Assert.Equal(4, next.Sessions.Count);
        Assert.Equal(2, next.Sessions.Select(s => s.RoomId).Distinct().Count());
        Assert.All(next.Sessions, s => Assert.InRange(s.StartUtc, next.StartUtc, next.EndUtc));
        Assert.Equal(EventStatus.Draft, draft.Status);
        Assert.Equal("organiser@eventhub.example", next.OrganiserEmail);
        Assert.NotEmpty(next.Themes);
        Assert.Contains(next.Sessions, s => s.Facilitators.Any(f => f.Email == "facilitator@eventhub.example"));
        Assert.True(next.Venue!.Accessibility.HasFlag(EventHub.Core.Events.AccessibilityFeatures.StepFreeAccess));
        Assert.NotNull(next.Slug);
        var invitations = await db.Invitations.Where(i => i.EventId == next.Id).ToListAsync();
        Assert.True(invitations.Count >= 20, "the upcoming event has invitations");
        Assert.Contains(invitations, i => i.Status == InvitationStatus.Accepted);
        Assert.Contains(invitations, i => i.Status == InvitationStatus.Declined);
        Assert.Contains(invitations, i => i.Status == InvitationStatus.Invited);
        Assert.Equal(invitations.Count(i => i.Status == InvitationStatus.Accepted), next.SeatsTaken);
        Assert.True(await db.OutboxMessages.CountAsync() >= invitations.Count);
    }

    [Fact]
    public async Task SeedIfEmpty_LastMonthsMeeting_WasAttended_WithMostOfThoseWhoAcceptedCheckedIn()
    {
        await using var database = await SeededAsync();

        await using var db = await database.NewContextAsync();
        var past = await db.Events.SingleAsync(e => e.Status == EventStatus.Closed);
        var invitations = await db.Invitations.Include(i => i.Contact).Where(i => i.EventId == past.Id).ToListAsync();
        var accepted = invitations.Where(i => i.Status == InvitationStatus.Accepted).ToList();
        var attended = invitations.Where(i => i.Attended).ToList();
        Assert.True(invitations.Count >= 30, "last month's partners were invited");
        Assert.Contains(invitations, i => i.Status == InvitationStatus.Declined);
        Assert.All(attended, i => Assert.Equal(InvitationStatus.Accepted, i.Status));
        Assert.InRange(attended.Count, accepted.Count * 6 / 10, accepted.Count - 1); // a realistic share, not everyone
        Assert.All(attended, i => Assert.InRange(i.CheckedInAtUtc!.Value, past.StartUtc.AddHours(-1), past.EndUtc));
        Assert.Equal(accepted.Count, past.SeatsTaken);
        var attendedEvents = await database.Services.GetRequiredService<CheckInService>().AttendedEventsAsync(exceptEventId: 0);
        Assert.Equal(attended.Count, attendedEvents[0].Attended); // the newest first; the year of history follows
        Assert.Equal(past.Id, attendedEvents[0].EventId);
    }

    [Fact]
    public async Task SeedIfEmpty_LastMonthsMeeting_HasFinalRecordsInDutch_AndAPublishedReport()
    {
        await using var database = await SeededAsync();

        await using var db = await database.NewContextAsync();
        var past = await db.Events.Include(e => e.Sessions).SingleAsync(e => e.Status == EventStatus.Closed);
        var outcomes = await db.SessionOutcomes.Include(o => o.Statements).ThenInclude(s => s.NamedOrganisations)
            .Include(o => o.Themes).Include(o => o.SectorMix).Where(o => o.Session.EventId == past.Id).ToListAsync();
        Assert.Equal(past.Sessions.Count, outcomes.Count);
        Assert.All(outcomes, o => Assert.Equal(OutcomeStatus.Final, o.Status));
        Assert.All(outcomes, o => Assert.NotEmpty(o.Insights));
        Assert.All(outcomes, o => Assert.NotNull(o.Notes));
        Assert.Contains(outcomes.SelectMany(o => o.Themes), t => t.Name == "SDG 4 Quality education");
        Assert.Contains(outcomes.SelectMany(o => o.Themes), t => t.Name == "SDG 10 Reduced inequalities");
        var named = Assert.Single(outcomes.SelectMany(o => o.Decisions), d => d.AgreedToBeNamed);
        Assert.Equal(2, named.NamedOrganisations.Count);
        Assert.All(outcomes.SelectMany(o => o.Statements).Where(s => !s.AgreedToBeNamed), s => Assert.Empty(s.NamedOrganisations));
        Assert.Equal(
            await db.Invitations.CountAsync(i => i.EventId == past.Id && i.CheckedInAtUtc != null && i.Contact.OrganisationId != null),
            outcomes.SelectMany(o => o.SectorMix).Sum(s => s.Count));

        var report = await database.Services.GetRequiredService<EventReportService>().PublicReportAsync(past.Slug!);

        Assert.NotNull(report);
        Assert.Contains("voorschool", report.SummaryMarkdown);
        Assert.True(report.PublishedAtUtc < database.Time.GetUtcNow().UtcDateTime);
        Assert.Contains(report.Sections, s => s.Decisions.Any(d => d.Organisations.Count == 2));
        Assert.NotEmpty(report.Sections.SelectMany(s => s.Actions));
        Assert.Equal(4, report.SectorMix.Count);
    }

    [Fact]
    public async Task SeedIfEmpty_LastMonthsActionItems_AreInEveryState_OneOverdue_WithHistory()
    {
        await using var database = await SeededAsync();

        await using var db = await database.NewContextAsync();
        var items = await db.ActionItems.Include(a => a.Updates).Include(a => a.OwnerContact).Include(a => a.Session).ThenInclude(s => s.Event)
            .ToListAsync();
        var today = ActionDates.Today(database.Time);
        var history = items.Where(a => a.Session.Event.Status == EventStatus.Archived).ToList();
        Assert.All(history, a => Assert.False(a.IsOpen)); // the year of history: long since done or dropped
        items = items.Except(history).ToList();
        Assert.All(items, a => Assert.Equal(EventStatus.Closed, a.Session.Event.Status));
        Assert.Equal(Enum.GetValues<ActionItemStatus>().ToHashSet(), items.Select(a => a.Status).ToHashSet());
        Assert.Single(items, a => a.IsOverdue(today));
        Assert.Contains(items, a => a.OwnerContact is null);
        Assert.All(items.Where(a => a.OwnerContact is not null), a => Assert.Equal(a.OwnerOrganisationId, a.OwnerContact!.OrganisationId));
        Assert.All(items.Where(a => a.Status == ActionItemStatus.InProgress), a => Assert.Contains(a.Updates, u => u.Note is not null));
        Assert.All(items.SelectMany(a => a.Updates), u => Assert.True(u.AtUtc < database.Time.GetUtcNow().UtcDateTime));
        var next = await db.Events.SingleAsync(e => e.Status == EventStatus.Published);
        Assert.Contains(items.SelectMany(a => a.Updates), u => u.Source == ActionUpdateSource.ReportBack && u.AtEventId == next.Id);

        var tracker = database.Services.GetRequiredService<ActionTrackerService>();
        Assert.Equal(1, (await tracker.CountsAsync(new ActionQuery())).Overdue);
        var reportBack = await database.Services.GetRequiredService<ReportBackService>().ForEventAsync(next.Id);
        Assert.Equal(items.Where(a => a.IsOpen).Select(a => a.Id).Order(), reportBack.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task SeedIfEmpty_AYearOfHistory_WithAnswersWalkInsAndPartnersNotSeenForAYear()
    {
        await using var database = await SeededAsync();
        var now = database.Time.GetUtcNow().UtcDateTime;

        await using var db = await database.NewContextAsync();
        var history = await db.Events.Where(e => e.Status == EventStatus.Archived).OrderBy(e => e.StartUtc).ToListAsync();
        Assert.Equal(DemoHistory.Meetings.Select(m => m.Title), history.Select(e => e.Title));
        Assert.InRange(history[0].StartUtc, now.AddMonths(-15), now.AddMonths(-13));
        var ids = history.Select(e => e.Id).ToList();
        var invitations = await db.Invitations.Where(i => ids.Contains(i.EventId)).ToListAsync();
        Assert.All(ids, id => Assert.Contains(invitations, i => i.EventId == id && i.IsWalkIn && i.Attended));
        Assert.All(ids, id => Assert.Contains(invitations, i => i.EventId == id && i.Status == InvitationStatus.Declined && i.DeclineReason != null));
        Assert.Empty(await db.EventReports.Where(r => ids.Contains(r.EventId)).ToListAsync());
        var lastSeen = await db.Invitations.Where(i => i.CheckedInAtUtc != null && i.Contact.OrganisationId != null)
            .GroupBy(i => i.Contact.OrganisationId).Select(g => g.Max(i => i.CheckedInAtUtc)).ToListAsync();
        Assert.Equal(DemoHistory.Lapsed, lastSeen.Count(seen => seen < now.AddMonths(-12)));
    }

    [Fact]
    public async Task SeedIfEmpty_DemoFacilitator_HasSessionsOfLastMonthAndNextMonth_WithThoseWhoRegisteredForThem()
    {
        await using var database = await SeededAsync();
        await using var db = await database.NewContextAsync();
        var facilitator = await db.Users.SingleAsync(u => u.Email == "facilitator@eventhub.example");

        var mine = await database.Services.GetRequiredService<OutcomeService>().MySessionsAsync(facilitator.Id);

        Assert.Contains(mine.Upcoming, s => s.EventTitle == DemoEvents.PublishedTitle && s.OutcomeStatus is null);
        var past = Assert.Single(mine.Past);
        Assert.Equal(DemoEvents.PastTitle, past.EventTitle);
        Assert.Equal(OutcomeStatus.Final, past.OutcomeStatus);
        // Their round tables have the people who registered for them: everyone who accepted last month's, some of next month's.
        var accepted = await db.Invitations.CountAsync(i => i.Event.Title == DemoEvents.PastTitle && i.Status == InvitationStatus.Accepted);
        Assert.Equal(accepted, past.Participants);
        Assert.InRange(mine.Upcoming.Single(s => s.EventTitle == DemoEvents.PublishedTitle && s.Kind == SessionKind.RoundTable).Participants, 1, 10);
    }

    [Fact]
    public async Task SeedIfEmpty_EmptyDatabase_CreatesOneAccountPerRole()
    {
        await using var database = await SeededAsync();

        await using var scope = database.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var role in Roles.All)
        {
            var holders = await users.GetUsersInRoleAsync(role);
            Assert.Single(holders);
            Assert.True(await users.CheckPasswordAsync(holders[0], DemoSeeder.DemoPassword));
        }
    }

    [Fact]
    public async Task SeedIfEmpty_SecondRun_ChangesNothing()
    {
        await using var database = await SeededAsync();

        Assert.False(await Seed(database));

        await using var db = await database.NewContextAsync();
        Assert.Equal(40, await db.Organisations.CountAsync());
        Assert.Equal(3 + DemoHistory.Meetings.Length, await db.Events.CountAsync());
        Assert.Equal(3 + DemoHistory.Meetings.Length, await db.SessionOutcomes.CountAsync());
        Assert.Equal(1, await db.EventReports.CountAsync());
        Assert.Equal(7 + (2 * DemoHistory.Meetings.Length), await db.ActionItems.CountAsync());
    }

    [Fact]
    public void Fakers_SameSeed_GiveTheSameDirectory()
    {
        var now = TestDatabase.DefaultNow.UtcDateTime;

        var first = DemoFakers.Organisations(40, now).Select(o => o.Name);
        var second = DemoFakers.Organisations(40, now).Select(o => o.Name);

        Assert.Equal(first, second);
    }

    /// <summary>The demo shows that a meeting's room does not change when someone later changes jobs.</summary>
    [Fact]
    public async Task SeedIfEmpty_APartnerWhoMovedToASchool_CameForGovernmentLastMonth_AndComesForTheSchoolNextMonth()
    {
        await using var database = await SeededAsync();

        await using var db = await database.NewContextAsync();
        var moved = await db.ContactAffiliations.Where(a => a.EndedAtUtc != null).Select(a => a.ContactId).SingleAsync();
        var invitations = await db.Invitations.Where(i => i.ContactId == moved && i.Event.Status != EventStatus.Archived)
            .OrderBy(i => i.Event.StartUtc).Select(i => new { i.Event.Status, i.Organisation!.Sector }).ToListAsync();
        Assert.Equal(
            [(EventStatus.Closed, Sector.Government), (EventStatus.Published, Sector.Education)],
            invitations.Select(i => (i.Status, i.Sector)));
        Assert.Equal(Sector.Education, (await db.Contacts.Include(c => c.Organisation).SingleAsync(c => c.Id == moved)).Organisation!.Sector);
    }

    /// <summary>
    /// An empty database after <see cref="DemoSeeder.SeedIfEmptyAsync"/> ran on it and said it seeded: a copy of the demo
    /// seeded so once per run (<see cref="TemplateDatabase.CopyCoreDemoToAsync"/>, which fails when the seeder seeds
    /// nothing), not a seed of each test's own; the seeder's output is the same every time (its fakers are seeded).
    /// </summary>
    private static Task<TestDatabase> SeededAsync() => TestDatabase.CreateWithDemoAsync();

    private static async Task<bool> Seed(TestDatabase database)
    {
        await using var scope = database.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAsync();
        return await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
    }
}
