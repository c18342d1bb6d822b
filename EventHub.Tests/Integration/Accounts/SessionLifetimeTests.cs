using System.Net;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EventHub.Tests.Integration.Accounts;

public class SessionLifetimeTests
{
    private static readonly DateTimeOffset March = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SignIn_UsedEveryFewHours_StillEndsSevenDaysAfterItBegan()
    {
        var time = new FakeTimeProvider(March);
        using var factory = new EventHubAppFactory(demoSeededAt: March); // the demo seeded on the clock of March, once for both tests
        using var app = OnTheClock(factory, time);
        var client = await SignIn.AsAsync(app, "organiser@eventhub.example");
        var signedInAt = time.GetUtcNow();

        // Daily use: a page every seven hours keeps the sliding 12 hours alive for almost seven days.
        while (time.GetUtcNow() - signedInAt < TimeSpan.FromDays(7) - TimeSpan.FromHours(7))
        {
            time.Advance(TimeSpan.FromHours(7));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/events")).StatusCode);
        }

        time.SetUtcNow(signedInAt + TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1)); // less than 12 hours after the last page

        var response = await client.GetAsync("/events");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task SignInAgain_AfterTheEnd_StartsAFreshSevenDays()
    {
        var time = new FakeTimeProvider(March);
        using var factory = new EventHubAppFactory(demoSeededAt: March); // the demo seeded on the clock of March, once for both tests
        using var app = OnTheClock(factory, time);
        await SignIn.AsAsync(app, "organiser@eventhub.example");
        time.Advance(TimeSpan.FromDays(8));

        var client = await SignIn.AsAsync(app, "organiser@eventhub.example");
        time.Advance(TimeSpan.FromHours(6));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/events")).StatusCode);
    }

    /// <summary>
    /// The app on a clock the test moves on by hours and days, without the background workers that run on that clock:
    /// moving it a week fires the reminder round's timer (every 15 minutes) 700 times and the outbox round's (every
    /// 10 seconds) 60,000 times, rounds that were nearly all of these tests' 25 to 45 s. Nothing here queues or sends email.
    /// </summary>
    private static WebApplicationFactory<Program> OnTheClock(EventHubAppFactory factory, FakeTimeProvider time) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("EventHub:Reminders:WorkerEnabled", "false");
            builder.UseSetting("EventHub:Smtp:WorkerEnabled", "false");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(time));
        });

    [Fact]
    public void OpenPage_PastTheEndOfItsSignIn_HasEnded()
    {
        var ends = new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);
        var person = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(EventHub.App.Components.Pages.Accounts.SessionLifetime.EndsClaim, ends.ToString("O"))], "test"));

        Assert.False(EventHub.App.Components.Pages.Accounts.SessionLifetime.HasEnded(person, ends.AddMinutes(-1)));
        Assert.True(EventHub.App.Components.Pages.Accounts.SessionLifetime.HasEnded(person, ends));
    }
}
