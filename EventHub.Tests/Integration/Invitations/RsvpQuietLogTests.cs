using System.Net;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace EventHub.Tests.Integration.Invitations;

/// <summary>
/// A partner's normal visit (open the link, answer, see the confirmation) writes no warning: a log that warns on every
/// page view hides the warnings that matter. The antiforgery token on the form used to override the page's
/// <c>Cache-Control</c> and warn three times per view.
/// </summary>
public class RsvpQuietLogTests : IClassFixture<RsvpQuietLogTests.LoggedApp>
{
    private readonly LoggedApp _app;

    public RsvpQuietLogTests(LoggedApp app) => _app = app;

    [Fact]
    public async Task RsvpPage_ViewAnswerAndConfirmation_LogNoWarning()
    {
        var published = await DemoEvents.FindAsync(_app, DemoEvents.PublishedTitle);
        var token = await PartnerLinks.InviteAsync(_app.Services, published.Id, "Noor");
        var client = SignIn.NewClient(_app);
        var before = _app.Log.Entries.Count;

        var page = await client.GetAsync($"/rsvp/{token}");
        var form = await page.Content.ReadAsStringAsync();
        var saved = await client.PostAsync($"/rsvp/{token}", PartnerLinks.AcceptForm(form));
        var confirmation = await client.GetAsync(saved.Headers.Location);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        foreach (var response in new[] { page, saved, confirmation })
        {
            Assert.True(response.Headers.CacheControl?.NoStore, "a personal link's page is never stored");
        }

        var warnings = _app.Log.Entries.Skip(before).Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Category}: {e.Message}");
        Assert.Empty(warnings);
    }

    /// <summary>The test app with every log entry recorded, from the first line of start-up on.</summary>
    public sealed class LoggedApp : EventHubAppFactory
    {
        public RecordingLoggerProvider Log { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(logging => logging.AddProvider(Log));
        }
    }
}
