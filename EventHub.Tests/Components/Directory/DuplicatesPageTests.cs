using Bunit;
using Bunit.TestDoubles;
using EventHub.App.Components.Pages.Directory.Duplicates;
using EventHub.App.Hosting;
using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Directory;

/// <summary>The duplicates page: which record is kept by default, which one is archived, and what a merge will do.</summary>
public class DuplicatesPageTests : ComponentTestBase
{
    [Fact]
    public async Task AnArchivedOldRecordAndTheLiveOne_TheLiveOneIsKeptByDefault_TheOldOneIsMarkedArchived()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        var (old, current) = await ArchivedOldAndLiveAsync();

        var page = Render<DuplicatesPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));
        var rows = page.FindAll("tbody tr");
        Assert.Contains("Stichting Cafe-Noord", rows[0].TextContent);
        Assert.DoesNotContain("Archived", rows[0].TextContent);
        Assert.True(rows[0].QuerySelector("input[type=radio]")!.HasAttribute("checked"));
        Assert.Contains("Archived", rows[1].TextContent);
        Assert.Contains("Merge into Stichting Cafe-Noord", rows[1].TextContent);
        Assert.Equal([$"organisations/{current}", $"organisations/{old}"], rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")));
    }

    [Fact]
    public async Task KeepingTheArchivedRecord_TheConfirmationSaysItComesBackIntoTheLists()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        await ArchivedOldAndLiveAsync();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<DuplicatesPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tbody tr").Count));

        await page.FindAll("tbody tr")[1].QuerySelector("input[type=radio]")!.ChangeAsync(new ChangeEventArgs { Value = "on" });
        page.WaitForAssertion(() => Assert.Contains("Merge into Stichting Café Noord", page.FindAll("tbody tr")[0].TextContent));
        // Not awaited: the click's handler waits for the confirmation.
        _ = page.FindAll("tbody tr")[0].QuerySelector("button")!.ClickAsync(new MouseEventArgs());

        dialogs.WaitForAssertion(() => Assert.Contains(
            "\"Stichting Café Noord\" is archived and comes back into lists and pickers.", dialogs.Find(".mud-dialog").TextContent));
        await dialogs.Find("#confirm-ok").ClickAsync(new MouseEventArgs());

        page.WaitForAssertion(() => Assert.Contains("No possible duplicates", page.Markup));
        var list = await Services.GetRequiredService<OrganisationService>().ListAsync(new OrganisationQuery());
        Assert.Equal(["Stichting Café Noord"], list.Items.Select(o => o.Name));
    }

    [Fact]
    public async Task AfterAnImportWithManyLookAlikes_TheGroupsComeTwentyToAPage_AndThePageIsInTheAddress()
    {
        SignInAs("Olga Bakker", Policies.Organise);
        var organisations = Services.GetRequiredService<OrganisationService>();
        for (var i = 1; i <= 45; i++)
        {
            await organisations.CreateAsync(new OrganisationInput($"Buurthuis {i:00}", Sector.CivilSociety), Staff.Organiser);
            await organisations.CreateAsync(new OrganisationInput($"BUURTHUIS-{i:00}", Sector.CivilSociety), Staff.Organiser);
        }

        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("/directory/duplicates");
        var focus = JSInterop.SetupModule("./js/page-focus.js");
        var page = Render<DuplicatesPage>();

        page.WaitForAssertion(() => Assert.Equal(DuplicatesPage.PageSize, page.FindAll("h2").Count));
        Assert.Equal("45 groups of possible duplicates · 1–20 shown", page.Find("#duplicates-count").TextContent.Trim());
        Assert.Contains("Buurthuis 01", page.FindAll("tbody tr")[0].TextContent);
        Assert.Empty(focus.Invocations);

        await page.Find("#duplicates-pages button[aria-label='Page 3']").ClickAsync(new MouseEventArgs());

        Assert.EndsWith("/directory/duplicates?page=3", navigation.Uri);
        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("h2").Count));
        Assert.Equal("45 groups of possible duplicates · 41–45 shown", page.Find("#duplicates-count").TextContent.Trim());
        Assert.Contains("Buurthuis 41", page.FindAll("tbody tr")[0].TextContent);
        // The pager is at the foot of the list: the new groups are read from the top, where it says which are shown.
        page.WaitForAssertion(() => Assert.Equal(["#duplicates-count"], focus.Invocations["focusPageTop"].Select(call => (string)call.Arguments[0]!)));

        navigation.NavigateTo("/directory/duplicates?page=9");
        var beyond = Render<DuplicatesPage>();
        beyond.WaitForAssertion(() => Assert.Equal(5, beyond.FindAll("h2").Count));
    }

    /// <summary>"Stichting Café Noord", archived long ago, and "Stichting Cafe-Noord", entered later.</summary>
    private async Task<(int Old, int Current)> ArchivedOldAndLiveAsync()
    {
        var organisations = Services.GetRequiredService<OrganisationService>();
        var old = (await organisations.CreateAsync(new OrganisationInput("Stichting Café Noord", Sector.CivilSociety), Staff.Organiser)).Value;
        Assert.True((await organisations.ArchiveAsync(old, Staff.Organiser)).Succeeded);
        Time.Advance(TimeSpan.FromDays(200));
        var current = (await organisations.CreateAsync(new OrganisationInput("Stichting Cafe-Noord", Sector.CivilSociety), Staff.Organiser)).Value;
        return (old, current);
    }
}
