using Bunit;
using EventHub.App.Components.Pages.Accounts;
using EventHub.App.Components.Pages.Accounts.MyAccount;
using EventHub.App.Hosting;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace EventHub.Tests.Components.Accounts;

/// <summary>
/// A staff member changes their own name, language and address on /account; an admin corrects a colleague's name and
/// downloads their data on /admin/users.
/// </summary>
public class AccountDetailsScreensTests : StaffAccountScreenTestBase
{
    [Fact]
    public async Task MyAccount_ANewName_IsSaved_AndThePageLoadsAnewThroughTheSignInRefresh()
    {
        var (_, fenna) = await TwoColleaguesAsync(Language.En);
        SignInAsAccount(fenna, "Fenna de Vries");
        var (page, dialogs) = RenderWithDialogs<MyAccountPage>();
        page.WaitForElement("#my-account-edit").Click();
        dialogs.WaitForElement("#details-name");
        Assert.Equal("Fenna de Vries", dialogs.Find("#details-name").GetAttribute("value"));
        Assert.NotEmpty(dialogs.FindAll("#details-language input[type=radio]"));

        await dialogs.Find("#details-name").ChangeAsync(new() { Value = "Fenna van Dam" });
        await dialogs.Find("#details-save").ClickAsync(new());

        page.WaitForAssertion(() => Assert.EndsWith("/account/details-saved", Services.GetRequiredService<NavigationManager>().Uri));
        Assert.Equal("Fenna van Dam", (await UserAsync(fenna)).DisplayName);
    }

    [Fact]
    public async Task MyAccount_AnEmptyName_IsRefusedWithAMessage_AndNothingIsSaved()
    {
        var (_, fenna) = await TwoColleaguesAsync(Language.En);
        SignInAsAccount(fenna, "Fenna de Vries");
        var (page, dialogs) = RenderWithDialogs<MyAccountPage>();
        page.WaitForElement("#my-account-edit").Click();
        dialogs.WaitForElement("#details-name");

        await dialogs.Find("#details-name").ChangeAsync(new() { Value = "  " });
        await dialogs.Find("#details-save").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("This field is required.", dialogs.Find(".mud-dialog").TextContent));
        Assert.Equal("Fenna de Vries", (await UserAsync(fenna)).DisplayName);
        Assert.DoesNotContain("details-saved", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Theory]
    [InlineData("FENNA@groningen.nl", "FENNA@groningen.nl is already your address.")]
    [InlineData("anna@groningen.nl", "anna@groningen.nl is the address of another account. Choose another address.")]
    public async Task MyAccount_ChangeEmail_ToItsOwnOrAColleaguesAddress_SaysWhy_AndSendsNothing(string address, string says)
    {
        var (_, fenna) = await TwoColleaguesAsync(Language.En);
        SignInAsAccount(fenna, "Fenna de Vries");
        var (page, dialogs) = RenderWithDialogs<MyAccountPage>();
        page.WaitForElement("#my-account-change-email").Click();
        dialogs.WaitForElement("#email-change-address");

        await dialogs.Find("#email-change-address").ChangeAsync(new() { Value = address });
        await dialogs.Find("#email-change-send").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Equal(says, dialogs.Find("#email-change-error").TextContent.Trim()));
        await using var db = await DbFactory.CreateDbContextAsync();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Kind == AccountEmails.EmailChangeKind));
    }

    [Fact]
    public async Task MyAccount_ChangeEmail_SendsTheLink_SaysWhere_AndTheAddressStaysUntilConfirmed()
    {
        var (_, fenna) = await TwoColleaguesAsync(Language.En);
        SignInAsAccount(fenna, "Fenna de Vries");
        var (page, dialogs) = RenderWithDialogs<MyAccountPage>();
        page.WaitForElement("#my-account-change-email").Click();
        dialogs.WaitForElement("#email-change-address");
        Assert.Contains("Your address is now fenna@groningen.nl.", dialogs.Find("#email-change-intro").TextContent);

        await dialogs.Find("#email-change-address").ChangeAsync(new() { Value = "fenna.vandam@groningen.nl" });
        await dialogs.Find("#email-change-send").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("We sent a link to fenna.vandam@groningen.nl.", page.Find("#my-account-email-sent").TextContent));
        Assert.Contains("Asked to change the email address to fenna.vandam@groningen.nl", page.Find("#my-account-history").TextContent);
        Assert.Equal("fenna@groningen.nl", (await UserAsync(fenna)).Email);
    }

    [Fact]
    public async Task Users_AnAdminCorrectsAColleaguesName_NotTheirAddressOrLanguage_AndDownloadsTheirData()
    {
        var (anna, fenna) = await TwoColleaguesAsync(Language.En);
        SignInAsAccount(anna, "Anna Admin", Policies.Administer);
        var (page, dialogs) = RenderWithDialogs<Users>();
        page.WaitForElement("#users-table");
        Assert.DoesNotContain(OpenMoreActions(page, "Anna Admin"), item => item.TextContent.Trim() == "Change name"); // their own is on /account
        var download = OpenMoreActions(page, "Fenna de Vries").Single(item => item.TextContent.Trim() == "Download data");
        Assert.Equal($"admin/users/{fenna}/export.zip?lang=en", download.GetAttribute("href"));
        Assert.True(download.HasAttribute("download"));

        ChooseMoreAction(page, "Fenna de Vries", "Change name");
        dialogs.WaitForElement("#details-name");
        Assert.Contains("Only Fenna de Vries can change their email address", dialogs.Find("#details-email-note").TextContent);
        Assert.Empty(dialogs.FindAll("#details-language"));
        await dialogs.Find("#details-name").ChangeAsync(new() { Value = "Fenna van Dam" });
        await dialogs.Find("#details-save").ClickAsync(new());

        page.WaitForAssertion(() => Assert.Contains("Fenna van Dam", page.Find("#users-table").TextContent));
        await using var db = await DbFactory.CreateDbContextAsync();
        var record = await db.AccountAuditRecords.Where(r => r.AccountId == fenna).OrderByDescending(r => r.Id).FirstAsync();
        Assert.Equal((AccountAuditAction.NameChanged, anna), (record.Action, record.ActorId));
    }

    private async Task<AppUser> UserAsync(string id)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }
}
