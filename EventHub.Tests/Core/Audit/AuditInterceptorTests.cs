using EventHub.Core.Audit;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Audit;

/// <summary>Every save records who changed what and when, old → new, sensitive values only as "changed", in the same transaction.</summary>
public class AuditInterceptorTests
{
    private static readonly AuditActor Olga = AuditActor.User("organiser-1", "Olga Organiser");

    [Fact]
    public async Task RenamingAnOrganisation_RecordsTheActorTheTimeAndOldToNew()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await AddOrganisationAsync(database, "Library North");
        ActAs(database, Olga);

        await using (var db = await database.NewContextAsync())
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == id);
            organisation.Rename("Library South");
            organisation.Touch(database.Time.GetUtcNow().UtcDateTime.AddMinutes(1)); // as the directory does on every edit
            await db.SaveChangesAsync();
        }

        CurrentActor.Clear();
        await using var check = await database.NewContextAsync();
        var entry = await check.AuditEntries.SingleAsync(e => e.Kind == "Organisation" && e.Action == AuditAction.Modified);
        Assert.Equal((AuditActorKind.User, "organiser-1", "Olga Organiser", id.ToString(), "Library South", database.Time.GetUtcNow().UtcDateTime),
            (entry.ActorKind, entry.ActorId, entry.ActorName, entry.RecordId, entry.Label, entry.AtUtc));
        Assert.Contains(new AuditChange("Name", "Library North", "Library South"), entry.Changes);
        Assert.DoesNotContain(entry.Changes, c => c.Property == "UpdatedAtUtc"); // the entry's own time says when
    }

    [Fact]
    public async Task EditingAnEvent_RecordsWhatTheOrganiserChanged_NotTheVersionCountedUpWithIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        var planning = database.Services.GetRequiredService<EventPlanningService>();
        var start = new DateTime(2027, 3, 10, 13, 0, 0, DateTimeKind.Unspecified);
        var input = new EventInput("Voorjaarsdialoog", start, start.AddHours(3));
        var id = (await planning.CreateAsync(input, Staff.Organiser)).Value;

        Assert.True((await planning.UpdateAsync(id, input with { Title = "Voorjaarsdialoog Noord" }, expectedVersion: 0, Staff.Organiser)).Succeeded);

        await using var check = await database.NewContextAsync();
        var entry = await check.AuditEntries.SingleAsync(e => e.Kind == "Event" && e.Action == AuditAction.Modified);
        Assert.Equal([new AuditChange("Title", "Voorjaarsdialoog", "Voorjaarsdialoog Noord")], entry.Changes);
    }

    [Fact]
    public async Task AddingARecord_RecordsItsRealId_AndWithoutAnActorTheSystem()
    {
        await using var database = await TestDatabase.CreateAsync();

        var id = await AddOrganisationAsync(database, "Community Centre");

        await using var check = await database.NewContextAsync();
        var entry = await check.AuditEntries.SingleAsync(e => e.Kind == "Organisation");
        Assert.Equal((AuditAction.Added, id.ToString(), "Community Centre", AuditActorKind.System),
            (entry.Action, entry.RecordId, entry.Label, entry.ActorKind));
        Assert.Contains(new AuditChange("Sector", null, nameof(Sector.Education)), entry.Changes);
    }

    [Fact]
    public async Task AnsweringWithNeeds_RecordsThemOnlyAsChanged_AndThePartnerLink()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var actor = scenario.Services.GetRequiredService<CurrentActor>();
        actor.Actor = AuditActor.PartnerLink("invitation", 1);
        actor.Use();

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, Needs: AccessNeeds.QuietRoom,
            DietaryNeeds: "Gluten-free please", OtherNeeds: "A chair near the door", PrivacyAccepted: true));

        CurrentActor.Clear();
        await using var db = await scenario.NewContextAsync();
        var entry = (await db.AuditEntries.Where(e => e.Kind == "Invitation" && e.ActorKind == AuditActorKind.PartnerLink).ToListAsync()).Last();
        Assert.Equal("invitation:1", entry.ActorId);
        Assert.Contains(AuditChange.Hidden("AccessNeeds"), entry.Changes);
        Assert.Contains(AuditChange.Hidden("DietaryNeeds"), entry.Changes);
        Assert.Contains(AuditChange.Hidden("TokenHash"), (await db.AuditEntries.Where(e => e.Kind == "Invitation").ToListAsync()).SelectMany(e => e.Changes));
        Assert.Contains(entry.Changes, c => c is { Property: "Status", New: nameof(InvitationStatus.Accepted) });
        var everything = string.Join("\n", await db.Database.SqlQueryRaw<string>("SELECT Changes || Label AS Value FROM AuditEntries").ToListAsync());
        Assert.DoesNotContain("Gluten", everything);
        Assert.DoesNotContain("chair", everything);
        Assert.DoesNotContain(nameof(AccessNeeds.QuietRoom), everything);
    }

    [Fact]
    public async Task AFailedSave_LeavesNeitherTheChangeNorItsEntry()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await AddOrganisationAsync(database, "Library North");
        await using var db = await database.NewContextAsync();
        (await db.Organisations.SingleAsync(o => o.Id == id)).Rename("Library South");
        db.Add(new Contact("Jan", "Jansen", "jan@example.org", EventHub.Core.Common.Language.Nl, database.Time.GetUtcNow().UtcDateTime));
        db.Add(new Contact("Jan", "Jansen", "jan@example.org", EventHub.Core.Common.Language.Nl, database.Time.GetUtcNow().UtcDateTime)); // the same email twice

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        await using var check = await database.NewContextAsync();
        Assert.Equal("Library North", (await check.Organisations.SingleAsync(o => o.Id == id)).Name);
        Assert.Equal(0, await check.Contacts.CountAsync());
        Assert.Equal(1, await check.AuditEntries.CountAsync()); // only the organisation's creation
    }

    [Fact]
    public async Task AChangeRolledBackWithItsTransaction_LeavesNoEntry()
    {
        await using var database = await TestDatabase.CreateAsync();
        var id = await AddOrganisationAsync(database, "Library North");
        await using (var db = await database.NewContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Organisations.SingleAsync(o => o.Id == id)).Rename("Library South");
            db.Add(new Organisation("Youth Club", Sector.Business, null, database.Time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await using var check = await database.NewContextAsync();
        Assert.Equal(1, await check.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Saving_ReadsNothing_ItOnlyWritesTheChangeAndItsEntry()
    {
        var commands = new SqlCommandLog();
        await using var database = await TestDatabase.CreateAsync(services => services.AddSingleton<IInterceptor>(commands));
        var id = await AddOrganisationAsync(database, "Library North");
        await using var db = await database.NewContextAsync();
        var organisation = await db.Organisations.SingleAsync(o => o.Id == id);
        organisation.Rename("Library South");
        db.Add(new Organisation("Youth Club", Sector.Business, null, database.Time.GetUtcNow().UtcDateTime));
        commands.Clear();

        await db.SaveChangesAsync();

        Assert.DoesNotContain(commands.Commands, c => c.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.AtUtc == database.Time.GetUtcNow().UtcDateTime && e.Label != "Library North"));
        Assert.Contains(await db.AuditEntries.Select(e => e.RecordId).ToListAsync(), r => r == (id + 1).ToString());
    }

    private static void ActAs(TestDatabase database, AuditActor actor)
    {
        var current = database.Services.GetRequiredService<CurrentActor>();
        current.Actor = actor;
        current.Use();
    }

    private static async Task<int> AddOrganisationAsync(TestDatabase database, string name)
    {
        await using var db = await database.NewContextAsync();
        var organisation = new Organisation(name, Sector.Education, null, database.Time.GetUtcNow().UtcDateTime);
        db.Add(organisation);
        await db.SaveChangesAsync();
        return organisation.Id;
    }
}
