using System.Net;
using System.Net.Http.Headers;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
        Assert.Contains("<h1>Too many requests</h1>", page);
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
        Assert.Contains("<h1>Te veel verzoeken</h1>", await refused.Content.ReadAsStringAsync());
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

    [Fact]
    public async Task PartnerRequests_TakeTurnsInTwoLines_AnswersAndPages_WhileStaffPagesNeverWait()
    {
        using var factory = new EventHubAppFactory();
        using var app = WithPartnerLines(factory, places: 1, waiting: 1);
        var lines = PartnerLines(app);
        var answer = Request(app, "/rsvp/{Token}", HttpMethods.Post);

        using var answering = await lines.AcquireAsync(answer);
        var waiting = lines.AcquireAsync(Request(app, "/rsvp/{Token}", HttpMethods.Post));
        using var turnedAway = await lines.AcquireAsync(Request(app, "/rsvp/{Token}", HttpMethods.Post));
        using var page = await lines.AcquireAsync(Request(app, "/rsvp/{Token}", HttpMethods.Get));
        using var staffPage = await lines.AcquireAsync(Request(app, "/events", HttpMethods.Post));

        Assert.True(answering.IsAcquired);
        Assert.False(waiting.IsCompleted); // one answer at a time here: the next one waits its turn
        Assert.False(turnedAway.IsAcquired); // the line is full: 429, the friendly page of the tests above
        Assert.True(page.IsAcquired); // a thank-you page does not wait behind the answers
        Assert.True(staffPage.IsAcquired); // organisers and the door are not in a partners' line
        answering.Dispose();
        using var next = await waiting;
        Assert.True(next.IsAcquired);
    }

    [Fact]
    public async Task APartnerSendingTheirAnswerSlowly_HoldsNoPlaceInTheLine_UntilTheirFormHasArrived()
    {
        var slowSender = new SlowSender(sendFirst: 20);
        using var factory = new EventHubAppFactory();
        using var app = WithPartnerLines(factory, places: 1, waiting: 1, slowSender);
        var eventId = await PartnerLinks.PublishEventAsync(app.Services, deadlineInDays: 5, workshopCapacity: null);
        var token = await PartnerLinks.InviteAsync(app.Services, eventId, "Fatima");
        var client = SignIn.NewClient(app);
        var page = await client.GetStringAsync($"/rsvp/{token}");

        var answering = client.PostAsync($"/rsvp/{token}", PartnerLinks.AcceptForm(page));
        await slowSender.Waiting.Task;
        var lines = PartnerLines(app);

        // The app waits for the rest of the form, and the only place in the answers' line is still free.
        Assert.Equal(1, lines.GetStatistics(Request(app, "/rsvp/{Token}", HttpMethods.Post))!.CurrentAvailablePermits);
        slowSender.SendTheRest();
        var answered = await answering;
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.EndsWith("?saved=1", answered.Headers.Location!.OriginalString);
    }

    /// <summary>
    /// A partner on a very slow connection, as the app sees them: a posted form's first bytes arrive, the rest only
    /// when the test says so.
    /// </summary>
    private sealed class SlowSender(int sendFirst) : IStartupFilter
    {
        private readonly TaskCompletionSource _rest = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly int _sendFirst = sendFirst;

        /// <summary>Completed when the app has read the first bytes and asks for more.</summary>
        public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void SendTheRest() => _rest.TrySetResult();

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (HttpMethods.IsPost(context.Request.Method))
                {
                    context.Request.Body = new HeldBody(context.Request.Body, this);
                }

                await nextMiddleware(context);
            });
            next(app);
        };

        private sealed class HeldBody(Stream inner, SlowSender sender) : Stream
        {
            private int _read;

            public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            {
                if (_read >= sender._sendFirst)
                {
                    sender.Waiting.TrySetResult();
                    await sender._rest.Task.WaitAsync(cancellationToken);
                    return await inner.ReadAsync(buffer, cancellationToken);
                }

                var count = await inner.ReadAsync(buffer[..Math.Min(buffer.Length, sender._sendFirst - _read)], cancellationToken);
                _read += count;
                return count;
            }

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }

    private static WebApplicationFactory<Program> WithPartnerLines(EventHubAppFactory factory, int places, int waiting, IStartupFilter? startupFilter = null) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("EventHub:RateLimits:PartnerRequests:PermitLimit", places.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("EventHub:RateLimits:PartnerRequests:QueueLimit", waiting.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (startupFilter is not null)
            {
                builder.ConfigureServices(services => services.AddSingleton(startupFilter));
            }
        });

    /// <summary>The partners' lines: the rate limiter's global limiter (<see cref="EventHub.App.Hosting.RateLimits"/>).</summary>
    private static System.Threading.RateLimiting.PartitionedRateLimiter<HttpContext> PartnerLines(WebApplicationFactory<Program> app) =>
        app.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;

    /// <summary>A request as routing leaves it for the rate limiter: the endpoint of <paramref name="route"/> chosen.</summary>
    private static HttpContext Request(WebApplicationFactory<Program> app, string route, string method)
    {
        var endpoint = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().First(e => e.RoutePattern.RawText == route);
        var context = new DefaultHttpContext { RequestServices = app.Services };
        context.Request.Method = method;
        context.SetEndpoint(endpoint);
        return context;
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
