using System.Net;
using EventHub.Core.Demo;
using EventHub.Tests.Support;

namespace EventHub.Tests.Integration.Accounts;

public class LoginTests
{
    [Fact]
    public async Task Login_RightPassword_SignsInAndGoesToTheReturnUrl()
    {
        using var factory = new EventHubAppFactory();
        var client = SignIn.NewClient(factory);

        var response = await SignIn.PostLoginAsync(client, "organiser@eventhub.example", DemoSeeder.DemoPassword, returnUrl: "/events");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("localhost", response.Headers.Location!.Host);
        Assert.Equal("/events", response.Headers.Location.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/events")).StatusCode);
    }

    [Fact]
    public async Task Login_ForeignReturnUrl_GoesToWhereTheRolesWorkStartsInstead()
    {
        using var factory = new EventHubAppFactory();
        var client = SignIn.NewClient(factory);

        var response = await SignIn.PostLoginAsync(client, "organiser@eventhub.example", DemoSeeder.DemoPassword, returnUrl: "//evil.example");

        Assert.Equal("localhost", response.Headers.Location!.Host);
        Assert.Equal("/start", response.Headers.Location.PathAndQuery);
    }

    [Fact]
    public async Task Login_WrongPasswordOrUnknownEmail_GiveTheSameMessage()
    {
        using var factory = new EventHubAppFactory();

        var wrongPassword = await (await SignIn.PostLoginAsync(SignIn.NewClient(factory), "organiser@eventhub.example", "wrong-password")).Content.ReadAsStringAsync();
        var unknownEmail = await (await SignIn.PostLoginAsync(SignIn.NewClient(factory), "nobody@eventhub.example", "wrong-password")).Content.ReadAsStringAsync();

        Assert.Contains("Sign-in failed", wrongPassword);
        Assert.Equal(ErrorOf(wrongPassword), ErrorOf(unknownEmail));
    }

    [Fact]
    public async Task Login_FiveFailures_LockTheAccountWithoutSayingSo()
    {
        using var factory = new EventHubAppFactory();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SignIn.PostLoginAsync(SignIn.NewClient(factory), "door@eventhub.example", "wrong-password");
        }

        var response = await SignIn.PostLoginAsync(SignIn.NewClient(factory), "door@eventhub.example", DemoSeeder.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // no redirect: not signed in
        Assert.Contains("Sign-in failed", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_EmptyForm_ShowsFieldMessages()
    {
        using var factory = new EventHubAppFactory();

        var html = await (await SignIn.PostLoginAsync(SignIn.NewClient(factory), "", "")).Content.ReadAsStringAsync();

        Assert.Contains("Enter your email address.", html);
        Assert.Contains("Enter your password.", html);
    }

    [Fact]
    public async Task Logout_WithTheFormToken_SignsOut()
    {
        using var factory = new EventHubAppFactory();
        var client = await SignIn.AsAsync(factory, "organiser@eventhub.example");
        // The user menu's sign-out form only renders in the browser; any page's form token for this user will do.
        var page = await client.GetStringAsync("/Account/Login");

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
        }));

        Assert.Equal("/Account/Login?signedOut=true", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        Assert.Contains("You have signed out.", await client.GetStringAsync("/Account/Login?signedOut=true"));
    }

    [Fact]
    public async Task Logout_WithoutAToken_IsRefused()
    {
        using var factory = new EventHubAppFactory();
        var client = await SignIn.AsAsync(factory, "organiser@eventhub.example");

        var response = await client.PostAsync("/Account/Logout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    private static string ErrorOf(string html)
    {
        var start = html.IndexOf("id=\"login-error\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no error message on the page");
        return html[start..html.IndexOf("</p>", start, StringComparison.Ordinal)];
    }
}
