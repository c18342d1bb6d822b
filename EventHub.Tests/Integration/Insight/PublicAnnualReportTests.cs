using System.Net;
using EventHub.App.Components.Pages.Insight.Public;
using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Insight;

/// <summary>
/// The public annual report (<c>/alliance/{year}</c>) is there for anyone once the alliance has published the year:
/// before that, and after it is taken down, visitors are told it does not exist while organisers see a preview. Each
/// address gets a fair number of pages a minute, and a year's figures are computed once for a few minutes.
/// </summary>
public class PublicAnnualReportTests
{
    private const int Year = 2018;

    [Fact]
    public async Task AnOrganiserPublishesTheYearThroughThePage_AVisitorReadsIt_AndItIsGoneAtOnceWhenTakenDown()
    {
        using var app = new EventHubAppFactory();
        await HeldEventAsync(new FeedbackWorld(app.Services));
        var visitor = app.CreateClient();
        var organiser = await SignIn.AsAsync(app, "organiser@eventhub.example");

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/alliance/{Year}")).StatusCode);
        var preview = await organiser.GetStringAsync($"/alliance/{Year}");
        Assert.Contains("id=\"annual-preview\"", preview);

        var published = await PostPublicationAsync(organiser, "publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var page = await visitor.GetStringAsync($"/alliance/{Year}");
        Assert.Contains("id=\"annual-glance\"", page);
        Assert.DoesNotContain("annual-preview", page);
        Assert.Matches("id=\"actions-as-of\">Where they stand on \\d{1,2} [A-Z][a-z]+ \\d{4}\\.<", page); // action items are counted as they are today
        Assert.Contains("id=\"annual-withdraw\"", await organiser.GetStringAsync($"/insight/annual-report/{Year}"));

        await PostPublicationAsync(organiser, "withdraw");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/alliance/{Year}")).StatusCode); // its figures are still kept
    }

    [Fact]
    public async Task AVisitorAskingForPageAfterPage_IsToldToWait_AfterTheLimit()
    {
        using var factory = new EventHubAppFactory();
        using var app = factory.WithPublicPageLimit(permits: 2);
        await HeldEventAsync(new FeedbackWorld(app.Services));
        await PublishAsync(app.Services);
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/alliance/{Year}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/alliance/2099")).StatusCode);
        var refused = await client.GetAsync($"/alliance/{Year}");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    [Fact]
    public async Task AYearWithoutEvents_IsNotFound_EvenForAnOrganiser()
    {
        using var app = new EventHubAppFactory();
        var organiser = await SignIn.AsAsync(app, "organiser@eventhub.example");

        var response = await organiser.GetAsync("/alliance/2099");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AYearsFigures_AreComputedOnce_AndServedToTheNextVisitorsForAFewMinutes()
    {
        using var app = new EventHubAppFactory();
        var world = new FeedbackWorld(app.Services);
        await HeldEventAsync(world);
        await PublishAsync(app.Services);

        var first = await ReportAsync(app.Services);
        await HeldEventAsync(world); // a second event of the year, entered meanwhile
        var next = await ReportAsync(app.Services);

        Assert.Same(first, next);
        Assert.Single(next.Events);
        Assert.Equal(TimeSpan.FromMinutes(5), PublicAnnualReports.KeptFor);
    }

    private static async Task<AnnualReport> ReportAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var shown = await scope.ServiceProvider.GetRequiredService<PublicAnnualReports>().ForYearAsync(Year, preview: false);
        return Assert.IsType<PublicAnnualReport>(shown).Report;
    }

    private static async Task PublishAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<AnnualReportPublications>().PublishAsync(Year)).Succeeded);
    }

    /// <summary>The publication form of the organisers' annual report page, posted as the browser does.</summary>
    private static async Task<HttpResponseMessage> PostPublicationAsync(HttpClient organiser, string button)
    {
        var url = $"/insight/annual-report/{Year}{(button == "publish" ? "?confirm=publish" : "")}";
        var form = await organiser.GetStringAsync(url);
        return await organiser.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "annual-publication",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
            ["Publication"] = button,
        }));
    }

    private static async Task HeldEventAsync(FeedbackWorld world)
    {
        var @event = await world.EventAsync($"Jaardialoog {Guid.NewGuid():N}"[..20], new DateTime(Year, 5, 15, 17, 0, 0, DateTimeKind.Utc));
        await world.GuestsAsync(@event, Sector.Government, 5);
    }
}
