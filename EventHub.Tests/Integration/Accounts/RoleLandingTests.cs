using System.Net;
using EventHub.Tests.Support;

namespace EventHub.Tests.Integration.Accounts;

public class RoleLandingTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Theory]
    [InlineData("facilitator@eventhub.example", "/my-sessions")]
    [InlineData("organiser@eventhub.example", "/")]
    [InlineData("admin@eventhub.example", "/")]
    public async Task AfterSignIn_EachRoleStartsWhereItsWorkIs(string email, string expected)
    {
        var client = SignIn.NewClient(app.Factory);

        var signIn = await SignIn.PostLoginAsync(client, email, EventHub.Core.Demo.DemoSeeder.DemoPassword);
        var start = await client.GetAsync(signIn.Headers.Location);

        Assert.Equal("/start", signIn.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Equal(expected, start.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task DoorStaff_StartAtCheckIn()
    {
        var client = await SignIn.AsAsync(app.Factory, "door@eventhub.example");

        var start = await client.GetAsync("/start");

        Assert.StartsWith("/check-in", start.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(start.Headers.Location)).StatusCode);
    }

    [Fact]
    public async Task Home_StaysHomeForAFacilitator()
    {
        var client = await SignIn.AsAsync(app.Factory, "facilitator@eventhub.example");

        Assert.Contains("Upcoming events", await client.GetStringAsync("/"));
    }
}
