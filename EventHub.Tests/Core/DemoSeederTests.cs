using EventHub.Core.Accounts;
using EventHub.Core.Demo;
using EventHub.Core.Events;
using EventHub.Core.Organisations;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core;

public class DemoSeederTests
{
    [Fact]
    public async Task SeedIfEmpty_EmptyDatabase_FillsADirectoryAcrossEverySectorAndSubSector()
    {
        await using var database = await TestDatabase.CreateAsync();

        Assert.True(await Seed(database));

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
        Assert.Equal(contacts.Count(c => c.OrganisationId is not null), await db.ContactAffiliations.CountAsync());
    }

    [Fact]
    public async Task SeedIfEmpty_EmptyDatabase_PlansLastMonthNextMonthAndADraft()
    {
        await using var database = await TestDatabase.CreateAsync();
        var now = database.Time.GetUtcNow().UtcDateTime;

        await Seed(database);

        await using var db = await database.NewContextAsync();
        var events = await db.Events.Include(e => e.Sessions).ThenInclude(s => s.Facilitators)
            .Include(e => e.Themes).Include(e => e.Venue).OrderBy(e => e.StartUtc).ToListAsync();
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
        Assert.True(next.Venue!.Accessibility.HasFlag(EventHub.Core.Venues.AccessibilityFeatures.StepFreeAccess));
        Assert.NotNull(next.Slug);
        var invitations = await db.Invitations.Where(i => i.EventId == next.Id).ToListAsync();
        Assert.True(invitations.Count >= 20, "the upcoming event has invitations");
        Assert.Contains(invitations, i => i.Status == EventHub.Core.Invitations.InvitationStatus.Accepted);
        Assert.Contains(invitations, i => i.Status == EventHub.Core.Invitations.InvitationStatus.Declined);
        Assert.Contains(invitations, i => i.Status == EventHub.Core.Invitations.InvitationStatus.Invited);
        Assert.Equal(invitations.Count(i => i.Status == EventHub.Core.Invitations.InvitationStatus.Accepted), next.SeatsTaken);
        Assert.True(await db.OutboxMessages.CountAsync() >= invitations.Count);
    }

    [Fact]
    public async Task SeedIfEmpty_EmptyDatabase_CreatesOneAccountPerRole()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Seed(database);

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
        await using var database = await TestDatabase.CreateAsync();
        await Seed(database);

        Assert.False(await Seed(database));

        await using var db = await database.NewContextAsync();
        Assert.Equal(40, await db.Organisations.CountAsync());
        Assert.Equal(3, await db.Events.CountAsync());
    }

    [Fact]
    public void Fakers_SameSeed_GiveTheSameDirectory()
    {
        var now = TestDatabase.DefaultNow.UtcDateTime;

        var first = DemoFakers.Organisations(40, now).Select(o => o.Name);
        var second = DemoFakers.Organisations(40, now).Select(o => o.Name);

        Assert.Equal(first, second);
    }

    private static async Task<bool> Seed(TestDatabase database)
    {
        await using var scope = database.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AccountService>().EnsureRolesAsync();
        return await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
    }
}
