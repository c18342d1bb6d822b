using System.Net;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Invitations;

/// <summary>
/// The "lost your link?" form (<c>/new-link</c>), posted from the page a dead link shows: antiforgery as the RSVP form,
/// the same answer whether or not the address is invited, and a limit per client address.
/// </summary>
public class NewLinkPageTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    private const string SentText = "If this address has an invitation, a new link is on its way. Check your inbox and your spam folder.";

    [Fact]
    public async Task ADeadLinksPage_OffersTheForm_AndAnInvitedAndAnUnknownAddressGetTheSameAnswer_OnlyTheInvitedOneAnEmail()
    {
        var token = await PartnerLinks.InviteAsync(app.Factory.Services, (await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle)).Id, "Lotte");
        var invited = await EmailOfAsync(token);
        var unknown = $"nobody.{Guid.NewGuid():N}@partner.example";
        var client = SignIn.NewClient(app.Factory);

        var dead = await client.GetAsync($"/rsvp/{PersonalLinkTokens.NewToken()}");
        var deadPage = await dead.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, dead.StatusCode);
        Assert.Contains("Lost your link?", deadPage);
        Assert.Contains("action=\"new-link#new-link-outcome\"", deadPage);

        var forInvited = await PostAsync(client, deadPage, invited);
        var forUnknown = await PostAsync(client, deadPage, unknown);

        Assert.Equal(HttpStatusCode.OK, forInvited.Status);
        Assert.Equal(HttpStatusCode.OK, forUnknown.Status);
        Assert.Contains(SentText, forInvited.Html);
        Assert.Equal(Answer(forInvited.Html), Answer(forUnknown.Html));
        await using var db = await NewContextAsync();
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.ToAddress == invited && m.Kind == InvitationEmails.NewLinkKind));
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.ToAddress == unknown));
    }

    [Fact]
    public async Task PostingTheForm_WithoutTheAntiforgeryToken_IsRefused_AndSendsNothing()
    {
        var token = await PartnerLinks.InviteAsync(app.Factory.Services, (await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle)).Id, "Merel");
        var invited = await EmailOfAsync(token);

        var response = await SignIn.NewClient(app.Factory).PostAsync("/new-link", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "new-link",
            ["Request.Email"] = invited,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(await new RsvpLinkCheck(app.Factory.Services).OpensAsync(token));
    }

    [Fact]
    public async Task AnEventsPublicPage_OffersTheFormForThatEvent()
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);

        var page = await SignIn.NewClient(app.Factory).GetStringAsync($"/e/{published.Slug}");

        Assert.Contains("Invited to this event and cannot find your personal link?", page);
        Assert.Contains($"name=\"Request.Event\" value=\"{published.Slug}\"", page);
    }

    [Fact]
    public async Task NotAnEmailAddress_IsSaidOnTheField_AndNothingIsSent()
    {
        var client = SignIn.NewClient(app.Factory);
        var form = await client.GetStringAsync("/new-link");

        var (status, html) = await PostAsync(client, form, "lotte at partner");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Enter an email address such as name@example.org.", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.DoesNotContain(SentText, html);
    }

    [Fact]
    public async Task OneClientAskingAgainAndAgain_IsToldToWait()
    {
        using var factory = new EventHubAppFactory();
        using var limited = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("EventHub:RateLimits:NewLinkRequest:PermitLimit", "2");
            builder.UseSetting("EventHub:RateLimits:NewLinkRequest:WindowSeconds", "3600");
        });
        var client = limited.CreateClient();
        var form = await client.GetStringAsync("/new-link");

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, form, "a@partner.example")).Status);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, form, "b@partner.example")).Status);
        var refused = await PostAsync(client, form, "c@partner.example");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        // Reading the page is not what is limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/new-link")).StatusCode);
    }

    private static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient client, string page, string email)
    {
        var response = await client.PostAsync("/new-link", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "new-link",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
            ["Request.Email"] = email,
        }));
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            // Post/Redirect/Get: the answer is on the page it redirects to.
            response = await client.GetAsync(response.Headers.Location);
        }

        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>What the page says after the post: the text of its main part (the form's fresh antiforgery token left out).</summary>
    private static string Answer(string html)
    {
        var main = System.Text.RegularExpressions.Regex.Match(html, "<main.*</main>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        Assert.NotEmpty(main);
        return System.Text.RegularExpressions.Regex.Replace(main, "<[^>]*>", "");
    }

    private async Task<string> EmailOfAsync(string token)
    {
        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await NewContextAsync();
        return await db.Invitations.Where(i => i.TokenHash == hash).Select(i => i.Contact.Email).SingleAsync();
    }

    private Task<EventHubDbContext> NewContextAsync() =>
        app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();

    private sealed class RsvpLinkCheck(IServiceProvider services)
    {
        public async Task<RsvpView?> OpensAsync(string token)
        {
            using var scope = services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<RsvpService>().GetAsync(token);
        }
    }
}
