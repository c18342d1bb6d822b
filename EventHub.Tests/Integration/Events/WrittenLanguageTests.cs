using System.Net;
using System.Net.Http.Headers;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Events;

/// <summary>
/// Text organisers wrote in one language keeps that language inside a page of the other (WCAG 3.1.2), and every email
/// says on its HTML document which language it is in.
/// </summary>
public class WrittenLanguageTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Fact]
    public async Task DutchEventOnAnEnglishPublicPage_MarksItsTitleDescriptionAndSessionsAsDutch()
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        var client = SignIn.NewClient(app.Factory);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/e/{published.Slug}"));

        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains($"<h1 lang=\"nl\">{DemoEvents.PublishedTitle}</h1>", html);
        Assert.Contains("<div class=\"eh-prose\" lang=\"nl\" id=\"event-description\">", html);
        Assert.Contains("<h3 lang=\"nl\">Rondetafel: stages zonder discriminatie</h3>", html);
    }

    [Fact]
    public async Task EventWrittenInEnglish_IsMarkedEnglishOnADutchPage()
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            var start = published.StartUtc.AddDays(1);
            var english = new EventHub.Core.Events.Event("Equal chances breakfast", start, start.AddHours(2));
            english.WriteIn(Language.En);
            english.HoldAt(null, "https://meet.example.org/breakfast");
            english.AddSession("Welcome", EventHub.Core.Events.SessionKind.Plenary, start, start.AddHours(1));
            english.Publish(start.AddDays(-10), $"breakfast-{Guid.NewGuid():N}"[..20]);
            db.Events.Add(english);
            await db.SaveChangesAsync();
            published = english;
        }

        var client = SignIn.NewClient(app.Factory);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("nl"));
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/e/{published.Slug}"));

        Assert.Contains("<html lang=\"nl\"", html);
        Assert.Contains("<h1 lang=\"en\">Equal chances breakfast</h1>", html);
    }

    [Theory]
    [InlineData(Language.Nl, "nl")]
    [InlineData(Language.En, "en")]
    public async Task InvitationEmail_IsAnHtmlDocumentInTheReadersLanguage(Language language, string lang)
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        var first = $"Lang{lang}";
        await PartnerLinks.InviteAsync(app.Factory.Services, published.Id, first, language);

        await using var db = await DbFactory.CreateDbContextAsync();
        var html = await db.OutboxMessages.Where(m => m.ToAddress.StartsWith(first.ToLower() + "."))
            .OrderByDescending(m => m.Id).Select(m => m.HtmlBody).FirstAsync();

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains($"<html lang=\"{lang}\">", html);
        Assert.Contains("<body>", html);
        // The event's title is the organisers' Dutch in either email.
        Assert.Contains($"<strong lang=\"nl\">{DemoEvents.PublishedTitle}</strong>", html);
    }

    private IDbContextFactory<EventHubDbContext> DbFactory => app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
}
