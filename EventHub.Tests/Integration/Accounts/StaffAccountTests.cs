using System.Net;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Demo;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Accounts;

/// <summary>Invitation, reset and change of a staff member's password through the real pages, and deactivation.</summary>
public class StaffAccountTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    private const string NewPassword = "Zonnige-dinsdag-2026";

    [Fact]
    public async Task Invitation_SetPassword_SignsInAndLandsOnTheirWork_AndTheLinkWorksOnce()
    {
        var email = NewEmail();
        var token = await InviteAsync(email, Roles.Facilitator);
        var client = SignIn.NewClient(app.Factory);

        var page = await client.GetAsync($"/account/set-password/{token}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(page.Headers.CacheControl?.NoStore);
        Assert.Contains("Welcome to EventHub", await page.Content.ReadAsStringAsync());

        var response = await PostSetPasswordAsync(client, token, NewPassword, NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/start", response.Headers.Location!.AbsolutePath); // the role landing: a facilitator's sessions
        Assert.Equal("/my-sessions", (await client.GetAsync("/start")).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/my-sessions")).StatusCode);
        var again = await SignIn.NewClient(app.Factory).GetAsync($"/account/set-password/{token}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Contains("This link no longer works", await again.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// The page of a Dutch colleague's invitation speaks Dutch, as its email did, and so does their work once they chose
    /// a password: the first sign-in sets the browser's screens to the account's language, as every sign-in does.
    /// </summary>
    [Fact]
    public async Task ADutchColleague_OpensTheirInvitationLink_InDutch_WhateverTheirBrowserSays_AndArrivesAtTheirWorkInDutch()
    {
        var email = NewEmail();
        Assert.True((await Accounts.InviteAsync(await AdminAsync(), email, "Collega", Language.Nl, [Roles.Facilitator])).Succeeded);
        var token = await StaffLinks.NewestTokenAsync(app.Factory.Services, email);
        var client = SignIn.NewClient(app.Factory);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        var page = await client.GetStringAsync($"/account/set-password/{token}");
        await PostSetPasswordAsync(client, token, NewPassword, NewPassword);
        var work = await client.GetStringAsync("/my-sessions");

        // The invitation email was Dutch; the page it opens was English before, and so was their work after it.
        Assert.Contains("<html lang=\"nl\"", page);
        Assert.Contains("Welkom bij EventHub", page);
        Assert.Contains("<html lang=\"nl\"", work);
        Assert.Contains("Mijn sessies", work);
    }

    [Fact]
    public async Task SetPassword_TwoDifferentPasswords_AreRefusedAndTheLinkKeepsWorking()
    {
        var email = NewEmail();
        var token = await InviteAsync(email, Roles.Organiser);
        var client = SignIn.NewClient(app.Factory);

        var response = await PostSetPasswordAsync(client, token, NewPassword, NewPassword + "x");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The two passwords are not the same.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await PostSetPasswordAsync(client, token, NewPassword, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Deactivated_IsRefusedOnTheirNextRequest_AndCannotSignInAgain()
    {
        var email = NewEmail();
        var token = await InviteAsync(email, Roles.Organiser);
        var client = SignIn.NewClient(app.Factory);
        await PostSetPasswordAsync(client, token, NewPassword, NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/events")).StatusCode);

        Assert.True((await Accounts.DeactivateAsync(await AdminAsync(), await IdOfAsync(email))).Succeeded);

        var refused = await client.GetAsync("/events");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/Account/Login", refused.Headers.Location!.PathAndQuery);
        var signIn = await SignIn.PostLoginAsync(SignIn.NewClient(app.Factory), email, NewPassword);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("Sign-in failed", await signIn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ForgotPassword_SameMessageForAnyAddress_AndTheLinkSetsANewPassword()
    {
        var email = NewEmail();
        var token = await InviteAsync(email, Roles.DoorStaff);
        var oldDevice = SignIn.NewClient(app.Factory);
        await PostSetPasswordAsync(oldDevice, token, NewPassword, NewPassword);

        var known = await PostForgotAsync(email);
        var unknown = await PostForgotAsync(NewEmail());

        Assert.Contains("If this address belongs to an active EventHub account", known);
        Assert.Equal(Between(known, "<section", "</section>"), Between(unknown, "<section", "</section>"));
        var resetToken = await StaffLinks.NewestTokenAsync(app.Factory.Services, email);
        Assert.NotEqual(token, resetToken);
        var client = SignIn.NewClient(app.Factory);
        Assert.Contains("Choose a new password", await client.GetStringAsync($"/account/set-password/{resetToken}"));
        Assert.Equal(HttpStatusCode.Redirect, (await PostSetPasswordAsync(client, resetToken, "Nieuwe-zomer-2027", "Nieuwe-zomer-2027")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await oldDevice.GetAsync("/")).StatusCode); // signed out elsewhere
        Assert.Equal(HttpStatusCode.OK, (await SignIn.PostLoginAsync(SignIn.NewClient(app.Factory), email, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(SignIn.NewClient(app.Factory), email, "Nieuwe-zomer-2027")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_FromTheUserMenu_KeepsThisBrowserSignedIn()
    {
        var email = NewEmail();
        var token = await InviteAsync(email, Roles.Organiser);
        var client = SignIn.NewClient(app.Factory);
        await PostSetPasswordAsync(client, token, NewPassword, NewPassword);

        var wrong = await PostChangeAsync(client, "not-my-password", "Herfst-in-Groningen-26");
        var right = await PostChangeAsync(client, NewPassword, "Herfst-in-Groningen-26");

        Assert.Contains("Your current password is not correct.", wrong);
        Assert.Contains("Your password is changed.", right);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/events")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(SignIn.NewClient(app.Factory), email, "Herfst-in-Groningen-26")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_SignedOut_GoesToSignIn()
    {
        var response = await SignIn.NewClient(app.Factory).GetAsync("/account/change-password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    /// <summary>A colleague's data request by email (GDPR art. 15): the admin downloads the file the colleague would.</summary>
    [Fact]
    public async Task AnAdmin_DownloadsAColleaguesData_TheirFileInTheAdminsLanguage_AndTheColleaguesHistorySaysWhichAdmin()
    {
        var email = NewEmail();
        var id = await ActiveColleagueAsync(email, Roles.Facilitator);
        var admin = await SignIn.AsAsync(app.Factory, "admin@eventhub.example");

        var response = await admin.GetAsync($"/admin/users/{id}/export.zip?lang=nl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        using var zip = new System.IO.Compression.ZipArchive(await response.Content.ReadAsStreamAsync());
        using var json = new StreamReader(zip.GetEntry(EventHub.Core.Privacy.StaffAccountExportService.JsonFileName)!.Open());
        var export = EventHub.Core.Privacy.StaffAccountExportService.ReadJson(await json.ReadToEndAsync())!;
        Assert.Equal((email, "Collega", Language.En), (export.Account.Email, export.Account.Name, export.Account.Language));
        using var html = new StreamReader(zip.GetEntry(EventHub.Core.Privacy.StaffAccountExportService.HtmlFileName)!.Open());
        Assert.Contains("<html lang=\"nl\"", await html.ReadToEndAsync());
        var newest = (await Accounts.HistoryAsync(id))[0];
        Assert.Equal((AccountAuditAction.DataExported, await IdOfAsync("admin@eventhub.example")), (newest.Action, newest.ActorId));
        var organiser = await SignIn.AsAsync(app.Factory, "organiser@eventhub.example");
        Assert.NotEqual(HttpStatusCode.OK, (await organiser.GetAsync($"/admin/users/{id}/export.zip")).StatusCode);
    }

    /// <summary>
    /// The link to a new address changes nothing when opened (mail scanners open links too); its button does. The browser
    /// that confirmed stays signed in; from then on the new address signs in and the old one does not.
    /// </summary>
    [Fact]
    public async Task ANewAddress_ConfirmedThroughItsLink_BecomesTheSignInAddress_AndTheConfirmingBrowserStaysSignedIn()
    {
        var email = NewEmail();
        var id = await ActiveColleagueAsync(email, Roles.Organiser);
        var browser = SignIn.NewClient(app.Factory);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(browser, email, NewPassword)).StatusCode);
        var newEmail = NewEmail();
        Assert.True((await Accounts.RequestEmailChangeAsync(TeamMember.InRoles(id, "Collega", Roles.Organiser), newEmail)).Succeeded);
        var sent = OutboxLinks.TextAsSent(app.Factory.Services, await StaffLinks.NewestMessageToAsync(app.Factory.Services, newEmail));
        var url = System.Text.RegularExpressions.Regex.Match(sent, "/account/confirm-email/[A-Za-z0-9_-]+").Value;

        var page = await browser.GetAsync(url);
        var stillOld = await IdOfAsync(email);
        var confirmed = await browser.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "confirm-email",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(await page.Content.ReadAsStringAsync()),
            ["confirm"] = "yes",
        }));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(page.Headers.CacheControl?.NoStore);
        Assert.Equal(id, stillOld);
        Assert.Contains("id=\"confirm-email-done\"", await confirmed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(SignIn.NewClient(app.Factory), newEmail, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignIn.PostLoginAsync(SignIn.NewClient(app.Factory), email, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await SignIn.NewClient(app.Factory).GetAsync(url)).StatusCode);
    }

    /// <summary>After a person changed their language on /account, the screens speak it at once, and their sign-in is made anew (it carries their name).</summary>
    [Fact]
    public async Task DetailsSaved_SwitchesTheScreensToTheChosenLanguage_AndRenewsTheSignIn()
    {
        var email = NewEmail();
        var id = await ActiveColleagueAsync(email, Roles.Organiser);
        var browser = SignIn.NewClient(app.Factory);
        await SignIn.PostLoginAsync(browser, email, NewPassword);
        var self = TeamMember.InRoles(id, "Collega", Roles.Organiser);
        Assert.True((await Accounts.ChangeLanguageAsync(self, Language.Nl)).Succeeded);
        Assert.True((await Accounts.ChangeNameAsync(self, id, "Collega de Vries")).Succeeded);

        var response = await browser.GetAsync("/account/details-saved");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account", response.Headers.Location!.OriginalString);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture=c%3Dnl%7Cuic%3Dnl", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("EventHub.Auth=", StringComparison.Ordinal));
        Assert.Contains("<html lang=\"nl\"", await browser.GetStringAsync("/account"));
    }

    private StaffAccountService Accounts => app.Factory.Services.GetRequiredService<StaffAccountService>();

    /// <summary>A colleague invited in English who chose <see cref="NewPassword"/>; returns their id.</summary>
    private async Task<string> ActiveColleagueAsync(string email, string role)
    {
        var token = await InviteAsync(email, role);
        Assert.True((await Accounts.SetPasswordAsync(token, NewPassword)).Succeeded);
        return await IdOfAsync(email);
    }

    private static string NewEmail() => $"collega.{Guid.NewGuid():N}@groningen.nl";

    private async Task<string> InviteAsync(string email, string role)
    {
        Assert.True((await Accounts.InviteAsync(await AdminAsync(), email, "Collega", Language.En, [role])).Succeeded);
        return await StaffLinks.NewestTokenAsync(app.Factory.Services, email);
    }

    private async Task<TeamMember> AdminAsync() => TeamMember.InRoles(await IdOfAsync("admin@eventhub.example"), "Anna de Vries", Roles.Admin);

    private async Task<string> IdOfAsync(string email)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }

    private static async Task<HttpResponseMessage> PostSetPasswordAsync(HttpClient client, string token, string password, string confirm)
    {
        var url = $"/account/set-password/{token}";
        var form = await client.GetStringAsync(url);
        return await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "set-password",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
            ["Input.NewPassword"] = password,
            ["Input.ConfirmPassword"] = confirm,
        }));
    }

    private async Task<string> PostForgotAsync(string email)
    {
        var client = SignIn.NewClient(app.Factory);
        var form = await client.GetStringAsync("/account/forgot-password");
        var response = await client.PostAsync("/account/forgot-password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "forgot-password",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
            ["Input.Email"] = email,
        }));
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> PostChangeAsync(HttpClient client, string current, string password)
    {
        var form = await client.GetStringAsync("/account/change-password");
        var response = await client.PostAsync("/account/change-password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = password,
            ["Input.ConfirmPassword"] = password,
        }));
        return await response.Content.ReadAsStringAsync();
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        return text[from..(text.IndexOf(end, from, StringComparison.Ordinal) + end.Length)];
    }
}
