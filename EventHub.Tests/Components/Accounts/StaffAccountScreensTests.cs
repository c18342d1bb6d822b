using Bunit;
using EventHub.App.Components.Pages.Accounts;
using EventHub.App.Components.Pages.Accounts.MyAccount;
using EventHub.App.Hosting;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Accounts;

/// <summary>
/// The end of a staff account's life and its history, on the admin's Users page and on the person's own account page.
/// </summary>
public class StaffAccountScreensTests : StaffAccountScreenTestBase
{
    [Fact]
    public async Task RemovingAColleague_SaysWhatGoesAndWhatStays_WantsTheirNameTyped_ThenTheyAreGone()
    {
        var (anna, fenna) = await TwoColleaguesAsync(Language.Nl, TimeSpan.FromHours(1));
        SignInAsAccount(anna, "Anna Admin", Policies.Administer);
        var (page, dialogs) = RenderUsers();
        page.WaitForElement("#users-table");
        Assert.DoesNotContain(OpenMoreActions(page, "Anna Admin"), item => item.TextContent.Trim() == "Remove…"); // never one's own

        ChooseMoreAction(page, "Fenna de Vries", "Remove…");

        dialogs.WaitForElement("#remove-consequences");
        var dialog = dialogs.Find(".mud-dialog").TextContent;
        Assert.Contains("Remove the account of Fenna de Vries?", dialog);
        Assert.Contains("cannot be undone", dialog);
        Assert.Contains("signed out at once", dialog);
        Assert.Contains("“Removed account”", dialog);
        Assert.Contains("can be invited again later, as a new account", dialog);
        Assert.True(dialogs.Find("#remove-confirm").HasAttribute("disabled"));
        await dialogs.Find("#remove-name").InputAsync(new() { Value = "Fenna" });
        Assert.True(dialogs.Find("#remove-confirm").HasAttribute("disabled"));
        await dialogs.Find("#remove-name").InputAsync(new() { Value = "fenna de vries" });
        Assert.False(dialogs.Find("#remove-confirm").HasAttribute("disabled"));

        await dialogs.Find("#remove-confirm").ClickAsync(new());

        page.WaitForAssertion(() => Assert.DoesNotContain("Fenna de Vries", page.Find("#users-table").TextContent));
        await using var db = await DbFactory.CreateDbContextAsync();
        Assert.False(await db.Users.AnyAsync(u => u.Id == fenna));
    }

    /// <summary>
    /// A row had up to eight buttons. Now the roles, and the one step the person's state asks for, are buttons; the rest
    /// is in a "More actions" menu whose name says whose row it is; a destructive choice there still asks first.
    /// </summary>
    [Fact]
    public async Task Users_EachRow_ShowsTheRolesAndItsStatesStep_AndTheRestInAMenuNamedAfterThePerson()
    {
        var (anna, fenna) = await TwoColleaguesAsync(Language.Nl, TimeSpan.FromHours(1));
        var staff = Services.GetRequiredService<StaffAccountService>();
        Assert.True((await staff.InviteAsync(TeamMember.InRoles(anna, "Anna Admin", Roles.Admin), "gerrit@groningen.nl", "Gerrit Bos", Language.Nl, [Roles.DoorStaff])).Succeeded);
        SignInAsAccount(anna, "Anna Admin", Policies.Administer);
        var (page, dialogs) = RenderUsers();
        page.WaitForElement("#users-table");

        Assert.Equal(["Roles", "More actions"], ButtonsInRowOf(page, "Fenna de Vries"));
        Assert.Equal(["Roles", "Resend invitation", "More actions"], ButtonsInRowOf(page, "Gerrit Bos")); // invited: a new invitation
        Assert.Equal(["Roles", "More actions"], ButtonsInRowOf(page, "Anna Admin"));
        var menu = page.Find("button[aria-label='More actions for Fenna de Vries']");
        Assert.Equal("More actions", menu.TextContent.Trim()); // the name starts with what it says
        Assert.Equal(
            ["History", "Change name", "Download data", "Send reset link", "Deactivate", "Remove…"],
            OpenMoreActions(page, "Fenna de Vries").Select(item => item.TextContent.Trim()));

        ChooseMoreAction(page, "Fenna de Vries", "Deactivate");

        dialogs.WaitForAssertion(() => Assert.Contains("Deactivate Fenna de Vries?", dialogs.Find(".mud-dialog").TextContent));
        Assert.Equal(AccountState.Active, (await Services.GetRequiredService<TeamDirectory>().FindAsync(fenna))!.State); // not before she confirms
    }

    [Fact]
    public async Task RemovingAFacilitator_SaysWhichSessionsStillToComeNeedSomeoneElse()
    {
        var (anna, fenna) = await TwoColleaguesAsync(Language.Nl, TimeSpan.FromHours(1));
        await FacilitateAsync(fenna, "Tafelgesprek", "Werkplaats");
        SignInAsAccount(anna, "Anna Admin", Policies.Administer);
        var (page, dialogs) = RenderUsers();
        page.WaitForElement("#users-table");

        ChooseMoreAction(page, "Fenna de Vries", "Remove…");

        dialogs.WaitForAssertion(() => Assert.Contains("They no longer facilitate 2 sessions still to come", dialogs.Find("#remove-sessions").TextContent));
        Assert.Empty(dialogs.FindAll("#remove-events"));
    }

    [Fact]
    public async Task AnAdmin_ReadsAColleaguesHistory_InDutch_WhatWhoAndWhen()
    {
        UseCulture("nl");
        var (anna, fenna) = await TwoColleaguesAsync(Language.Nl, TimeSpan.FromHours(1));
        SignInAsAccount(anna, "Anna Admin", Policies.Administer);
        var (page, dialogs) = RenderUsers();
        page.WaitForElement("#users-table");

        page.Find("button[aria-label='Meer acties voor Fenna de Vries']").Click();
        Popovers.WaitForElements(".mud-menu-item").Single(item => item.TextContent.Trim() == "Geschiedenis").Click();

        dialogs.WaitForElement("#account-history");
        var lines = dialogs.FindAll("#account-history li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains("Wachtwoord gekozen via de uitnodigingslink", lines[0]);
        Assert.Contains("Door de persoon zelf", lines[0]);
        Assert.Contains("Uitgenodigd als Gespreksleider", lines[1]);
        Assert.Contains("Door jou · 29 nov 2026 10:00", lines[1]); // local time, as elsewhere
        Assert.Empty(dialogs.FindAll("#account-history-more"));
    }

    [Fact]
    public async Task MyAccount_ReadInTheLanguageOfTheAccount_SaysNothingAboutTheLanguage()
    {
        var (_, fenna) = await TwoColleaguesAsync(Language.Nl, TimeSpan.FromHours(1));
        UseCulture("nl");
        SignInAsAccount(fenna, "Fenna de Vries", Policies.Facilitate);
        Render<MudPopoverProvider>();

        var page = Render<MyAccountPage>();

        page.WaitForElement("#my-account-history");
        Assert.Equal("Nederlands", page.Find("#my-account-language").TextContent.Trim());
        Assert.Empty(page.FindAll("#my-account-language-differs"));
    }

    [Fact]
    public async Task MyAccount_ShowsWhatIsHeld_TheDownloadInTheReadersLanguage_AndTheHistory_OlderLinesOnRequest()
    {
        var (anna, fenna) = await TwoColleaguesAsync(Language.Nl, TimeSpan.FromHours(1));
        var accounts = Services.GetRequiredService<StaffAccountService>();
        var admin = TeamMember.InRoles(anna, "Anna Admin", Roles.Admin);
        for (var i = 0; i < 20; i++)
        {
            Assert.True((await accounts.SendResetLinkAsync(admin, fenna)).Succeeded);
        }

        SignInAsAccount(fenna, "Fenna de Vries", Policies.Facilitate);
        Render<MudPopoverProvider>();

        var page = Render<MyAccountPage>();

        page.WaitForElement("#my-account-history");
        var details = page.Find("#my-account-details").TextContent;
        Assert.Contains("Fenna de Vries", details);
        Assert.Contains("fenna@groningen.nl", details);
        Assert.Equal("Dutch", page.Find("#my-account-language").TextContent.Trim());
        // Her browser shows English (picked before she signed in, or its own language), so the page says her emails still come in Dutch.
        Assert.Equal("In this browser the screens are in English, while your emails come in Dutch. Pick a language at the top of the page, or save one here, to use it for both.",
            page.Find("#my-account-language-differs").TextContent.Trim());
        Assert.Equal("Facilitator", page.Find("#my-account-roles").TextContent.Trim());
        Assert.StartsWith("Off", page.Find("#my-account-two-factor").TextContent.Trim());
        Assert.Equal("account/export.zip?lang=en", page.Find("#my-account-export").GetAttribute("href"));
        Assert.Equal(AccountHistoryReader.PageSize, page.FindAll("#my-account-history li").Count);
        Assert.Contains("By Anna Admin", page.FindAll("#my-account-history li")[0].TextContent);

        await page.Find("#my-account-history-more").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Equal(22, page.FindAll("#my-account-history li").Count));
        Assert.Contains("By you", page.FindAll("#my-account-history li")[^2].TextContent); // the password she chose
        Assert.Empty(page.FindAll("#my-account-history-more"));
    }

    private (IRenderedComponent<Users> Page, IRenderedComponent<MudDialogProvider> Dialogs) RenderUsers() => RenderWithDialogs<Users>();

    /// <summary>What the buttons in the row of <paramref name="person"/> say, in order.</summary>
    private static List<string> ButtonsInRowOf(IRenderedComponent<Users> page, string person) =>
        page.FindAll("#users-table tbody tr").Single(row => row.QuerySelector(".eh-user-name")!.TextContent.Trim() == person)
            .QuerySelectorAll("button").Select(button => button.TextContent.Trim()).ToList();

    /// <summary>Sessions of a meeting in two weeks, with Fenna as their facilitator.</summary>
    private async Task FacilitateAsync(string fennaId, params string[] titles)
    {
        var now = Time.GetUtcNow().UtcDateTime;
        await using var db = await DbFactory.CreateDbContextAsync();
        var fenna = await db.Users.SingleAsync(u => u.Id == fennaId);
        var meeting = new EventHub.Core.Events.Event("Alliantiedag", now.AddDays(14), now.AddDays(14).AddHours(4));
        foreach (var title in titles)
        {
            meeting.AddSession(title, EventHub.Core.Events.SessionKind.Workshop, meeting.StartUtc, meeting.EndUtc).AssignFacilitators([fenna]);
        }

        db.Events.Add(meeting);
        await db.SaveChangesAsync();
    }
}
