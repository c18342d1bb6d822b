using System.Security.Claims;
using EventHub.App.Components.Pages.Accounts;
using EventHub.Core.Accounts;

namespace EventHub.Tests.Components.Accounts;

/// <summary>
/// A colleague an admin renamed sees the new name on the pages they have open (the user menu), and what they do next is
/// recorded under it, at once and without being signed out; before, their open pages kept the old name until reloaded.
/// </summary>
public class RenamedSignInsTests
{
    [Fact]
    public async Task AnOpenPage_OfTheRenamedPerson_CarriesTheNewNameAtOnce_StillSignedIn_AndEveryoneElsesStaysAsItWas()
    {
        var renamed = new RenamedSignIns();
        using var femke = EndedSignInsTests.OpenPage(new EndedSignIns(), "femke-id", renamed, "Femke Jansen");
        using var olga = EndedSignInsTests.OpenPage(new EndedSignIns(), "olga-id", renamed, "Olga Bakker");
        var changed = new List<string>();
        femke.AuthenticationStateChanged += _ => changed.Add("femke");
        olga.AuthenticationStateChanged += _ => changed.Add("olga");

        renamed.Rename("femke-id", "Femke de Jong");

        Assert.Equal(["femke"], changed);
        var user = (await femke.GetAuthenticationStateAsync()).User;
        Assert.True(user.Identity?.IsAuthenticated);
        Assert.Equal("Femke de Jong", user.FindFirstValue(AppClaimsPrincipalFactory.DisplayNameClaim));
        Assert.Single(user.FindAll(AppClaimsPrincipalFactory.DisplayNameClaim));
        Assert.True(user.IsInRole("Organiser")); // the rest of the sign-in is kept
        Assert.Equal("Olga Bakker", (await olga.GetAuthenticationStateAsync()).User.FindFirstValue(AppClaimsPrincipalFactory.DisplayNameClaim));
    }

    [Fact]
    public void AClosedPage_NoLongerListens()
    {
        var renamed = new RenamedSignIns();
        var femke = EndedSignInsTests.OpenPage(new EndedSignIns(), "femke-id", renamed, "Femke Jansen");
        var changed = false;
        femke.AuthenticationStateChanged += _ => changed = true;

        ((IDisposable)femke).Dispose();
        renamed.Rename("femke-id", "Femke de Jong");

        Assert.False(changed);
    }
}
