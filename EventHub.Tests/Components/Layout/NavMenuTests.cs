using Bunit;
using Bunit.TestDoubles;
using EventHub.App.Components.Layout;
using EventHub.App.Components.Shared;
using EventHub.App.Hosting;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Components.Layout;

public class NavMenuTests : ComponentTestBase
{
    [Fact]
    public void Organiser_SeesTheOrganiseGroupOnly_AndTheCurrentPageIsMarked()
    {
        SignInAs("Olga Organiser", Policies.Organise);
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo("/events/7/invitations?x=1");

        var menu = Render<NavMenu>();

        var links = menu.FindAll("a.mud-nav-link").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Events", links);
        Assert.Contains("Outbox", links);
        Assert.DoesNotContain("Contacts", links);
        Assert.DoesNotContain("Audit log", links);
        var current = Assert.Single(menu.FindAll("a[aria-current=page]"));
        Assert.Equal("events", current.GetAttribute("href"));
        Assert.Contains("active", current.ClassList);
    }

    [Fact]
    public void FollowingALink_MovesTheMark_AndHomeIsMarkedOnlyOnHome()
    {
        SignInAs("Fiona Facilitator", Policies.Facilitate);
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("/");
        var menu = Render<NavMenu>();
        Assert.Equal("", menu.Find("a[aria-current=page]").GetAttribute("href"));

        navigation.NavigateTo("/contacts");

        menu.WaitForAssertion(() => Assert.Equal("contacts", menu.Find("a[aria-current=page]").GetAttribute("href")));
        Assert.Single(menu.FindAll("a[aria-current=page]"));
        Assert.DoesNotContain("Events", menu.FindAll("a.mud-nav-link").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public void EveryLinksIcon_ComesFromTheSprite_NotAsPathDataInTheTab()
    {
        SignInAs("Alex Admin", Policies.Organise, Policies.CheckIn, Policies.Facilitate, Policies.Administer);

        var menu = Render<NavMenu>();

        var icons = menu.FindAll("a.mud-nav-link svg");
        Assert.True(icons.Count >= 20, $"{icons.Count} links with an icon");
        Assert.All(icons, icon => Assert.StartsWith($"{IconSprite.Address}#", icon.QuerySelector("use")?.GetAttribute("href")));
        Assert.Empty(menu.FindAll("path"));
    }
}
