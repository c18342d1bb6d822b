using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Accounts;

public class AccountServiceTests
{
    [Fact]
    public async Task CreateAdmin_NewEmail_CreatesAnAdminWhoCanSignIn()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();

        var result = await accounts.CreateAdminAsync("beheer@groningen.nl", "Lang-genoeg-2026");

        Assert.True(result.Value);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = await users.FindByEmailAsync("beheer@groningen.nl");
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Admin));
        Assert.True(await users.CheckPasswordAsync(admin, "Lang-genoeg-2026"));
    }

    [Fact]
    public async Task CreateAdmin_ExistingAccount_GetsTheAdminRoleAndKeepsItsPassword()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        await accounts.EnsureRolesAsync();
        await accounts.CreateUserAsync("olga@groningen.nl", "Olga", "Eerste-wachtwoord-1", EventHub.Core.Common.Language.Nl, [Roles.Organiser]);

        var result = await accounts.CreateAdminAsync("olga@groningen.nl", "Ander-wachtwoord-2");

        Assert.False(result.Value);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var olga = (await users.FindByEmailAsync("olga@groningen.nl"))!;
        Assert.Equal([Roles.Admin, Roles.Organiser], (await users.GetRolesAsync(olga)).Order());
        Assert.True(await users.CheckPasswordAsync(olga, "Eerste-wachtwoord-1"));
    }

    [Theory]
    [InlineData("not-an-email", "Lang-genoeg-2026", AccountService.InvalidEmail)]
    [InlineData("beheer@groningen.nl", "kort", AccountService.Rejected)]
    public async Task CreateAdmin_BadInput_IsRefusedAndCreatesNothing(string email, string password, string expectedError)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();

        var result = await accounts.CreateAdminAsync(email, password);

        Assert.Equal(expectedError, result.ErrorCode);
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<TeamDirectory>().ListUsersAsync());
    }
}
