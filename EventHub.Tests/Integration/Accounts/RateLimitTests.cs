using System.Net;
using System.Net.Http.Headers;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EventHub.Tests.Integration.Accounts;

public class RateLimitTests
{
    [Fact]
    public async Task SignIn_PostsOverTheLimit_Get429WithRetryAfterAndAFriendlyPage()
    {
        using var factory = new EventHubAppFactory();
        using var app = WithLimits(factory, signIn: 3);
        var client = SignIn.NewClient(app);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignIn.PostLoginAsync(client, "organiser@eventhub.example", "wrong-password")).StatusCode);
        }

        var refused = await SignIn.PostLoginAsync(client, "organiser@eventhub.example", "wrong-password");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 3600);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Too many attempts</h1>", page);
        Assert.Contains("Please wait", page);
        // Reading the sign-in page is not limited; only the posts are.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
    }

    [Fact]
    public async Task SignIn_OverTheLimit_TheRightPasswordWaitsToo()
    {
        using var factory = new EventHubAppFactory();
        using var app = WithLimits(factory, signIn: 1);
        await SignIn.PostLoginAsync(SignIn.NewClient(app), "organiser@eventhub.example", "wrong-password");

        var response = await SignIn.PostLoginAsync(SignIn.NewClient(app), "organiser@eventhub.example", EventHub.Core.Demo.DemoSeeder.DemoPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Fact]
    public async Task TooManyRequestsPage_InDutch_SpeaksDutch()
    {
        using var factory = new EventHubAppFactory();
        using var app = WithLimits(factory, signIn: 1);
        var client = SignIn.NewClient(app);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("nl-NL"));
        await SignIn.PostLoginAsync(client, "organiser@eventhub.example", "wrong-password");

        var refused = await SignIn.PostLoginAsync(client, "organiser@eventhub.example", "wrong-password");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("<h1>Te veel pogingen</h1>", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownPersonalLinks_AreLimitedPerAddress_WhileAKnownLinkStillOpens()
    {
        using var factory = new EventHubAppFactory();
        using var app = WithLimits(factory, unknownLink: 2, personalLink: 100);
        var eventId = await PartnerLinks.PublishEventAsync(app.Services, deadlineInDays: 5, workshopCapacity: null);
        var token = await PartnerLinks.InviteAsync(app.Services, eventId, "Fatima");
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/rsvp/guess-1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/a/guess-2")).StatusCode);
        var refused = await client.GetAsync("/calendar/feed/guess-3.ics");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/rsvp/{token}")).StatusCode);
    }

    [Fact]
    public async Task KnownPersonalLink_IsLimitedOnItsOwn()
    {
        using var factory = new EventHubAppFactory();
        using var app = WithLimits(factory, unknownLink: 100, personalLink: 2);
        var eventId = await PartnerLinks.PublishEventAsync(app.Services, deadlineInDays: 5, workshopCapacity: null);
        var busy = await PartnerLinks.InviteAsync(app.Services, eventId, "Fatima");
        var other = await PartnerLinks.InviteAsync(app.Services, eventId, "Joris");
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/rsvp/{busy}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/rsvp/{busy}")).StatusCode);
        var refused = await client.GetAsync($"/rsvp/{busy}");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("no-referrer", refused.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/rsvp/{other}")).StatusCode);
    }

    [Fact]
    public async Task RateLimits_TurnedOff_LetEverythingThrough()
    {
        using var factory = new EventHubAppFactory();
        using var app = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("EventHub:RateLimits:Enabled", "false");
            builder.UseSetting("EventHub:RateLimits:SignIn:PermitLimit", "1");
        });
        var client = SignIn.NewClient(app);

        await SignIn.PostLoginAsync(client, "organiser@eventhub.example", "wrong-password");
        var second = await SignIn.PostLoginAsync(client, "organiser@eventhub.example", "wrong-password");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    private static WebApplicationFactory<Program> WithLimits(EventHubAppFactory factory, int signIn = 10000, int personalLink = 10000, int unknownLink = 10000) =>
        factory.WithWebHostBuilder(builder =>
        {
            // An hour's window: the limit cannot reset while the test runs.
            foreach (var (name, limit) in new[] { ("SignIn", signIn), ("PersonalLink", personalLink), ("UnknownLink", unknownLink) })
            {
                builder.UseSetting($"EventHub:RateLimits:{name}:PermitLimit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
                builder.UseSetting($"EventHub:RateLimits:{name}:WindowSeconds", "3600");
            }
        });
}
