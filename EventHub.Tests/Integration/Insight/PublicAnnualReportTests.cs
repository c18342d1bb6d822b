using System.Net;
using EventHub.App.Components.Pages.Insight.Public;
using EventHub.Core.Directory;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Insight;

/// <summary>
/// The public annual report (<c>/alliance/{year}</c>) is open to anyone: each address gets a fair number of pages a
/// minute, a year's figures are computed once for a few minutes, and a year without events is simply not found.
/// </summary>
public class PublicAnnualReportTests
{
    private const int Year = 2018;

    [Fact]
    public async Task AVisitorAskingForPageAfterPage_IsToldToWait_AfterTheLimit()
    {
        using var factory = new EventHubAppFactory();
        using var app = factory.WithPublicPageLimit(permits: 2);
        await HeldEventAsync(new FeedbackWorld(app.Services));
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/alliance/{Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/alliance/2099")).StatusCode);
        var refused = await client.GetAsync($"/alliance/{Year}");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task AYearWithoutEvents_IsNotFound()
    {
        using var app = new EventHubAppFactory();

        var response = await app.CreateClient().GetAsync("/alliance/2099");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AYearsFigures_AreComputedOnce_AndServedToTheNextVisitorsForAFewMinutes()
    {
        using var app = new EventHubAppFactory();
        var world = new FeedbackWorld(app.Services);
        await HeldEventAsync(world);

        var first = await ReportAsync(app.Services);
        await HeldEventAsync(world); // a second event of the year, entered meanwhile
        var next = await ReportAsync(app.Services);

        Assert.Same(first, next);
        Assert.Single(next!.Events);
        Assert.Equal(TimeSpan.FromMinutes(5), PublicAnnualReports.KeptFor);
    }

    private static async Task<EventHub.Core.Engagement.AnnualReport?> ReportAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PublicAnnualReports>().ForYearAsync(Year);
    }

    private static async Task HeldEventAsync(FeedbackWorld world)
    {
        var @event = await world.EventAsync($"Jaardialoog {Guid.NewGuid():N}"[..20], new DateTime(Year, 5, 15, 17, 0, 0, DateTimeKind.Utc));
        await world.GuestsAsync(@event, Sector.Government, 5);
    }
}
