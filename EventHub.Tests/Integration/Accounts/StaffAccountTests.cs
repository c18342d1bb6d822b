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

    [Fact]
    public async Task ADutchColleague_OpensTheirInvitationLink_InDutch_WhateverTheirBrowserSays()
    {
        var email = NewEmail();
        Assert.True((await Accounts.InviteAsync(await AdminAsync(), email, "Collega", Language.Nl, [Roles.Facilitator])).Succeeded);
        var token = await StaffLinks.NewestTokenAsync(app.Factory.Services, email);
        var client = SignIn.NewClient(app.Factory);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        var page = await client.GetStringAsync($"/account/set-password/{token}");

        // The invitation email was Dutch; the page it opens was English before.
        Assert.Contains("<html lang=\"nl\"", page);
        Assert.Contains("Welkom bij EventHub", page);
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

    private StaffAccountService Accounts => app.Factory.Services.GetRequiredService<StaffAccountService>();

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
