using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Accounts;

/// <summary>
/// On PostgreSQL many writers run at once, so "is this the last admin?" must be asked one admin action at a time: two
/// admins who take each other's admin role at the same moment would otherwise both see the other still admin, both
/// succeed, and leave the alliance with no one to manage accounts.
/// </summary>
public class LastAdminOnPostgresTests
{
    private const string Password = "Zonnige-dinsdag-2026";

    [Fact]
    public async Task TwoAdminsDemoteEachOtherAtTheSameMoment_OneSucceeds_AndOneAdminRemains()
    {
        await using var factory = await EventHubAppFactory.OnPostgresAsync(seedDemo: false);
        var anne = await AdminAsync(factory.Services, "anne@eventhub.example", "Anne");
        var bram = await AdminAsync(factory.Services, "bram@eventhub.example", "Bram");
        var staff = factory.Services.GetRequiredService<StaffAccountService>();

        for (var round = 1; round <= 20; round++)
        {
            var results = await Task.WhenAll(
                Task.Run(() => staff.ChangeRolesAsync(anne, bram.UserId, [Roles.Organiser])),
                Task.Run(() => staff.ChangeRolesAsync(bram, anne.UserId, [Roles.Organiser])));

            Assert.Equal(1, results.Count(r => r.Succeeded));
            Assert.Equal(1, await AdminCountAsync(factory.Services));
            // Both admins again for the next round.
            var demoted = results[0].Succeeded ? bram : anne;
            var survivor = results[0].Succeeded ? anne : bram;
            Assert.True((await staff.ChangeRolesAsync(survivor, demoted.UserId, [Roles.Admin])).Succeeded, $"round {round}");
        }
    }

    private static async Task<TeamMember> AdminAsync(IServiceProvider services, string email, string name)
    {
        await using var scope = services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAdminAsync(email, Password, name)).Succeeded);
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return TeamMember.InRoles(user!.Id, name, Roles.Admin);
    }

    private static async Task<int> AdminCountAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().GetUsersInRoleAsync(Roles.Admin)).Count;
    }
}
