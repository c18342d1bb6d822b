using Bunit;
using EventHub.App.Components.Pages.Insight;
using EventHub.App.Hosting;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Insight;

/// <summary>An admin sets the share of the room the alliance aims for per sector; impossible targets are said before saving.</summary>
public class SectorTargetsPageTests : ComponentTestBase
{
    [Fact]
    public async Task MinimumAboveMaximum_IsSaidAtTheRow_AndSaveWaits()
    {
        SignInAs("Anna Admin", Policies.Administer);
        Render<MudPopoverProvider>();
        var page = Render<SectorTargetsPage>();
        page.WaitForElement("#target-min-Business");

        await page.Find("#target-min-Business").ChangeAsync(new ChangeEventArgs { Value = "40" });
        await page.Find("#target-max-Business").ChangeAsync(new ChangeEventArgs { Value = "30" });

        page.WaitForAssertion(() => Assert.Contains("A minimum cannot be above its maximum.", page.Find("tr[data-sector='Business']").TextContent));
        Assert.True(page.Find("#sector-targets-save").HasAttribute("disabled"));
    }

    [Fact]
    public async Task MinimumsAboveAHundred_AreFlagged_AndValidTargetsAreSaved()
    {
        SignInAs("Anna Admin", Policies.Administer);
        Render<MudPopoverProvider>();
        var page = Render<SectorTargetsPage>();
        page.WaitForElement("#target-min-Government");

        await page.Find("#target-min-Government").ChangeAsync(new ChangeEventArgs { Value = "60" });
        await page.Find("#target-min-Education").ChangeAsync(new ChangeEventArgs { Value = "50" });
        page.WaitForElement("#sector-targets-unmeetable");
        Assert.True(page.Find("#sector-targets-save").HasAttribute("disabled"));

        await page.Find("#target-min-Education").ChangeAsync(new ChangeEventArgs { Value = "20" });
        await page.Find("#target-max-Education").ChangeAsync(new ChangeEventArgs { Value = "40" });
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("#sector-targets-unmeetable")));
        await page.Find("#sector-targets-save").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        var saved = await Services.GetRequiredService<SectorTargetService>().GetAsync();
        Assert.Equal([new SectorRange(Sector.Government, 60, 100), new SectorRange(Sector.Education, 20, 40)], saved.Ranges);
    }
}
