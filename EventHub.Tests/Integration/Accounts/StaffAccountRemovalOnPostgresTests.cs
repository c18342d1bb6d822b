using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Accounts;

/// <summary>
/// Removing a staff account on PostgreSQL: the same bulk replacements, the audit log's search for the person's values and
/// the database's own deletes as on SQLite; and two admins removing each other at the same moment leave one admin.
/// </summary>
public class StaffAccountRemovalOnPostgresTests
{
    private const string Password = "Zonnige-dinsdag-2026";

    [Fact]
    public async Task Remove_TheDemosFacilitator_LeavesHerNameNowhereItWasKept_AndHerAccountGone()
    {
        await using var factory = await EventHubAppFactory.OnPostgresAsync();
        var (anna, femke) = (await IdOfAsync(factory.Services, "admin@eventhub.example"), await IdOfAsync(factory.Services, "facilitator@eventhub.example"));

        var removed = await factory.Services.GetRequiredService<StaffAccountRemoval>()
            .RemoveAsync(TeamMember.InRoles(anna, "Anna de Vries", Roles.Admin), femke, "Femke Jansen");

        Assert.True(removed.Succeeded, removed.ErrorCode);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        Assert.False(await db.Users.AnyAsync(u => u.Id == femke));
        Assert.False(await db.Sessions.AnyAsync(s => s.Facilitators.Any(f => f.Id == femke)));
        Assert.False(await db.UserRoles.AnyAsync(r => r.UserId == femke));
        Assert.False(await db.ActionItemUpdates.AnyAsync(u => u.By == "Femke Jansen"));
        Assert.True(await db.ActionItemUpdates.AnyAsync(u => u.By == RemovedAccount.Name));
        var log = await db.AuditEntries.ToListAsync();
        Assert.DoesNotContain(log, e => e.ActorName == "Femke Jansen" || e.Label.Contains("Femke Jansen")
            || e.Changes.Any(c => c.Old == "Femke Jansen" || c.New == "Femke Jansen" || c.New == "facilitator@eventhub.example"));
        Assert.All(await db.AccountAuditRecords.Where(r => r.AccountId == femke).ToListAsync(), r => Assert.Equal("", r.AccountEmail));
    }

    [Fact]
    public async Task TwoAdminsRemoveEachOtherAtTheSameMoment_OneSucceeds_AndOneAdminRemains()
    {
        await using var factory = await EventHubAppFactory.OnPostgresAsync(seedDemo: false);
        var anne = await AdminAsync(factory.Services, "anne@eventhub.example", "Anne");
        var bram = await AdminAsync(factory.Services, "bram@eventhub.example", "Bram");
        var removal = factory.Services.GetRequiredService<StaffAccountRemoval>();

        var results = await Task.WhenAll(
            Task.Run(() => removal.RemoveAsync(anne, bram.UserId, "Bram")),
            Task.Run(() => removal.RemoveAsync(bram, anne.UserId, "Anne")));

        Assert.Equal(1, results.Count(r => r.Succeeded));
        Assert.Equal(AccountErrors.NotAllowed, results.Single(r => !r.Succeeded).ErrorCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Single(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().GetUsersInRoleAsync(Roles.Admin));
    }

    private static async Task<string> IdOfAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }

    private static async Task<TeamMember> AdminAsync(IServiceProvider services, string email, string name)
    {
        await using var scope = services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAdminAsync(email, Password, name)).Succeeded);
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return TeamMember.InRoles(user!.Id, name, Roles.Admin);
    }
}
