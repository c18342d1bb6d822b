using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Engagement;

/// <summary>
/// The alliance reports on the balance of sectors in the room. Fatima came to last spring's meeting for the municipality;
/// in the autumn she moves to a school. Last spring's room does not change with her: its sector balance, guest list,
/// dashboard, the alliance dashboard and the annual report still count her as government. Next month's meeting, which she
/// will attend from the school, counts her as education.
/// </summary>
public sealed class SectorMixHistoryTests : IAsyncLifetime
{
    private static readonly DateTime LastSpring = new(2026, 4, 16, 15, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime NextMonth = new(2026, 12, 17, 15, 0, 0, DateTimeKind.Utc);

    private TestDatabase _database = default!;
    private AllianceWorld _world = default!;
    private Organisation _municipality = default!, _school = default!;
    private Contact _fatima = default!;
    private Session _spring = default!, _december = default!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _world = new AllianceWorld(_database.DbFactory, LastSpring.AddMonths(-2));
        (_municipality, _) = await _world.OrganisationAsync("Gemeente Stad", Sector.Government, SubSector.Municipality);
        (_school, _) = await _world.OrganisationAsync("Basisschool De Es", Sector.Education, SubSector.Primary);
        _fatima = await _world.ContactAsync("Fatima", "Amrani", _municipality);
        _spring = await _world.EventAsync("Voorjaarsbijeenkomst", LastSpring);
        _december = await _world.EventAsync("Decemberbijeenkomst", NextMonth);
        await _world.InviteAsync(_spring, _fatima, Took.Came);
        await _world.InviteAsync(_december, _fatima, Took.Accepted);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private T Service<T>() where T : notnull => _database.Services.GetRequiredService<T>();

    [Fact]
    public async Task AGuestWhoMovesToASchool_StillCountsAsGovernmentAtLastSpringsMeeting_AndAsEducationAtNextMonths()
    {
        await Service<AllianceDashboardService>().ForAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)); // a kept tally, counted before she moves

        await MoveFatimaToTheSchoolAsync();

        Assert.Equal([new SectorCount(Sector.Government, 1, 1, 0, 1)], await Service<InvitationService>().SectorBalanceAsync(_spring.EventId));
        Assert.Equal([new SectorCount(Sector.Education, 1, 1, 0, 0)], await Service<InvitationService>().SectorBalanceAsync(_december.EventId));
        var guest = Assert.Single((await Service<GuestListService>().ListAsync(_spring.EventId, new GuestQuery())).Items);
        Assert.Equal(("Gemeente Stad", (Sector?)Sector.Government), (guest.OrganisationName, guest.Sector));
        var springDashboard = await Service<EventDashboardService>().ForAsync(_spring.EventId);
        Assert.Equal([(Sector.Government, 1)], springDashboard!.BySector.Where(r => r.Invited > 0).Select(r => (r.Sector, r.Attended)));
        var decemberDashboard = await Service<EventDashboardService>().ForAsync(_december.EventId);
        Assert.Equal([(Sector.Education, 1)], decemberDashboard!.BySector.Where(r => r.Invited > 0).Select(r => (r.Sector, r.Accepted)));
        var alliance = await Service<AllianceDashboardService>().ForAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        Assert.Equal(
            [(new DateOnly(2026, 4, 1), (Sector?)Sector.Government, 1, 1), (new DateOnly(2026, 12, 1), Sector.Education, 1, 0)],
            alliance.Participation.Select(r => (r.Month, r.Sector, r.Accepted, r.Attended)));
        var year = await Service<AnnualReportService>().ForYearAsync(2026);
        Assert.Equal([(Sector.Government, 1, 1)], year.Reach.Where(r => r.PeopleAttended > 0).Select(r => (r.Sector, r.OrganisationsAttended, r.PeopleAttended)));
    }

    [Fact]
    public async Task AGuestWhoBecomesIndependent_KeepsLastSpringsOrganisation_AndComesForNoneNextMonth()
    {
        await using (var db = await _database.NewContextAsync())
        {
            (await db.Contacts.SingleAsync(c => c.Id == _fatima.Id)).MoveTo(null, _database.Time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        Assert.Equal([(_spring.EventId, (int?)_municipality.Id), (_december.EventId, null)], await CameForAsync());
    }

    [Fact]
    public async Task AGuestWhoMovesAfterTheOrganiserEndedTheMeetingEarly_KeepsItsOrganisation()
    {
        await using (var db = await _database.NewContextAsync())
        {
            var december = await db.Events.SingleAsync(e => e.Id == _december.EventId);
            _database.Time.SetUtcNow(NextMonth.AddMinutes(30));
            Assert.True(december.End(_database.Time.GetUtcNow().UtcDateTime).Succeeded);
            await db.SaveChangesAsync();
        }

        await MoveFatimaToTheSchoolAsync();

        Assert.Equal([(_spring.EventId, (int?)_municipality.Id), (_december.EventId, _municipality.Id)], await CameForAsync());
    }

    /// <summary>Two records of one municipality merged: the guests who came for the merged record came for the survivor.</summary>
    [Fact]
    public async Task MergingTheMunicipalitysDuplicate_MovesItsGuestsInvitations_PastMeetingsIncluded()
    {
        var (duplicate, _) = await _world.OrganisationAsync("Gemeente Stad (oud)", Sector.Government, SubSector.Municipality);
        var colleague = await _world.ContactAsync("Daan", "Visser", duplicate);
        await _world.InviteAsync(_spring, colleague, Took.Came);
        await MoveFatimaToTheSchoolAsync(); // her spring invitation stays the municipality's, the merge leaves it there

        Assert.True((await Service<MergeService>().MergeOrganisationsAsync(_municipality.Id, duplicate.Id, Staff.Organiser)).Succeeded);

        await using var db = await _database.NewContextAsync();
        Assert.Equal(
            [("Daan", (int?)_municipality.Id), ("Fatima", _municipality.Id)],
            await db.Invitations.Where(i => i.EventId == _spring.EventId).OrderBy(i => i.Contact.FirstName)
                .Select(i => new ValueTuple<string, int?>(i.Contact.FirstName, i.OrganisationId)).ToListAsync());
        var springDashboard = await Service<EventDashboardService>().ForAsync(_spring.EventId);
        Assert.Equal([(Sector.Government, 2)], springDashboard!.BySector.Where(r => r.Invited > 0).Select(r => (r.Sector, r.Attended)));
    }

    /// <summary>The school's new record of Fatima and the municipality's old one are one person: her past stays the municipality's.</summary>
    [Fact]
    public async Task MergingFatimasTwoRecords_KeepsTheOrganisationEachInvitationCameFor()
    {
        var atSchool = await _world.ContactAsync("Fatima", "Amrani-School", _school);
        await _world.InviteAsync(_december, atSchool, Took.Accepted);
        await using (var db = await _database.NewContextAsync())
        {
            db.Invitations.Remove(await db.Invitations.SingleAsync(i => i.ContactId == _fatima.Id && i.EventId == _december.EventId));
            await db.SaveChangesAsync();
        }

        Assert.True((await Service<MergeService>().MergeContactsAsync(atSchool.Id, _fatima.Id, Staff.Organiser)).Succeeded);

        await using var read = await _database.NewContextAsync();
        Assert.Equal(
            [(_spring.EventId, (int?)_municipality.Id), (_december.EventId, _school.Id)],
            (await read.Invitations.Where(i => i.ContactId == atSchool.Id).OrderBy(i => i.Event.StartUtc)
                .Select(i => new { i.EventId, i.OrganisationId }).ToListAsync()).Select(i => (i.EventId, i.OrganisationId)));
    }

    private async Task MoveFatimaToTheSchoolAsync()
    {
        var moved = await Service<ContactService>().UpdateAsync(
            _fatima.Id, new ContactInput("Fatima", "Amrani", _fatima.Email, _fatima.PreferredLanguage, _school.Id), Staff.Organiser);
        Assert.True(moved.Succeeded, moved.ErrorCode);
    }

    private async Task<List<(int EventId, int? OrganisationId)>> CameForAsync()
    {
        await using var db = await _database.NewContextAsync();
        return (await db.Invitations.Where(i => i.ContactId == _fatima.Id).OrderBy(i => i.Event.StartUtc)
                .Select(i => new { i.EventId, i.OrganisationId }).ToListAsync())
            .Select(i => (i.EventId, i.OrganisationId)).ToList();
    }
}
