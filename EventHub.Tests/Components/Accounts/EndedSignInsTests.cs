using System.Security.Claims;
using EventHub.App.Components.Pages.Accounts;
using EventHub.App.Hosting;
using EventHub.Core.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EventHub.Tests.Components.Accounts;

/// <summary>
/// A removed colleague's open pages lose their sign-in at once, not at the next check of the security stamp (a minute
/// by default): what they did in that minute would write their name again where the removal had just taken it out.
/// </summary>
public class EndedSignInsTests
{
    [Fact]
    public async Task AnOpenPage_OfTheRemovedPerson_IsSignedOutAtOnce_AndEveryoneElsesStays()
    {
        var ended = new EndedSignIns();
        using var femke = OpenPage(ended, "femke-id");
        using var olga = OpenPage(ended, "olga-id");
        var changed = new List<string>();
        femke.AuthenticationStateChanged += _ => changed.Add("femke");
        olga.AuthenticationStateChanged += _ => changed.Add("olga");

        ended.End("femke-id");

        Assert.Equal(["femke"], changed);
        Assert.False((await femke.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
        Assert.True((await olga.GetAuthenticationStateAsync()).User.Identity?.IsAuthenticated);
    }

    [Fact]
    public void AClosedPage_NoLongerListens()
    {
        var ended = new EndedSignIns();
        var femke = OpenPage(ended, "femke-id");
        var changed = false;
        femke.AuthenticationStateChanged += _ => changed = true;

        ((IDisposable)femke).Dispose();
        ended.End("femke-id");

        Assert.False(changed);
    }

    /// <summary>
    /// A circuit's authentication state, as the app registers it per open page, signed in as <paramref name="userId"/>
    /// (called <paramref name="name"/> in the sign-in).
    /// </summary>
    internal static IdentityRevalidatingAuthenticationStateProvider OpenPage(EndedSignIns ended, string userId, RenamedSignIns? renamed = null, string name = "")
    {
        var provider = new IdentityRevalidatingAuthenticationStateProvider(NullLoggerFactory.Instance, new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new IdentityOptions()), Options.Create(new AccountOptions { RevalidationInterval = TimeSpan.FromHours(1) }), ended, renamed ?? new RenamedSignIns(),
            new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance));
        SignIn(provider, userId, name);
        return provider;
    }

    /// <summary>Gives an open page the sign-in of <paramref name="userId"/> (called <paramref name="name"/>), an organiser.</summary>
    internal static void SignIn(AuthenticationStateProvider page, string userId, string name = "")
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(AppClaimsPrincipalFactory.DisplayNameClaim, name), new Claim(ClaimTypes.Role, "Organiser")],
            "Identity.Application"));
        ((IHostEnvironmentAuthenticationStateProvider)page).SetAuthenticationState(Task.FromResult(new AuthenticationState(user)));
    }
}
