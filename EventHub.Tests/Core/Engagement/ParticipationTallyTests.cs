using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Core.Engagement;

/// <summary>
/// The alliance dashboard reads each event's participation from a kept tally, so years of events cost a few rows each.
/// An organiser must never see a stale figure: whatever changes what an event counted — an answer, a check-in at the door,
/// an invitation taken back, an organisation's new sector, a guest who moved before the meeting — is counted at the next view, however
/// it was written. The same story on SQLite and on PostgreSQL (<see cref="ParticipationTallyOnPostgresTests"/>).
/// </summary>
public abstract class ParticipationTallyTestsBase : IAsyncLifetime
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 12, 31);
    private static readonly DateOnly October = new(2026, 10, 1);

    private IServiceProvider _services = default!;
    private IAsyncDisposable _owner = default!;
    private FakeTimeProvider _time = default!;
    private (Organisation Organisation, Contact Contact) _municipality, _school;

    protected AllianceWorld World { get; private set; } = default!;
    protected EventHub.Core.Events.Session OctoberEvening { get; private set; } = default!;
    protected static DateOnly YearFrom => From;
    protected static DateOnly YearTo => To;

    protected AllianceDashboardService Dashboard => _services.GetRequiredService<AllianceDashboardService>();
    protected IDbContextFactory<EventHubDbContext> DbFactory => _services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();

    /// <summary>Core services over a fresh migrated database, and what to dispose afterwards.</summary>
    protected abstract Task<(IServiceProvider Services, IAsyncDisposable Owner)> DatabaseAsync(FakeTimeProvider time);

    public async Task InitializeAsync()
    {
        _time = new FakeTimeProvider(TestDatabase.DefaultNow);
        (_services, _owner) = await DatabaseAsync(_time);
        World = new AllianceWorld(DbFactory, _time.GetUtcNow().UtcDateTime);
        _municipality = await World.OrganisationAsync("Gemeente Stad", Sector.Government, SubSector.Municipality);
        _school = await World.OrganisationAsync("Basisschool De Es", Sector.Education, SubSector.Primary);
        OctoberEvening = await World.EventAsync("Dialoogavond oktober", new DateTime(2026, 10, 8, 17, 0, 0, DateTimeKind.Utc));
        await World.InviteAsync(OctoberEvening, _municipality.Contact, Took.Came);
        await World.InviteAsync(OctoberEvening, _school.Contact, Took.Accepted);
    }

    public async Task DisposeAsync() => await _owner.DisposeAsync();

    [Fact]
    public async Task AnEvent_IsCountedOnce_AndReadFromItsKeptTally_UntilSomethingChanges()
    {
        var first = await Dashboard.ForAsync(From, To);
        var countedAt = await CountedAtAsync();
        _time.Advance(TimeSpan.FromHours(2));
        var second = await Dashboard.ForAsync(From, To);

        Assert.Equal(
            [(October, (Sector?)Sector.Government, 1, 1, 1), (October, Sector.Education, 1, 1, 0)],
            Rows(first));
        Assert.Equal(Rows(first), Rows(second));
        Assert.Equal(TestDatabase.DefaultNow.UtcDateTime, countedAt);
        Assert.Equal(countedAt, await CountedAtAsync()); // not counted again
    }

    /// <summary>
    /// The kept tally is the dashboard's arithmetic, not anybody's change: the audit log opened after a look at the
    /// dashboard showed a page of "participationtally" rows with their English field names above what people did.
    /// </summary>
    [Fact]
    public async Task Counting_LeavesTheAuditLogToWhatPeopleDid()
    {
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            Assert.NotEmpty(await db.AuditEntries.Where(e => e.Kind == "Invitation").ToListAsync()); // the invitations were recorded
        }

        await Dashboard.ForAsync(From, To);

        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            Assert.NotEmpty(await db.ParticipationTallies.ToListAsync());
            Assert.Empty(await db.AuditEntries.Where(e => e.Kind.StartsWith("ParticipationTally")).ToListAsync());
        }
    }

    [Fact]
    public async Task ACheckInAtTheDoor_ANewAnswer_AndAnInvitationTakenBack_AreCountedAtTheNextView()
    {
        await Dashboard.ForAsync(From, To);
        var teacher = await World.ContactAsync("Tara", "Leraar", _school.Organisation);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            // The door writes check-ins with one UPDATE statement, past EF's change tracking.
            await db.Invitations.Where(i => i.ContactId == _school.Contact.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.CheckedInAtUtc, new DateTime(2026, 10, 8, 17, 5, 0, DateTimeKind.Utc)));
        }

        await World.InviteAsync(OctoberEvening, teacher, Took.Declined);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            db.Invitations.Remove(await db.Invitations.SingleAsync(i => i.ContactId == _municipality.Contact.Id));
            await db.SaveChangesAsync();
        }

        var dashboard = await Dashboard.ForAsync(From, To);

        Assert.Equal([(October, (Sector?)Sector.Education, 2, 1, 1)], Rows(dashboard));
    }

    [Fact]
    public async Task AnOrganisationsNewSector_AndAGuestsOrganisationCorrected_AreCountedAtTheNextView()
    {
        await Dashboard.ForAsync(From, To);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            (await db.Organisations.SingleAsync(o => o.Id == _school.Organisation.Id)).Classify(Sector.CivilSociety, SubSector.Foundation);
            await db.SaveChangesAsync();
            // Written past EF's change tracking, as an organisation merge moves its guests' invitations.
            await db.Invitations.Where(i => i.ContactId == _municipality.Contact.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.OrganisationId, (int?)null));
        }

        var dashboard = await Dashboard.ForAsync(From, To);

        Assert.Equal(
            [(October, (Sector?)Sector.CivilSociety, 1, 1, 0), (October, null, 1, 1, 1)],
            Rows(dashboard));
        Assert.Equal([SubSector.Foundation, null], dashboard.Participation.Select(r => r.SubSector));
    }

    /// <summary>A guest counts for the organisation she came for: moving on after the evening changes nothing in it.</summary>
    [Fact]
    public async Task AGuestWhoLeftHerOrganisationAfterTheEvening_StillCountsForIt()
    {
        var before = Rows(await Dashboard.ForAsync(From, To)).ToList();
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            (await db.Contacts.SingleAsync(c => c.Id == _municipality.Contact.Id)).MoveTo(null, _time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        Assert.Equal(before, Rows(await Dashboard.ForAsync(From, To)));
        Assert.Contains((October, (Sector?)Sector.Government, 1, 1, 1), before);
    }

    /// <summary>Someone who moves before a meeting comes for the new organisation: counted so at the next view.</summary>
    [Fact]
    public async Task AGuestWhoMovesBeforeAMeetingAhead_IsCountedForHerNewOrganisationAtTheNextView()
    {
        var december = await World.EventAsync("Dialoogavond december", new DateTime(2026, 12, 10, 17, 0, 0, DateTimeKind.Utc));
        await World.InviteAsync(december, _municipality.Contact, Took.Accepted);
        await Dashboard.ForAsync(From, To);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var school = await db.Organisations.SingleAsync(o => o.Id == _school.Organisation.Id);
            (await db.Contacts.SingleAsync(c => c.Id == _municipality.Contact.Id)).MoveTo(school, _time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        }

        var dashboard = await Dashboard.ForAsync(From, To);

        Assert.Equal(
            [(October, (Sector?)Sector.Government, 1, 1, 1), (October, Sector.Education, 1, 1, 0), (new DateOnly(2026, 12, 1), Sector.Education, 1, 1, 0)],
            Rows(dashboard));
    }

    private static IEnumerable<(DateOnly Month, Sector? Sector, int Invited, int Accepted, int Attended)> Rows(AllianceDashboard dashboard) =>
        dashboard.Participation.Select(r => (r.Month, r.Sector, r.Invited, r.Accepted, r.Attended));

    private async Task<DateTime?> CountedAtAsync()
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        return await db.ParticipationTallyStamps.Where(s => s.EventId == OctoberEvening.EventId).Select(s => (DateTime?)s.CountedAtUtc).SingleOrDefaultAsync();
    }
}

public sealed class ParticipationTallyTests : ParticipationTallyTestsBase
{
    protected override async Task<(IServiceProvider Services, IAsyncDisposable Owner)> DatabaseAsync(FakeTimeProvider time)
    {
        var database = await TestDatabase.CreateAsync(services => services.AddSingleton<TimeProvider>(time));
        return (database.Services, database);
    }
}

public sealed class ParticipationTallyOnPostgresTests : ParticipationTallyTestsBase
{
    /// <summary>
    /// PostgreSQL lets writers and a count run side by side; the count's advisory lock makes it wait for uncommitted
    /// changes, so a tally counted in the middle of a rush of check-ins is never kept stale.
    /// </summary>
    [Fact]
    public async Task ADashboardOpenDuringARushOfCheckIns_EndsWithEveryCheckInCounted()
    {
        // One guest per evening: a check-in the count missed would not be put right by a later one at the same event.
        var guests = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            var evening = await World.EventAsync($"Avond {i}", new DateTime(2026, 3, 1, 17, 0, 0, DateTimeKind.Utc).AddDays(i));
            var organisation = await World.OrganisationAsync($"School {i}", Sector.Education, SubSector.Secondary);
            await World.InviteAsync(evening, organisation.Contact, Took.Accepted);
            guests.Add(organisation.Contact.Id);
        }

        using var writersDone = new CancellationTokenSource();
        var readers = Task.Run(async () =>
        {
            while (!writersDone.IsCancellationRequested)
            {
                await Dashboard.ForAsync(YearFrom, YearTo);
            }
        });
        await Parallel.ForEachAsync(guests, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (contactId, ct) =>
            await DbFactory.WriteAsync(async (db, token) => await db.Invitations.Where(i => i.ContactId == contactId)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.CheckedInAtUtc, new DateTime(2026, 3, 1, 17, 5, 0, DateTimeKind.Utc)), token), ct));
        await writersDone.CancelAsync();
        await readers;

        var secondary = (await Dashboard.ForAsync(YearFrom, YearTo)).Participation.Where(r => r.SubSector == SubSector.Secondary).ToList();
        Assert.Equal((40, 40, 40), (secondary.Sum(r => r.Invited), secondary.Sum(r => r.Accepted), secondary.Sum(r => r.Attended)));
    }

    protected override async Task<(IServiceProvider Services, IAsyncDisposable Owner)> DatabaseAsync(FakeTimeProvider time)
    {
        var services = new ServiceCollection();
        TestDatabase.AddTo(services, await PostgresServer.CreateMigratedDatabaseAsync(), new DatabaseOptions { Provider = DatabaseProvider.Postgres }, time);
        var provider = services.BuildServiceProvider();
        return (provider, provider);
    }
}
