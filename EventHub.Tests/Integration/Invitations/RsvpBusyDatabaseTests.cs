using System.Net;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Invitations;

/// <summary>
/// A partner answers while another connection holds SQLite's write lock for longer than every retry: they get a
/// 503 with Retry-After and a short page in their language, and nothing of their answer is half-written.
/// </summary>
public class RsvpBusyDatabaseTests(RsvpBusyDatabaseTests.QuickToGiveUpApp app) : IClassFixture<RsvpBusyDatabaseTests.QuickToGiveUpApp>
{
    [Theory]
    [InlineData(Language.En, "Busy right now", "EventHub is very busy at this moment, so your request was not handled and nothing was saved. Please try again in a few seconds.")]
    [InlineData(Language.Nl, "Het is nu erg druk", "EventHub is op dit moment erg druk. Uw verzoek is daarom niet verwerkt en er is niets opgeslagen. Probeert u het over een paar seconden opnieuw.")]
    public async Task RsvpPost_DatabaseStaysBusy_Answers503WithRetryAfterInThePartnersLanguage_AndSavesNothing(Language language, string title, string body)
    {
        var published = await DemoEvents.FindAsync(app, DemoEvents.PublishedTitle);
        var token = await PartnerLinks.InviteAsync(app.Services, published.Id, "Sanne", language);
        var client = SignIn.NewClient(app);
        var form = await client.GetStringAsync($"/rsvp/{token}");

        HttpResponseMessage response;
        await using (var holder = new SqliteConnection($"Data Source={app.DatabaseFile};Pooling=False"))
        {
            await holder.OpenAsync();
            await using var writeLock = holder.BeginTransaction(); // BEGIN IMMEDIATE: nobody else can write meanwhile
            response = await client.PostAsync($"/rsvp/{token}", PartnerLinks.AcceptForm(form));
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<h1>{title}</h1>", html);
        Assert.Contains(body, html);
        Assert.Contains($"<html lang=\"{(language == Language.Nl ? "nl" : "en")}\"", html);
        Assert.DoesNotContain("Exception", html);
        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        var invitation = await db.Invitations.Include(i => i.Contact).SingleAsync(i => i.TokenHash == hash);
        Assert.Equal(InvitationStatus.Invited, invitation.Status);
        Assert.Null(invitation.PrivacyNoticeVersion);
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.ToAddress == invitation.Contact.Email && m.Kind == InvitationEmails.AnswerKind));
    }

    /// <summary>The app with one retry and short waits, so a held write lock outlasts every attempt in about two seconds.</summary>
    public sealed class QuickToGiveUpApp : EventHubAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Default Timeout is how long Microsoft.Data.Sqlite itself keeps retrying a busy statement (whole seconds).
            builder.UseSetting("ConnectionStrings:EventHub", ConnectionString + ";Default Timeout=1");
            builder.UseSetting("EventHub:Database:BusyTimeoutMilliseconds", "100");
            builder.UseSetting("EventHub:Database:WriteAttempts", "2");
        }
    }
}
