using System.Net;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Demo;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Accounts;

public class TwoFactorTests
{
    private const string NewPassword = "Zonnige-dinsdag-2026";

    [Fact]
    public async Task Organiser_WithoutAnAuthenticator_IsSentToTheSetUpPageFromEveryPage()
    {
        using var factory = new EventHubAppFactory();
        using var app = TwoFactorSignIn.Required(factory);
        var client = await SignIn.AsAsync(app, "organiser@eventhub.example");

        foreach (var path in new[] { "/", "/events", "/organisations", "/outbox" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/TwoFactor", response.Headers.Location!.OriginalString);
        }

        var setUp = await client.GetStringAsync("/Account/TwoFactor");
        Assert.Contains("Your role needs two-factor sign-in", setUp);
        Assert.Contains("<svg role=\"img\" aria-label=\"QR code for your authenticator app\"", setUp);
        // Nor can an interactive page connect.
        var circuit = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", new StringContent(""));
        Assert.True(circuit.StatusCode == HttpStatusCode.Forbidden, $"{circuit.StatusCode}: {await circuit.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Organiser_EnrolsWithACode_GetsTenRecoveryCodesAndEveryPageOpensAgain()
    {
        using var factory = new EventHubAppFactory();
        using var app = TwoFactorSignIn.Required(factory);

        var (client, _, codes) = await TwoFactorSignIn.EnrolAsync(app, "organiser@eventhub.example");

        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/events")).StatusCode);
        var page = await client.GetStringAsync("/Account/TwoFactor");
        Assert.Contains("Recovery codes left: 10.", page);
        Assert.Empty(TwoFactorSignIn.RecoveryCodesOf(page)); // shown once only
    }

    [Fact]
    public async Task OpeningTheSetUpPage_KeepsThePersonSignedInElsewhere_TurningItOn_SignsTheOtherSessionsOut()
    {
        using var factory = new EventHubAppFactory(); // security stamps checked on every request
        var laptop = await SignIn.AsAsync(factory, "organiser@eventhub.example");
        var phone = await SignIn.AsAsync(factory, "organiser@eventhub.example");

        var key = TwoFactorSignIn.KeyOf(await phone.GetStringAsync("/Account/TwoFactor"));

        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/events")).StatusCode);
        Assert.Equal(key, TwoFactorSignIn.KeyOf(await laptop.GetStringAsync("/Account/TwoFactor"))); // one key, not a new one per visit

        var turnedOn = await TwoFactorSignIn.PostFormAsync(phone, "/Account/TwoFactor", "turn-on", new() { ["Input.Code"] = TwoFactorSignIn.CodeFor(key) });
        Assert.NotEmpty(TwoFactorSignIn.RecoveryCodesOf(await turnedOn.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/events")).StatusCode);
        var laptopAfter = await laptop.GetAsync("/events");
        Assert.Equal(HttpStatusCode.Redirect, laptopAfter.StatusCode);
        Assert.StartsWith("/Account/Login", laptopAfter.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task SetUp_WrongCode_SaysSoAndLeavesTwoFactorOff()
    {
        using var factory = new EventHubAppFactory();
        using var app = TwoFactorSignIn.Required(factory);
        var client = await SignIn.AsAsync(app, "admin@eventhub.example");

        var response = await TwoFactorSignIn.PostFormAsync(client, "/Account/TwoFactor", "turn-on", new() { ["Input.Code"] = "000000x" });

        Assert.Contains("That code did not work", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin/users")).StatusCode);
    }

    /// <summary>The second step ends the sign-in: from there the screens speak the account's language (here Dutch), as after a password alone.</summary>
    [Fact]
    public async Task SignIn_WithPasswordAndAuthenticatorCode_GoesHome_InTheAccountsLanguage()
    {
        using var factory = new EventHubAppFactory();
        using var app = TwoFactorSignIn.Required(factory);
        var (_, key, _) = await TwoFactorSignIn.EnrolAsync(app, "organiser@eventhub.example");
        await SpeaksDutchAsync(app.Services, "organiser@eventhub.example");

        var (client, response) = await TwoFactorSignIn.SignInWithCodeAsync(app, "organiser@eventhub.example", TwoFactorSignIn.CodeFor(key));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/start", response.Headers.Location!.PathAndQuery);
        var start = await client.GetAsync("/start");
        Assert.Equal("/", start.Headers.Location!.OriginalString); // organisers start at home
        Assert.Contains("Komende bijeenkomsten", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task SignIn_PasswordAlone_IsNotEnoughOnceTwoFactorIsOn()
    {
        using var factory = new EventHubAppFactory();
        using var app = TwoFactorSignIn.Required(factory);
        await TwoFactorSignIn.EnrolAsync(app, "organiser@eventhub.example");
        var client = SignIn.NewClient(app);

        var response = await SignIn.PostLoginAsync(client, "organiser@eventhub.example", DemoSeeder.DemoPassword, returnUrl: "/events");

        Assert.StartsWith("/Account/LoginWith2fa?ReturnUrl=%2Fevents", response.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/events")).StatusCode);
        Assert.StartsWith("/Account/Login", (await client.GetAsync("/events")).Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task SignIn_WrongCode_IsRefused()
    {
        using var factory = new EventHubAppFactory();
        using var app = TwoFactorSignIn.Required(factory);
        var (_, key, _) = await TwoFactorSignIn.EnrolAsync(app, "organiser@eventhub.example");
        var wrong = TwoFactorSignIn.CodeFor(key) == "123456" ? "654321" : "123456";

        var (client, response) = await TwoFactorSignIn.SignInWithCodeAsync(app, "organiser@eventhub.example", wrong);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That code did not work", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/events")).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithARecoveryCode_WorksOnceForEachCode()
    {
        using var factory = new EventHubAppFactory();
        using var app = TwoFactorSignIn.Required(factory);
        var (_, _, codes) = await TwoFactorSignIn.EnrolAsync(app, "admin@eventhub.example");

        var (client, first) = await TwoFactorSignIn.SignInWithCodeAsync(app, "admin@eventhub.example", codes[0], "/Account/LoginWithRecoveryCode", "recovery-code");
        var (_, again) = await TwoFactorSignIn.SignInWithCodeAsync(app, "admin@eventhub.example", codes[0], "/Account/LoginWithRecoveryCode", "recovery-code");

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
        Assert.Contains("Recovery codes left: 9.", await client.GetStringAsync("/Account/TwoFactor"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("That recovery code did not work", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SecondStep_WithoutTheRightPasswordFirst_GoesBackToSignIn()
    {
        using var factory = new EventHubAppFactory();
        var client = SignIn.NewClient(factory);

        var response = await client.GetAsync("/Account/LoginWith2fa");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Facilitator_IsNotMadeToSetUpTwoFactor()
    {
        using var factory = new EventHubAppFactory();
        using var app = TwoFactorSignIn.Required(factory);
        var client = await SignIn.AsAsync(app, "facilitator@eventhub.example");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/my-sessions")).StatusCode);
    }

    [Fact]
    public async Task ResetLink_OfAnAccountWithTwoFactor_SetsThePassword_ButAsksForTheCodeBeforeSigningIn()
    {
        using var factory = new EventHubAppFactory();
        using var app = TwoFactorSignIn.Required(factory);
        var (_, key, _) = await TwoFactorSignIn.EnrolAsync(app, "organiser@eventhub.example");
        // Whoever reads Olga's mailbox asks for a reset link, and uses it.
        var anyone = SignIn.NewClient(app);
        await TwoFactorSignIn.PostFormAsync(anyone, "/account/forgot-password", "forgot-password", new() { ["Input.Email"] = "organiser@eventhub.example" });
        var token = await StaffLinks.NewestTokenAsync(app.Services, "organiser@eventhub.example");

        var set = await TwoFactorSignIn.PostFormAsync(anyone, $"/account/set-password/{token}", "set-password",
            new() { ["Input.NewPassword"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var codeStep = set.Headers.Location!.IsAbsoluteUri ? set.Headers.Location.PathAndQuery : set.Headers.Location.OriginalString;
        Assert.StartsWith("/Account/LoginWith2fa?", codeStep);
        Assert.Equal(HttpStatusCode.Redirect, (await anyone.GetAsync("/events")).StatusCode); // not signed in: the link is not enough
        Assert.Contains("Your new password is saved.", await anyone.GetStringAsync(codeStep));
        // Olga herself has her phone: with its code she is in.
        var signedIn = await TwoFactorSignIn.PostFormAsync(anyone, codeStep, "two-factor", new() { ["Input.Code"] = TwoFactorSignIn.CodeFor(key) });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anyone.GetAsync("/events")).StatusCode);
    }

    [Fact]
    public async Task TurningItOff_NeedsThePassword_AndThePersonIsEmailed()
    {
        using var factory = new EventHubAppFactory(); // two-factor optional here, as for facilitators everywhere
        var (client, _, _) = await TwoFactorSignIn.EnrolAsync(factory, "facilitator@eventhub.example");

        // Someone at the unlocked laptop (or with a copied cookie) tries to turn it off.
        var nothing = await ManageAsync(client, "turn-off", "");
        var wrong = await ManageAsync(client, "turn-off", "not-my-password");

        Assert.Contains("Enter your password.", nothing);
        Assert.Contains("That password is not right. Nothing was changed.", wrong);
        Assert.Contains("LoginWith2fa", (await SignIn.PostLoginAsync(SignIn.NewClient(factory), "facilitator@eventhub.example", DemoSeeder.DemoPassword)).Headers.Location!.OriginalString);

        var right = await ManageAsync(client, "turn-off", DemoSeeder.DemoPassword);

        Assert.Contains("Two-factor sign-in is off.", right);
        Assert.Equal("/start", (await SignIn.PostLoginAsync(SignIn.NewClient(factory), "facilitator@eventhub.example", DemoSeeder.DemoPassword)).Headers.Location!.PathAndQuery);
        var email = await StaffLinks.NewestMessageToAsync(factory.Services, "facilitator@eventhub.example");
        Assert.Equal((AccountEmails.SecurityKind, "Two-factor sign-in is off for your EventHub account"), (email.Kind, email.Subject));
        Assert.Contains("If this was not you, change your password right away and tell an admin.", email.TextBody);
    }

    [Fact]
    public async Task NewRecoveryCodes_NeedThePassword_ReplaceTheOldOnes_AndThePersonIsEmailed()
    {
        using var factory = new EventHubAppFactory();
        var (client, _, oldCodes) = await TwoFactorSignIn.EnrolAsync(factory, "organiser@eventhub.example");

        var refused = await ManageAsync(client, "new-codes", "");
        var response = await ManageAsync(client, "new-codes", DemoSeeder.DemoPassword);
        var newCodes = TwoFactorSignIn.RecoveryCodesOf(response);

        Assert.Empty(TwoFactorSignIn.RecoveryCodesOf(refused));
        Assert.Equal(10, newCodes.Count);
        Assert.Empty(newCodes.Intersect(oldCodes));
        var (_, old) = await TwoFactorSignIn.SignInWithCodeAsync(factory, "organiser@eventhub.example", oldCodes[0], "/Account/LoginWithRecoveryCode", "recovery-code");
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        var email = await StaffLinks.NewestMessageToAsync(factory.Services, "organiser@eventhub.example");
        Assert.Equal((AccountEmails.SecurityKind, "New recovery codes for your EventHub account"), (email.Kind, email.Subject));
    }

    [Fact]
    public async Task NewCodesOrTurningItOff_WhenTheAppStopsBeforeTheEmailIsSaved_ChangeNothing()
    {
        using var factory = new EventHubAppFactory();
        var stop = new StopBeforeSecurityEmail();
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(stop)));
        var (client, _, codes) = await TwoFactorSignIn.EnrolAsync(app, "facilitator@eventhub.example");
        stop.Arm();

        await ManageAsync(client, "new-codes", DemoSeeder.DemoPassword);
        await ManageAsync(client, "turn-off", DemoSeeder.DemoPassword);

        // Without its email neither change happened: signing in still asks for a code, and the codes on paper still work.
        Assert.Contains("LoginWith2fa", (await SignIn.PostLoginAsync(SignIn.NewClient(app), "facilitator@eventhub.example", DemoSeeder.DemoPassword)).Headers.Location!.OriginalString);
        var (_, withOldCode) = await TwoFactorSignIn.SignInWithCodeAsync(app, "facilitator@eventhub.example", codes[0], "/Account/LoginWithRecoveryCode", "recovery-code");
        Assert.Equal(HttpStatusCode.Redirect, withOldCode.StatusCode);
    }

    [Fact]
    public async Task Organiser_WhoLostPhoneAndRecoveryCodes_AfterAnAdminResetsTwoFactor_SignsInWithThePassword_AndSetsItUpAgainFirst()
    {
        using var factory = new EventHubAppFactory();
        using var app = TwoFactorSignIn.Required(factory);
        var (laptop, oldKey, _) = await TwoFactorSignIn.EnrolAsync(app, "organiser@eventhub.example");
        // Olga's phone is gone, with the note of her recovery codes in its case; she asks the admin for help.

        var reset = await ResetByAdminAsync(app, "organiser@eventhub.example");

        Assert.True(reset.Succeeded);
        var laptopAfter = await laptop.GetAsync("/events"); // every sign-in she had ends
        Assert.Equal(HttpStatusCode.Redirect, laptopAfter.StatusCode);
        Assert.StartsWith("/Account/Login", laptopAfter.Headers.Location!.PathAndQuery);
        var client = SignIn.NewClient(app);
        var password = await SignIn.PostLoginAsync(client, "organiser@eventhub.example", DemoSeeder.DemoPassword, returnUrl: "/events");
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.DoesNotContain("LoginWith2fa", password.Headers.Location!.OriginalString); // no code asked of the phone she lost
        Assert.Equal("/Account/TwoFactor", (await client.GetAsync("/events")).Headers.Location!.OriginalString); // her role needs it: set up first
        var newKey = TwoFactorSignIn.KeyOf(await client.GetStringAsync("/Account/TwoFactor"));
        Assert.NotEqual(oldKey, newKey);
        var turnedOn = await TwoFactorSignIn.PostFormAsync(client, "/Account/TwoFactor", "turn-on", new() { ["Input.Code"] = TwoFactorSignIn.CodeFor(newKey) });
        Assert.Equal(10, TwoFactorSignIn.RecoveryCodesOf(await turnedOn.Content.ReadAsStringAsync()).Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/events")).StatusCode);
    }

    private static async Task<Result> ResetByAdminAsync(WebApplicationFactory<Program> app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = (await users.FindByEmailAsync("admin@eventhub.example"))!;
        var person = (await users.FindByEmailAsync(email))!;
        var actor = TeamMember.InRoles(admin.Id, admin.DisplayName, Roles.Admin);
        return await app.Services.GetRequiredService<StaffAccountService>().ResetTwoFactorAsync(actor, person.Id);
    }

    /// <summary>The form for new recovery codes and for turning two-factor off: the password, and which button.</summary>
    private static async Task<string> ManageAsync(HttpClient client, string action, string password)
    {
        var response = await TwoFactorSignIn.PostFormAsync(client, "/Account/TwoFactor", "manage", new() { ["Confirm.Action"] = action, ["Confirm.Password"] = password });
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The account's language, set as its owner sets it (on /account or with the switch while signed in).</summary>
    private static async Task SpeaksDutchAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!;
        var changed = await scope.ServiceProvider.GetRequiredService<StaffAccountService>().ChangeLanguageAsync(TeamMember.InRoles(user.Id, user.DisplayName, Roles.Organiser), Language.Nl);
        Assert.True(changed.Succeeded, changed.ErrorCode);
    }
}
