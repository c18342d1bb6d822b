using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Engagement;

/// <summary>
/// The alliance dashboard on a small hand-counted alliance (TestDatabase's clock: 29 November 2026). A municipality, a
/// primary school, an employer and a foundation took part in September and October; a university came only fourteen months
/// ago and a small business never accepted.
/// </summary>
public class AllianceDashboardServiceTests : IAsyncLifetime
{
    private static readonly DateOnly From = new(2025, 12, 1);
    private static readonly DateOnly To = new(2026, 11, 30);
    private static readonly DateOnly September = new(2026, 9, 1);
    private static readonly DateOnly October = new(2026, 10, 1);
    private const string Sdg4 = "SDG 4 Quality education";
    private const string Sdg10 = "SDG 10 Reduced inequalities";

    private TestDatabase _db = default!;
    private AllianceWorld _world = default!;
    private (Organisation Organisation, Contact Contact) _municipality, _school, _employer, _foundation, _university, _shop;
    private Contact _teacher = default!;
    private Contact _resident = default!;
    private EventHub.Core.Events.Session _old = default!, _september = default!, _october = default!, _upcoming = default!;

    private AllianceDashboardService Dashboard => _db.Services.GetRequiredService<AllianceDashboardService>();

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        _world = new AllianceWorld(_db.DbFactory, _db.Time.GetUtcNow().UtcDateTime);
        _municipality = await _world.OrganisationAsync("Gemeente Stad", Sector.Government, SubSector.Municipality);
        _school = await _world.OrganisationAsync("Basisschool De Es", Sector.Education, SubSector.Primary);
        _teacher = await _world.ContactAsync("Tara", "Leraar", _school.Organisation);
        _employer = await _world.OrganisationAsync("Bouwbedrijf Noord", Sector.Business, SubSector.Employer);
        _foundation = await _world.OrganisationAsync("Stichting Taal", Sector.CivilSociety, SubSector.Foundation);
        _university = await _world.OrganisationAsync("Hogeschool Oost", Sector.Education, SubSector.Higher);
        _shop = await _world.OrganisationAsync("Winkel Zuid", Sector.Business, SubSector.SmallBusiness);
        _resident = await _world.ContactAsync("Rob", "Bewoner");

        _old = await _world.EventAsync("Alliantiedag 2025", new DateTime(2025, 9, 10, 13, 0, 0, DateTimeKind.Utc));
        await _world.InviteAsync(_old, _university.Contact, Took.Came);

        _september = await _world.EventAsync("Dialoogavond september", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc), Sdg4, "Taal");
        await _world.InviteAsync(_september, _municipality.Contact, Took.Came);
        await _world.InviteAsync(_september, _school.Contact, Took.Accepted); // a no-show
        await _world.InviteAsync(_september, _teacher, Took.Declined);
        await _world.InviteAsync(_september, _employer.Contact, Took.NoAnswer);
        await _world.InviteAsync(_september, _shop.Contact, Took.Declined);
        await _world.InviteAsync(_september, _foundation.Contact, Took.WalkedIn);
        await _world.InviteAsync(_september, _resident, Took.Came);
        await _world.OutcomeAsync(_september, Sdg10);

        _october = await _world.EventAsync("Dialoogavond oktober", new DateTime(2026, 10, 8, 17, 0, 0, DateTimeKind.Utc), Sdg4);
        await _world.InviteAsync(_october, _municipality.Contact, Took.Came);
        await _world.InviteAsync(_october, _school.Contact, Took.Came);
        await _world.InviteAsync(_october, _employer.Contact, Took.Came);
        await _world.OutcomeAsync(_october, Sdg4);

        _upcoming = await _world.EventAsync("Alliantiedag 2027", new DateTime(2027, 1, 15, 13, 0, 0, DateTimeKind.Utc));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Participation_CountsInvitedAcceptedAndAttendedPerMonthSectorAndSubSector()
    {
        var dashboard = await Dashboard.ForAsync(From, To);

        Assert.Equal(
        [
            (September, Sector.Government, SubSector.Municipality, 1, 1, 1, 0),
            (September, Sector.Education, SubSector.Primary, 2, 1, 0, 0),
            (September, Sector.Business, SubSector.Employer, 1, 0, 0, 0),
            (September, Sector.Business, SubSector.SmallBusiness, 1, 0, 0, 0),
            (September, Sector.CivilSociety, SubSector.Foundation, 0, 0, 1, 1), // the walk-in: came, never invited
            (September, null, null, 1, 1, 1, 0),
            (October, Sector.Government, SubSector.Municipality, 1, 1, 1, 0),
            (October, Sector.Education, SubSector.Primary, 1, 1, 1, 0),
            (October, Sector.Business, SubSector.Employer, 1, 1, 1, 0),
        ], dashboard.Participation.Select(r => (r.Month, r.Sector, r.SubSector, r.Invited, r.Accepted, r.Attended, r.WalkIns)));
        Assert.Equal(12, dashboard.Months.Count);
    }

    [Fact]
    public async Task Participation_LeavesOutEventsOutsideTheRange()
    {
        var dashboard = await Dashboard.ForAsync(new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 30));

        Assert.Equal([(new DateOnly(2025, 9, 1), (Sector?)Sector.Education, 1, 1, 1)],
            dashboard.Participation.Select(r => (r.Month, r.Sector, r.Invited, r.Accepted, r.Attended)));
    }

    [Fact]
    public async Task NotEngaged_ListsOrganisationsWithoutAcceptanceOrAttendanceForTwelveMonths_LapsedFirstThenNever()
    {
        var dashboard = await Dashboard.ForAsync(From, To);

        Assert.Equal(2, dashboard.NotEngaged.TotalCount);
        Assert.Equal(
            [(_university.Organisation.Name, (DateTime?)new DateTime(2025, 9, 10, 13, 0, 0, DateTimeKind.Utc), 1), (_shop.Organisation.Name, null, 1)],
            dashboard.NotEngaged.Items.Select(o => (o.Name, o.LastEngagedUtc, o.Contacts)));
    }

    [Fact]
    public async Task NotEngaged_AnAcceptanceOfAnEventThatWasCancelled_IsNoEngagement()
    {
        var world = new FeedbackWorld(_db.Services);
        var cancelled = await world.EventAsync("Afgelast", new DateTime(2026, 10, 1, 17, 0, 0, DateTimeKind.Utc), EventStatus.Cancelled);
        await world.GuestsAsync(cancelled, Sector.Business, 1, GuestFate.NoShow); // accepted; the event never took place

        var notEngaged = await Dashboard.NotEngagedAsync(0);

        Assert.Contains(notEngaged.Items, o => o.Name.StartsWith("Business partner", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddToEvent_PutsThePeopleOfTheChosenOrganisationsOnTheInviteList_Once()
    {
        var organisations = new[] { _university.Organisation.Id, _shop.Organisation.Id };

        var added = await Dashboard.AddToEventAsync(_upcoming.EventId, organisations, Staff.Organiser);
        var again = await Dashboard.AddToEventAsync(_upcoming.EventId, organisations, Staff.Organiser);
        var byFacilitator = await Dashboard.AddToEventAsync(_upcoming.EventId, organisations, Staff.Facilitator);

        Assert.Equal(2, added.Value);
        Assert.Equal(0, again.Value);
        Assert.False(byFacilitator.Succeeded);
        await using var db = await _db.NewContextAsync();
        var listed = await db.Invitations.Where(i => i.EventId == _upcoming.EventId).Select(i => new { i.ContactId, i.Status }).ToListAsync();
        Assert.Equal([_university.Contact.Id, _shop.Contact.Id], listed.Select(i => i.ContactId).Order());
        Assert.All(listed, i => Assert.Equal(InvitationStatus.Listed, i.Status));
        Assert.Equal([_upcoming.EventId], (await Dashboard.ForAsync(From, To)).UpcomingEvents.Select(e => e.EventId));
    }

    [Fact]
    public async Task Themes_CountEventsTaggedAndSessionOutcomesPerMonth_AndTellSdgsApart()
    {
        var dashboard = await Dashboard.ForAsync(From, To);

        Assert.Equal(
        [
            (September, Sdg10, 0, 1, true),
            (September, Sdg4, 1, 0, true),
            (September, "Taal", 1, 0, false),
            (October, Sdg4, 1, 1, true),
        ], dashboard.Themes.Select(t => (t.Month, t.Name, t.Events, t.Sessions, t.IsSdg)));
    }

    [Fact]
    public async Task Actions_CountThoseAgreedAtTheRangesEvents_DoneAndOverdueByOwnerSector_WithTheMedianDaysToDone()
    {
        var created = new DateTime(2026, 9, 10, 19, 0, 0, DateTimeKind.Utc);
        var later = new DateTime(2026, 10, 8, 19, 0, 0, DateTimeKind.Utc);
        await _world.ActionAsync(_september, _municipality.Organisation, created, new DateOnly(2026, 10, 1), doneUtc: created.AddDays(10));
        await _world.ActionAsync(_september, _municipality.Organisation, created, new DateOnly(2026, 10, 1), doneUtc: created.AddDays(4));
        await _world.ActionAsync(_october, _municipality.Organisation, later, new DateOnly(2026, 11, 1)); // overdue
        await _world.ActionAsync(_october, _school.Organisation, later, new DateOnly(2026, 12, 31), status: ActionItemStatus.InProgress);
        await _world.ActionAsync(_october, _school.Organisation, later, new DateOnly(2026, 11, 1), doneUtc: later.AddDays(1)); // done late: not overdue
        await _world.ActionAsync(_october, _school.Organisation, later, new DateOnly(2026, 11, 1), status: ActionItemStatus.Dropped);
        await _world.ActionAsync(_old, _school.Organisation, new DateTime(2025, 12, 5, 9, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 2, 1)); // typed in within the range, agreed before it
        await _world.ActionAsync(_upcoming, _school.Organisation, later, new DateOnly(2027, 2, 1)); // agreed ahead for an event after the range

        var dashboard = await Dashboard.ForAsync(From, To);

        Assert.Equal(
            [(Sector.Government, 3, 2, 1, (double?)7.0), (Sector.Education, 3, 1, 0, 1.0)],
            dashboard.Actions.Select(a => (a.Sector, a.Created, a.Done, a.Overdue, a.MedianDaysToDone)));
        Assert.Equal(4.0, dashboard.MedianDaysToDone);
    }

    [Fact]
    public async Task EventsOutside_WithoutTargets_UseTodaysRule_MissingSectorsAtAcceptedAndAttended()
    {
        var dashboard = await Dashboard.ForAsync(From, To);

        var september = Assert.Single(dashboard.EventsOutside, e => e.EventId == _september.EventId);
        Assert.Equal([Sector.Business, Sector.CivilSociety], september.AtAccepted!.Missing);
        Assert.Equal([Sector.Education, Sector.Business], september.AtAttended!.Missing);
        var october = Assert.Single(dashboard.EventsOutside, e => e.EventId == _october.EventId);
        Assert.Equal([Sector.CivilSociety], october.AtAccepted!.Missing);
        Assert.Equal(33.3, october.Shares.Single(s => s.Sector == Sector.Government).Attended);
    }

    [Fact]
    public async Task EventsOutside_WithTargets_OnlyTheEventWhoseRoomFellOutsideTheRanges()
    {
        var saved = await _db.Services.GetRequiredService<SectorTargetService>().SaveAsync(TeamMember.InRoles("admin", "Anna", Roles.Admin),
        [
            new SectorTargetInput(Sector.Government, 10, 40),
            new SectorTargetInput(Sector.Education, 10, 40),
            new SectorTargetInput(Sector.Business, 0, 40),
            new SectorTargetInput(Sector.CivilSociety, 0, 40),
        ]);

        var dashboard = await Dashboard.ForAsync(From, To);

        Assert.True(saved.Succeeded);
        var outside = Assert.Single(dashboard.EventsOutside);
        Assert.Equal(_september.EventId, outside.EventId);
        Assert.Null(outside.AtAccepted); // 1 of 3 each for government and education; business and civil society may be absent
        Assert.Equal([Sector.Education], outside.AtAttended!.Missing); // no one of education came
    }

    [Fact]
    public void Median_OfAnOddAndEvenCount_AndNone()
    {
        Assert.Equal(4.0, AllianceQueries.Median([10, 1, 4]));
        Assert.Equal(2.5, AllianceQueries.Median([1, 4, 2, 3]));
        Assert.Null(AllianceQueries.Median([]));
    }
}
