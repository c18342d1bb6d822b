using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Accounts;

public class TeamDirectoryTests
{
    [Fact]
    public async Task ListUsers_EveryAccountByNameWithItsRoles_UntilWhenItIsLockedOut_AndWhetherItUsesTwoFactor()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddUsersAsync(database);

        var users = await database.Services.GetRequiredService<TeamDirectory>().ListUsersAsync();

        Assert.Equal(["Anna Bakker", "Bas de Vries", "Olga Mulder"], users.Select(u => u.DisplayName));
        Assert.Equal([Roles.Facilitator, Roles.Organiser], users[2].Roles);
        Assert.Equal("bas@groningen.nl", users[1].Email);
        Assert.Equal([null, TestDatabase.DefaultNow.UtcDateTime.AddMinutes(5), null], users.Select(u => u.LockedOutUntilUtc));
        Assert.Equal([false, false, true], users.Select(u => u.TwoFactorEnabled));
    }

    [Fact]
    public async Task ListFacilitators_OnlyPeopleWhoCanChairSessions()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddUsersAsync(database);

        var facilitators = await database.Services.GetRequiredService<TeamDirectory>().ListFacilitatorsAsync();

        Assert.Equal(["Anna Bakker", "Olga Mulder"], facilitators.Select(u => u.DisplayName));
    }

    [Fact]
    public async Task ListFacilitators_LeavesOutDeactivatedPeople()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddUsersAsync(database);
        await using (var db = await database.NewContextAsync())
        {
            db.Users.Single(u => u.DisplayName == "Olga Mulder").DeactivatedAtUtc = TestDatabase.DefaultNow.UtcDateTime;
            await db.SaveChangesAsync();
        }

        var team = database.Services.GetRequiredService<TeamDirectory>();

        Assert.Equal(["Anna Bakker"], (await team.ListFacilitatorsAsync()).Select(u => u.DisplayName));
        Assert.Equal(AccountState.Deactivated, (await team.ListUsersAsync()).Single(u => u.DisplayName == "Olga Mulder").State);
    }

    private static async Task AddUsersAsync(TestDatabase database)
    {
        await using var scope = database.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        await accounts.EnsureRolesAsync();
        await accounts.CreateUserAsync("olga@groningen.nl", "Olga Mulder", "Lang-genoeg-2026", Language.Nl, [Roles.Organiser, Roles.Facilitator]);
        await accounts.CreateUserAsync("bas@groningen.nl", "Bas de Vries", "Lang-genoeg-2026", Language.Nl, [Roles.DoorStaff]);
        await accounts.CreateUserAsync("anna@groningen.nl", "Anna Bakker", "Lang-genoeg-2026", Language.Nl, [Roles.Facilitator]);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var bas = (await users.FindByEmailAsync("bas@groningen.nl"))!;
        await users.SetLockoutEndDateAsync(bas, database.Time.GetUtcNow().AddMinutes(5));
        var olga = (await users.FindByEmailAsync("olga@groningen.nl"))!;
        await users.ResetAuthenticatorKeyAsync(olga);
        await users.SetTwoFactorEnabledAsync(olga, true);
    }
}
