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
        Assert.Empty(page.FindAll("button[aria-label='Remove the account of Anna Admin…']")); // never one's own

        page.Find("button[aria-label='Remove the account of Fenna de Vries…']").Click();

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

    [Fact]
    public async Task RemovingAFacilitator_SaysWhichSessionsStillToComeNeedSomeoneElse()
    {
        var (anna, fenna) = await TwoColleaguesAsync(Language.Nl, TimeSpan.FromHours(1));
        await FacilitateAsync(fenna, "Tafelgesprek", "Werkplaats");
        SignInAsAccount(anna, "Anna Admin", Policies.Administer);
        var (page, dialogs) = RenderUsers();
        page.WaitForElement("#users-table");

        page.Find("button[aria-label='Remove the account of Fenna de Vries…']").Click();

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

        page.Find("button[aria-label='Geschiedenis van het account van Fenna de Vries']").Click();

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
        // She reads these screens in English (the switch at the top), so the page says her emails still come in Dutch.
        Assert.Equal("These screens are in English now (chosen at the top of the page), while your emails come in Dutch. Save the language here to make both the same.",
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
