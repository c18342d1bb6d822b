using System.Text.RegularExpressions;
using System.Net;
using System.Text;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Outcomes;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Outcomes;

/// <summary>
/// The public report over real HTTP: until the organiser publishes it, a 404 that says so for an event anyone may see
/// (the plain not-found page otherwise), and then without anyone's name.
/// </summary>
public class PublicReportTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    private const string OwnerName = "Marloes Hoekstra";
    private const string OwnerEmailDomain = "taalhuis.example";
    private const string FacilitatorNote = "Jeroen Dijkstra";

    [Fact]
    public async Task Report_NotFoundBeforePublishing_ReadableAfterwardsWithoutPersonalData()
    {
        var @event = await EventWithRecordsAsync("Verslagavond Integratie");
        var anonymous = SignIn.NewClient(app.Factory);

        var before = await anonymous.GetAsync($"/e/{@event.Slug}/report");
        await Reports().PublishAsync(@event.Id);
        var after = await anonymous.GetAsync($"/e/{@event.Slug}/report");
        var eventPage = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/e/{@event.Slug}"));

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Contains("has not been published yet", await before.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        var html = WebUtility.HtmlDecode(await after.Content.ReadAsStringAsync());
        // The page speaks the reader's English; what the organisers wrote carries the event's Dutch (WCAG 3.1.2).
        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains("<h1 lang=\"nl\">Verslagavond Integratie</h1>", html);
        Assert.Contains("<span lang=\"nl\">The library opens a language desk on Saturdays", html);
        Assert.Contains("<td lang=\"nl\">Draft a plan for the language desk</td>", html);
        Assert.Contains("named with consent: Bibliotheek Groningen", html);
        // Read as text (copied, or by a screen reader) the statement, its session and who is named stay apart.
        var named = Regex.Match(html, "<li>((?:(?!</li>).)*named with consent(?:(?!</li>).)*)</li>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Matches(@"\S · \S[^·]*\S named with consent: Bibliotheek Groningen$", Regex.Replace(Regex.Replace(named, "<[^>]+>", ""), @"\s+", " ").Trim());
        Assert.Contains("Draft a plan for the language desk", html);
        Assert.Contains("In progress", html);
        Assert.Contains("We agreed on <strong>three</strong> things.", html);
        foreach (var personal in new[] { OwnerName, OwnerEmailDomain, FacilitatorNote, "Olga Bakker", "olga@example.org", "Stichting Taalhuis" })
        {
            Assert.DoesNotContain(personal, html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("mud-", html); // plain static page: no component library
        Assert.Contains($"href=\"e/{@event.Slug}/report\"", eventPage);
    }

    [Fact]
    public async Task Report_NotPublishedYet_OfAPublishedEvent_SaysSoInTheReadersLanguage_WithTheEventAndAWayToItsPage()
    {
        var @event = await EventWithRecordsAsync("Verslagavond Nog Niet");
        var path = $"/e/{@event.Slug}/report";
        var english = SignIn.NewClient(app.Factory);
        var dutch = SignIn.NewClient(app.Factory);
        dutch.DefaultRequestHeaders.AcceptLanguage.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue("nl"));

        var inEnglish = await english.GetAsync(path);
        var inDutch = await dutch.GetAsync(path);

        // Still "not found" for links checkers and search engines: there is no report to index yet.
        Assert.Equal(HttpStatusCode.NotFound, inEnglish.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, inDutch.StatusCode);
        var html = WebUtility.HtmlDecode(await inEnglish.Content.ReadAsStringAsync());
        Assert.Contains("<h1 lang=\"nl\">Verslagavond Nog Niet</h1>", html);
        Assert.Contains("The outcome report of this event has not been published yet.", html);
        Assert.Contains($"<a href=\"e/{@event.Slug}\" id=\"report-event-link\">Go to the event's page</a>", html);
        Assert.DoesNotContain("Page not found", html);
        // What the sessions recorded stays unpublished until the organiser publishes it.
        Assert.DoesNotContain("language desk", html);
        Assert.DoesNotContain("three", html);
        var dutchHtml = WebUtility.HtmlDecode(await inDutch.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"nl\"", dutchHtml);
        Assert.Contains("Het verslag van deze bijeenkomst is nog niet gepubliceerd. U vindt het hier zodra de organisatoren het publiceren.", dutchHtml);
        Assert.Contains("Naar de pagina van de bijeenkomst", dutchHtml);
    }

    [Fact]
    public async Task Report_OfACancelledEvent_SaysItIsCancelledAndThatNoReportWillCome_AsItsPublicPageDoes()
    {
        var dbFactory = app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var @event = await ReportEvents.CreateAsync(dbFactory, "Verslagavond Afgelast", new DateTime(2026, 10, 20, 17, 0, 0, DateTimeKind.Utc));
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            Assert.True((await db.Events.SingleAsync(e => e.Id == @event.Id)).Cancel("De zaal is niet beschikbaar").Succeeded);
            await db.SaveChangesAsync();
        }

        var response = await SignIn.NewClient(app.Factory).GetAsync($"/e/{@event.Slug}/report");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<h1 lang=\"nl\">Verslagavond Afgelast</h1>", html);
        Assert.Contains("This event is cancelled", html);
        Assert.Contains("De zaal is niet beschikbaar", html);
        Assert.Contains("As the event is cancelled, no outcome report will be published.", html);
        Assert.DoesNotContain("has not been published yet", html);
        Assert.Contains($"href=\"e/{@event.Slug}\"", html);
    }

    [Fact]
    public async Task Report_OfADraftOrAnUnknownSlug_IsThePlainNotFoundPage_RevealingNothing()
    {
        var dbFactory = app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var draft = await ReportEvents.CreateAsync(dbFactory, "Verslagavond Concept", new DateTime(2026, 10, 22, 17, 0, 0, DateTimeKind.Utc), publish: false);
        var anonymous = SignIn.NewClient(app.Factory);

        var draftResponse = await anonymous.GetAsync($"/e/{Slugs.For(draft)}/report");
        var unknown = await anonymous.GetAsync("/e/no-such-event/report");

        foreach (var response in new[] { draftResponse, unknown })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Page not found", html);
            Assert.DoesNotContain("has not been published yet", html);
            Assert.DoesNotContain("report-event-link", html);
        }

        Assert.DoesNotContain("Verslagavond Concept", await draftResponse.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Report_Unpublished_IsNotFoundAgain_AndAnUnknownSlugToo()
    {
        var @event = await EventWithRecordsAsync("Verslagavond Ingetrokken");
        await Reports().PublishAsync(@event.Id);
        await Reports().UnpublishAsync(@event.Id);
        var anonymous = SignIn.NewClient(app.Factory);

        var unpublished = await anonymous.GetAsync($"/e/{@event.Slug}/report");
        var unknown = await anonymous.GetAsync("/e/no-such-event/report");
        var eventPage = await anonymous.GetStringAsync($"/e/{@event.Slug}");

        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.DoesNotContain("/report", eventPage);
    }

    [Fact]
    public async Task Report_DutchBrowser_HasDutchLabels()
    {
        var @event = await EventWithRecordsAsync("Verslagavond Nederlands");
        await Reports().PublishAsync(@event.Id);
        var anonymous = SignIn.NewClient(app.Factory);
        anonymous.DefaultRequestHeaders.AcceptLanguage.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue("nl"));

        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/e/{@event.Slug}/report"));

        Assert.Contains("<html lang=\"nl\"", html);
        Assert.Contains("Afspraken en besluiten", html);
        Assert.Contains("genoemd met instemming: Bibliotheek Groningen", html);
        Assert.Contains("Bezig", html);
    }

    [Fact]
    public async Task SynthesisMarkdown_Anonymous_RedirectsToLogin_AndAFacilitatorIsDenied()
    {
        var @event = await EventWithRecordsAsync("Verslagavond Toegang");
        var path = $"/events/{@event.Id}/synthesis.md";

        var anonymous = await SignIn.NewClient(app.Factory).GetAsync(path);
        var facilitator = await (await SignIn.AsAsync(app.Factory, "facilitator@eventhub.example")).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/Account/Login", anonymous.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, facilitator.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", facilitator.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task SynthesisMarkdown_Organiser_DownloadsUtf8MarkdownNamedAfterTheEvent()
    {
        var @event = await EventWithRecordsAsync("Verslagavond Café");
        var organiser = await SignIn.AsAsync(app.Factory, "organiser@eventhub.example");

        var response = await organiser.GetAsync($"/events/{@event.Id}/synthesis.md?lang=nl");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal($"{@event.Slug}-samenvatting.md", response.Content.Headers.ContentDisposition!.FileName);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("# Verslagavond Café\n", text);
        Assert.Contains("## Taal\n", text);
        Assert.Contains("- Draft a plan for the language desk — Stichting Taalhuis", text); // organisers see the owner
    }

    private EventReportService Reports() => app.Factory.Services.CreateScope().ServiceProvider.GetRequiredService<EventReportService>();

    private async Task<Event> EventWithRecordsAsync(string title)
    {
        var dbFactory = app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var start = new DateTime(2026, 10, 15, 17, 0, 0, DateTimeKind.Utc);
        var @event = await ReportEvents.CreateAsync(dbFactory, title, start);
        await new RecordedSession()
            .Notes($"{FacilitatorNote} explained the waiting lists.", FacilitatorNote)
            .Insight("Waiting lists for language courses are too long")
            .Named(StatementKind.Decision, "The library opens a language desk on Saturdays", "Bibliotheek Groningen")
            .Themes("Taal")
            .Action("Draft a plan for the language desk", "Stichting Taalhuis", new DateOnly(2026, 12, 1), EventHub.Core.Actions.ActionItemStatus.InProgress,
                RecordedSession.Contact("Marloes", "Hoekstra", $"marloes.{Guid.NewGuid():N}@{OwnerEmailDomain}", start))
            .Final()
            .SaveAsync(dbFactory, ReportEvents.SessionId(@event, ReportEvents.RoundTable), start.AddHours(5));
        await Reports().SummariseAsync(@event.Id, "We agreed on **three** things.");
        return @event;
    }
}
