using System.Net;
using EventHub.Tests.Support;

namespace EventHub.Tests.Integration;

public class AccessTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/events")]
    [InlineData("/admin/users")]
    public async Task ProtectedPage_Anonymous_RedirectsToLoginWithReturnUrl(string path)
    {
        var client = SignIn.NewClient(app.Factory);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Account/Login?ReturnUrl={Uri.EscapeDataString(path)}", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("facilitator@eventhub.example", "/events")]
    [InlineData("door@eventhub.example", "/events")]
    [InlineData("organiser@eventhub.example", "/admin/users")]
    [InlineData("facilitator@eventhub.example", "/directory/duplicates")]
    [InlineData("door@eventhub.example", "/organisations")]
    [InlineData("door@eventhub.example", "/contacts")]
    [InlineData("facilitator@eventhub.example", "/events/new")]
    [InlineData("facilitator@eventhub.example", "/venues")]
    [InlineData("door@eventhub.example", "/events/1")]
    [InlineData("door@eventhub.example", "/account/calendar")]
    public async Task RolePage_SignedInWithoutTheRole_IsDenied(string email, string path)
    {
        var client = await SignIn.AsAsync(app.Factory, email);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
        var denied = await client.GetStringAsync(response.Headers.Location);
        Assert.Contains("Access denied", denied);
    }

    [Theory]
    [InlineData("organiser@eventhub.example", "/events", "Events")]
    [InlineData("admin@eventhub.example", "/admin/users", "Users and roles")]
    [InlineData("facilitator@eventhub.example", "/", "Upcoming events")]
    [InlineData("facilitator@eventhub.example", "/organisations", "Organisations")]
    [InlineData("facilitator@eventhub.example", "/contacts", "Contacts")]
    [InlineData("facilitator@eventhub.example", "/events/1", "Programme")]
    [InlineData("organiser@eventhub.example", "/events/new", "New event")]
    [InlineData("organiser@eventhub.example", "/venues", "Forum Groningen")]
    [InlineData("organiser@eventhub.example", "/directory/duplicates", "Possible duplicates")]
    public async Task RolePage_SignedInWithTheRole_Renders(string email, string path, string heading)
    {
        var client = await SignIn.AsAsync(app.Factory, email);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(heading, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Navigation_ShowsOnlyWhatTheRoleAllows()
    {
        var facilitator = await SignIn.AsAsync(app.Factory, "facilitator@eventhub.example");
        var admin = await SignIn.AsAsync(app.Factory, "admin@eventhub.example");

        var facilitatorHome = await facilitator.GetStringAsync("/");
        var adminHome = await admin.GetStringAsync("/");

        Assert.DoesNotContain("href=\"events\"", facilitatorHome);
        Assert.DoesNotContain("href=\"admin/users\"", facilitatorHome);
        Assert.Contains("href=\"events\"", adminHome);
        Assert.Contains("href=\"admin/users\"", adminHome);
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/healthz")]
    [InlineData("/css/eventhub.css")]
    [InlineData("/logo.svg")]
    [InlineData("/favicon.svg")]
    [InlineData("/_framework/blazor.web.js")]
    public async Task PublicResource_Anonymous_IsServedWithContent(string path)
    {
        var client = SignIn.NewClient(app.Factory);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task UnknownPage_SignedIn_ShowsTheNotFoundPage()
    {
        var client = await SignIn.AsAsync(app.Factory, "door@eventhub.example");

        var response = await client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownPage_Anonymous_ShowsTheNotFoundPage()
    {
        // Issue 12: a visitor who mistyped an address gets the friendly "not found" page, not the sign-in page. (Which
        // staff pages exist is no secret: the routes are documented; what they show still needs signing in.)
        var response = await SignIn.NewClient(app.Factory).GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ErrorPage_IsFriendlyAndGivesAReference()
    {
        var response = await SignIn.NewClient(app.Factory).GetAsync("/Error");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Something went wrong", html);
        Assert.Contains("Reference for the admin:", html);
    }
}
