using EventHub.Core.Accounts;
using EventHub.Core.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Support;

/// <summary>
/// A staff account of a test's own, invited by the demo's admin, with <see cref="Password"/> chosen through its link: for a
/// test that changes the account (its language, its name), which must not leave the demo's shared accounts changed for
/// the tests after it.
/// </summary>
public static class Colleagues
{
    public const string Password = "Zonnige-dinsdag-2026";

    /// <summary>A new active colleague in <paramref name="role"/>, with a made-up address unless given; returns their id and email address.</summary>
    public static async Task<(string Id, string Email)> NewAsync(IServiceProvider services, string role, string name, Language language = Language.En,
        string? email = null)
    {
        email ??= $"collega.{Guid.NewGuid():N}@groningen.example";
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccountService>();
        var invited = await accounts.InviteAsync(await AdminAsync(services), email, name, language, [role]);
        Assert.True(invited.Succeeded, invited.ErrorCode);
        var chosen = await accounts.SetPasswordAsync(await StaffLinks.NewestTokenAsync(services, email), Password);
        Assert.True(chosen.Succeeded, chosen.ErrorCode);
        return (invited.Value!, email);
    }

    /// <summary>The demo's admin, as Core's callers name them.</summary>
    public static async Task<TeamMember> AdminAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var anna = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("admin@eventhub.example"))!;
        return TeamMember.InRoles(anna.Id, anna.DisplayName, Roles.Admin);
    }
}
