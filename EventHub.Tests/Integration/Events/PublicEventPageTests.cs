using System.Net;
using System.Net.Http.Headers;
using EventHub.Core.Events;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EventHub.Tests.Integration.Events;

public class PublicEventPageTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Fact]
    public async Task PublicPage_PublishedEventAnonymous_ShowsTitleAndProgramme()
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        var client = SignIn.NewClient(app.Factory);

        var response = await client.GetAsync($"/e/{published.Slug}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<h1 lang=\"nl\">Alliantiedag Gelijke Kansen</h1>", html); // written in Dutch
        Assert.Contains("Programme", html);
        Assert.Contains("Rondetafel: stages zonder discriminatie", html);
        Assert.Contains("Round table", html);
        Assert.Contains("Studio 2", html);
        Assert.Contains("13:00–17:00", html);
        Assert.Contains("Add to calendar (.ics)", html);
        Assert.DoesNotContain("mud-", html); // plain static page: no component library
    }

    [Fact]
    public async Task PublicPage_DutchBrowser_IsInDutch()
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        var client = SignIn.NewClient(app.Factory);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("nl"));

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/e/{published.Slug}"));

        Assert.Contains("<html lang=\"nl\"", html);
        Assert.Contains("Programma", html);
        Assert.Contains("Rondetafel", html);
        Assert.Contains("Zet in uw agenda (.ics)", html);
        Assert.Contains(EventTime(published).ToString("dddd d MMMM yyyy", new System.Globalization.CultureInfo("nl")), html);
    }

    [Fact]
    public async Task PublicPage_DraftOrUnknownSlug_IsNotFound()
    {
        var draft = await DemoEvents.FindAsync(app.Factory, DemoEvents.DraftTitle);
        var client = SignIn.NewClient(app.Factory);

        var draftResponse = await client.GetAsync($"/e/{Slugs.For(draft)}");
        var unknownResponse = await client.GetAsync("/e/no-such-event");

        Assert.Equal(HttpStatusCode.NotFound, draftResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownResponse.StatusCode);
        Assert.Contains("Page not found", await unknownResponse.Content.ReadAsStringAsync());
        Assert.DoesNotContain(DemoEvents.DraftTitle, await draftResponse.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AVisitorAskingForAnEventsPublicPagesAgainAndAgain_IsToldToWait_WhileHealthChecksAndStylesStillLoad()
    {
        using var factory = new EventHubAppFactory();
        using var limited = factory.WithPublicPageLimit(permits: 2);
        var published = await DemoEvents.FindAsync(limited, DemoEvents.PublishedTitle);
        var client = limited.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/e/{published.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/e/{published.Slug}/calendar.ics")).StatusCode);
        var refusedReport = await client.GetAsync($"/e/{published.Slug}/report");
        var refusedPage = await client.GetAsync($"/e/{published.Slug}");
        var refusedCalendar = await client.GetAsync($"/e/{published.Slug}/calendar.ics?sessions=true");

        // The event's page, its calendar file and its report share the visitor's window with the annual report.
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedReport.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedPage.StatusCode);
        Assert.NotNull(refusedPage.Headers.RetryAfter);
        Assert.Contains("Please wait", await refusedPage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedCalendar.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/alliance/2018")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/eventhub.css")).StatusCode);
    }

    [Fact]
    public async Task TwoHundredGuestsOnTheVenuesWifi_OpeningTheProgrammeInTheSameMinute_AllSeeIt()
    {
        // One public address for the whole room (the venue's network), the limit as shipped.
        using var factory = new EventHubAppFactory();
        var shipped = new EventHub.App.Hosting.RateLimitOptions().PublicPage;
        using var asShipped = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("EventHub:RateLimits:PublicPage:PermitLimit", shipped.PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("EventHub:RateLimits:PublicPage:WindowSeconds", "3600");
        });
        var published = await DemoEvents.FindAsync(asShipped, DemoEvents.PublishedTitle);

        var refused = 0;
        for (var guest = 0; guest < 200; guest++)
        {
            if ((await asShipped.CreateClient().GetAsync($"/e/{published.Slug}")).StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused++;
            }
        }

        Assert.Equal(0, refused);
    }

    private static DateTime EventTime(Event e) => e.LocalStart;
}
