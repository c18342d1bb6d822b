using Bunit;
using EventHub.App.Components.Pages.Directory.Organisations;
using EventHub.App.Hosting;
using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Directory;

public class OrganisationListTests : ComponentTestBase
{
    [Fact]
    public async Task List_SearchAndSectorFilter_AskTheServerForMatchingRowsOnly()
    {
        SignInAs("Olga Bakker", Policies.Organise, Policies.Facilitate);
        await AddOrganisationsAsync(30);
        await Organisations.CreateAsync(new OrganisationInput("Gemeente Groningen", Sector.Government, SubSector.Municipality), Staff.Organiser);
        Render<MudPopoverProvider>();
        var list = Render<OrganisationList>();
        var pager = PagerOf(list);
        pager.WaitForAssertion(() => Assert.Contains("1-25 of 31", pager.Markup));

        await TypeAndPauseAsync(list.Find("#organisation-search"), "gemeente", TimeSpan.FromMilliseconds(300));

        pager.WaitForAssertion(() => Assert.Contains("1-1 of 1", pager.Markup));
        list.WaitForAssertion(() => Assert.Single(list.FindAll("tbody tr"))); // the rows render right after the pager
        Assert.Contains("Government · Municipality", list.Find("tbody tr").Text());
    }

    [Fact]
    public async Task List_NextPage_ShowsTheRestInNameOrder()
    {
        var (list, pager) = await RenderThirtyAsync();

        await list.Find("button[aria-label='Next page']").ClickAsync(new MouseEventArgs());

        pager.WaitForAssertion(() => Assert.Contains("26-30 of 30", pager.Markup));
        list.WaitForAssertion(() => Assert.Equal(5, list.FindAll("tbody tr").Count));
        Assert.Contains("Partner 26", list.FindAll("tbody tr")[0].Text());
    }

    [Fact]
    public async Task List_NextPageOrASearch_IsSaidToAScreenReader_WhichRowsAreShownNow()
    {
        var (list, _) = await RenderThirtyAsync();

        await list.Find("button[aria-label='Next page']").ClickAsync(new MouseEventArgs());
        list.WaitForAssertion(() => Assert.Equal("26-30 of 30", list.Find(".eh-visually-hidden[role=status]").TextContent));

        await TypeAndPauseAsync(list.Find("#organisation-search"), "partner 1", TimeSpan.FromMilliseconds(300));
        list.WaitForAssertion(() => Assert.Equal("1-10 of 10", list.Find(".eh-visually-hidden[role=status]").TextContent));
    }

    [Fact]
    public void List_Facilitator_SeesNoEditingActions()
    {
        SignInAs("Femke Jansen", Policies.Facilitate);
        Render<MudPopoverProvider>();

        var list = Render<OrganisationList>();

        list.WaitForAssertion(() => Assert.Contains("The directory is empty", list.Markup));
        Assert.Empty(list.FindAll("#new-organisation"));
    }

    [Fact]
    public async Task EditDialog_TakenName_ExplainsAloud_MarksTheName_AndLinksToTheExistingOne()
    {
        SignInAs("Olga Bakker", Policies.Organise, Policies.Facilitate);
        var existing = (await Organisations.CreateAsync(new OrganisationInput("Stichting Café Noord", Sector.CivilSociety), Staff.Organiser)).Value;
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var form = new OrganisationForm { Name = "stichting cafe noord", Sector = Sector.CivilSociety };

        await dialogs.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<OrganisationEditDialog>("New",
            new DialogParameters<OrganisationEditDialog> { { d => d.Title, "New" }, { d => d.Form, form } }));
        dialogs.Find("form").Submit();

        dialogs.WaitForAssertion(() => Assert.Contains("already in the directory", dialogs.Find("#organisation-error").Text()));
        Assert.Equal($"organisations/{existing}", dialogs.Find("#existing-organisation").GetAttribute("href"));
        Assert.Equal(1, (await Organisations.ListAsync(new OrganisationQuery())).TotalCount);
        // Said to a screen reader as it appears, and the name is the field in question.
        Assert.Equal("alert", dialogs.Find("#organisation-error").GetAttribute("role"));
        Assert.Equal("true", dialogs.Find("#organisation-name").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void NewOrganisation_Empty_ShowsWhatIsRequired()
    {
        SignInAs("Olga Bakker", Policies.Organise, Policies.Facilitate);
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var list = Render<OrganisationList>();

        list.Find("#new-organisation").Click();
        dialogs.WaitForElement("form").Submit();

        dialogs.WaitForAssertion(() => Assert.Equal(2, dialogs.FindAll(".mud-input-helper-text.mud-input-error").Count(e => e.Text() == "This field is required.")));
    }

    /// <summary>
    /// The grid's pager, which renders once a page of rows has arrived (just before the rows). Waiting on it checks a
    /// few lines of markup per render; waiting on the whole list re-read 25 rows of grid markup on each of the hundreds
    /// of renders a reload makes, which on a loaded machine took longer than the wait.
    /// </summary>
    private static IRenderedComponent<MudDataGridPager<OrganisationRow>> PagerOf(IRenderedComponent<OrganisationList> list) =>
        list.FindComponent<MudDataGridPager<OrganisationRow>>();

    private OrganisationService Organisations => Services.GetRequiredService<OrganisationService>();

    /// <summary>An organiser's list of 30 organisations, its first page of 25 shown.</summary>
    private async Task<(IRenderedComponent<OrganisationList> List, IRenderedComponent<MudDataGridPager<OrganisationRow>> Pager)> RenderThirtyAsync()
    {
        SignInAs("Olga Bakker", Policies.Organise, Policies.Facilitate);
        await AddOrganisationsAsync(30);
        Render<MudPopoverProvider>();
        var list = Render<OrganisationList>();
        var pager = PagerOf(list);
        pager.WaitForAssertion(() => Assert.Contains("1-25 of 30", pager.Markup));
        return (list, pager);
    }

    private async Task AddOrganisationsAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await Organisations.CreateAsync(new OrganisationInput($"Partner {i:00}", Sector.Business, SubSector.Employer), Staff.Organiser);
        }
    }
}
