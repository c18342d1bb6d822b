using Bunit;
using EventHub.App.Components.Pages.Insight;
using EventHub.App.Hosting;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Tests.Core.Engagement;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace EventHub.Tests.Components.Insight;

/// <summary>
/// The organiser reads the alliance over a range and invites an organisation that stayed away (the clock: 29 November 2026).
/// </summary>
public class AllianceDashboardPageTests : ComponentTestBase
{
    private async Task<(int UpcomingId, int ShopId, int ShopContactId)> SeedAsync()
    {
        var world = new AllianceWorld(DbFactory, Time.GetUtcNow().UtcDateTime);
        var school = await world.OrganisationAsync("Basisschool De Es", Sector.Education, SubSector.Primary);
        var shop = await world.OrganisationAsync("Winkel Zuid", Sector.Business, SubSector.SmallBusiness);
        var september = await world.EventAsync("Dialoogavond september", new DateTime(2026, 9, 10, 17, 0, 0, DateTimeKind.Utc), "SDG 4 Quality education");
        await world.InviteAsync(september, school.Contact, Took.Came);
        await world.InviteAsync(september, shop.Contact, Took.Declined);
        var upcoming = await world.EventAsync("Alliantiedag 2027", new DateTime(2027, 1, 15, 13, 0, 0, DateTimeKind.Utc));
        return (upcoming.EventId, shop.Organisation.Id, shop.Contact.Id);
    }

    [Fact]
    public async Task Dashboard_ShowsTheLastTwelveMonths_AndAddsANotEngagedOrganisationToAnUpcomingEvent()
    {
        var (upcomingId, shopId, shopContactId) = await SeedAsync();
        SignInAs("Olga Organiser", Policies.Organise);
        var dialogs = Render<MudDialogProvider>();
        Render<MudPopoverProvider>();

        var page = Render<AllianceDashboardPage>();

        page.WaitForAssertion(() => Assert.Equal("Showing 30 November 2025 to 29 November 2026.", page.Find("#insight-range-text").TextContent.Trim()));
        Assert.Equal("2025-11-30", page.Find("#insight-from").GetAttribute("value"));
        var school = page.FindAll("#insight-subsectors tbody tr").Single(r => r.TextContent.Contains("Education · Primary"));
        Assert.Equal(["1", "1", "1", "0"], school.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        var row = page.Find($"#insight-not-engaged-table tr[data-organisation='{shopId}']");
        Assert.Contains("Never", row.TextContent);
        Assert.Contains("SDG 4 Quality education", page.Find("#insight-themes").TextContent);

        // Not awaited: the click's handler waits for the dialog to close.
        _ = row.QuerySelector("button")!.ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        dialogs.WaitForElement("#insight-add-confirm");
        await dialogs.Find("#insight-add-confirm").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        await using var db = await DbFactory.CreateDbContextAsync();
        page.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("#insight-add-confirm")));
        var listed = await db.Invitations.Where(i => i.EventId == upcomingId).Select(i => new { i.ContactId, i.Status }).SingleAsync();
        Assert.Equal((shopContactId, InvitationStatus.Listed), (listed.ContactId, listed.Status));
    }

    [Fact]
    public async Task NotEngaged_TheBulkAddAppearsOnlyOnceAnOrganisationIsTicked()
    {
        var (_, shopId, _) = await SeedAsync();
        SignInAs("Olga Organiser", Policies.Organise);
        Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var page = Render<AllianceDashboardPage>();
        page.WaitForElement($"#insight-not-engaged-table tr[data-organisation='{shopId}']");
        Assert.Empty(page.FindAll("#insight-add-selected")); // nothing ticked: no button that cannot do anything

        await page.Find($"#insight-not-engaged-table tr[data-organisation='{shopId}'] input[type=checkbox]").ChangeAsync(new() { Value = true });

        page.WaitForAssertion(() => Assert.Equal("Add 1 organisation to event", page.Find("#insight-add-selected").TextContent.Trim()));
        Assert.Equal("polite", page.Find("#insight-add-selected-region").GetAttribute("aria-live"));
    }

    [Fact]
    public async Task QuickPick_LastYear_ShowsThatYear_WithItsEmptyStates()
    {
        await SeedAsync();
        SignInAs("Olga Organiser", Policies.Organise);
        Render<MudDialogProvider>();
        Render<MudPopoverProvider>();
        var page = Render<AllianceDashboardPage>();
        page.WaitForElement("#insight-last-year");

        await page.Find("#insight-last-year").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        page.WaitForAssertion(() => Assert.Equal("Showing 1 January 2025 to 31 December 2025.", page.Find("#insight-range-text").TextContent.Trim()));
        Assert.Equal("No one was invited to an event in this period.", page.Find("#insight-participation-empty").TextContent.Trim());
        Assert.Equal("No action items were agreed in this period.", page.Find("#insight-actions-empty").TextContent.Trim());
        Assert.Equal("No one was invited to an event in this period, so there is no room to measure yet.", page.Find("#insight-targets-nothing").TextContent.Trim());
        Assert.Empty(page.FindAll("#insight-all-inside"));
    }

    [Fact]
    public void NewInstall_EmptyDirectory_SaysToAddOrganisations_NotThatEveryoneTookPart()
    {
        // A new alliance's coordinator opens the dashboard before the directory has anyone in it.
        SignInAs("Olga Organiser", Policies.Organise);
        Render<MudDialogProvider>();
        Render<MudPopoverProvider>();

        var page = Render<AllianceDashboardPage>();

        page.WaitForElement("#insight-not-engaged");
        var notEngaged = page.Find("#insight-not-engaged").TextContent;
        Assert.Contains("No organisations yet", notEngaged);
        Assert.DoesNotContain("Everyone took part", notEngaged);
        Assert.Equal("Add or import organisations", page.Find("#insight-not-engaged a[href='organisations']").TextContent.Trim());
        Assert.Equal("No one was invited to an event in this period, so there is no room to measure yet.", page.Find("#insight-targets-nothing").TextContent.Trim());
        Assert.Empty(page.FindAll("#insight-all-inside"));
    }
}
