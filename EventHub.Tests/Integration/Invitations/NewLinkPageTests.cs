using System.Net;
using System.Text.RegularExpressions;
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

        var deadLink = PersonalLinkTokens.NewToken();
        var dead = await client.GetAsync($"/rsvp/{deadLink}");
        var deadPage = await dead.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, dead.StatusCode);
        Assert.Contains("Lost your link?", deadPage);
        Assert.Contains("action=\"new-link#new-link-outcome\"", deadPage);
        Assert.Contains($"name=\"Request.Link\" value=\"{deadLink}\"", deadPage);

        var forInvited = await PostAsync(client, deadPage, invited, ("Request.Link", deadLink));
        var forUnknown = await PostAsync(client, deadPage, unknown, ("Request.Link", deadLink));

        // Back on the dead link's page (still "does not work"), the answer at its form.
        Assert.Equal(HttpStatusCode.NotFound, forInvited.Status);
        Assert.Equal(HttpStatusCode.NotFound, forUnknown.Status);
        Assert.Contains(SentText, forInvited.Html);
        Assert.Contains("This link does not work", forInvited.Html);
        Assert.Equal(Answer(forInvited.Html), Answer(forUnknown.Html));
        await DrainAsync();
        await using var db = await NewContextAsync();
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.ToAddress == invited && m.Kind == InvitationEmails.NewLinkKind));
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.ToAddress == unknown));
    }

    [Fact]
    public async Task PostingTheForm_WithoutTheAntiforgeryToken_SendsNothing_AndShowsTheFormAgainSayingSo()
    {
        var token = await PartnerLinks.InviteAsync(app.Factory.Services, (await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle)).Id, "Merel");
        var invited = await EmailOfAsync(token);

        var response = await SignIn.NewClient(app.Factory).PostAsync("/new-link", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "new-link",
            ["Request.Email"] = invited,
        }));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/new-link?form-expired=1", response.Headers.Location!.OriginalString);
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

    /// <summary>The form on an event's page posted to /new-link and left the partner there, away from the event.</summary>
    [Theory]
    [InlineData("en", SentText)]
    [InlineData("nl", "Hoort er bij dit adres een uitnodiging, dan is een nieuwe link onderweg.")]
    public async Task PostingTheForm_OnAnEventsPage_BringsThePartnerBackThere_WithTheAnswerAtTheFormInFocus(string language, string sent)
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        var token = await PartnerLinks.InviteAsync(app.Factory.Services, published.Id, "Noor");
        var client = SignIn.NewClient(app.Factory);
        await client.GetAsync($"/culture/{language}?returnUrl=%2F");
        var page = await client.GetStringAsync($"/e/{published.Slug}");

        var response = await client.PostAsync("/new-link", Form(page, await EmailOfAsync(token), ("Request.Event", published.Slug!)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith($"/e/{published.Slug}?new-link=sent#new-link-outcome", response.Headers.Location!.ToString());
        var back = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location));
        Assert.Contains($"<h1 lang=\"nl\">{DemoEvents.PublishedTitle}</h1>", back);
        // At the form, the element the address's fragment names, which the page focuses: a screen reader starts there.
        var outcome = Regex.Match(back, "<div id=\"new-link-outcome\"[^>]*>(.*?)</div>", RegexOptions.Singleline);
        Assert.Contains("tabindex=\"-1\" data-page-focus", outcome.Value);
        Assert.Contains(sent, outcome.Groups[1].Value);
        Assert.True(back.IndexOf("id=\"new-link-outcome\"", StringComparison.Ordinal) > back.IndexOf("id=\"new-link-heading\"", StringComparison.Ordinal));
        await DrainAsync();
        Assert.Null(await new RsvpLinkCheck(app.Factory.Services).OpensAsync(token));
    }

    [Fact]
    public async Task AnEmptyAddress_OnAnEventsPage_IsSaidAtTheFieldThere_AndNothingIsQueued()
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        var client = SignIn.NewClient(app.Factory);
        var page = await client.GetStringAsync($"/e/{published.Slug}");

        var (status, html) = await PostAsync(client, page, "  ", ("Request.Event", published.Slug!));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<h1 lang=\"nl\">{DemoEvents.PublishedTitle}</h1>", html);
        Assert.Contains("<p class=\"eh-error\" role=\"alert\" id=\"new-link-error\">Enter your email address.</p>", html);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"new-link-error\"", html);
        Assert.DoesNotContain(SentText, html);
    }

    [Fact]
    public async Task AMistypedAddress_OnAnEventsPage_IsBackInTheFieldThere_OnceAndNeverInTheAddressOrCookieAsText()
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        var client = SignIn.NewClient(app.Factory);
        var page = await client.GetStringAsync($"/e/{published.Slug}");
        const string typed = "lotte.dekker@partner";

        var response = await client.PostAsync("/new-link", Form(page, typed, ("Request.Event", published.Slug!)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("lotte", response.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".EventHub.NewLink=", StringComparison.Ordinal));
        Assert.DoesNotContain("lotte", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        var back = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location));
        Assert.Contains("Enter an email address such as name@example.org.", back);
        Assert.Contains($"name=\"Request.Email\" value=\"{typed}\"", back);
        // Read once: the page again (a refresh) has the refusal from its address, and an empty field.
        var again = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location));
        Assert.Contains("Enter an email address such as name@example.org.", again);
        Assert.DoesNotContain(typed, again);
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

    /// <param name="from">The page's own fields: <c>Request.Event</c> on an event's page, <c>Request.Link</c> on a dead link's.</param>
    internal static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient client, string page, string email, params (string Name, string Value)[] from)
    {
        var response = await client.PostAsync("/new-link", Form(page, email, from));
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            // Post/Redirect/Get: the answer is on the page it redirects to.
            response = await client.GetAsync(response.Headers.Location);
        }

        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    internal static FormUrlEncodedContent Form(string page, string email, params (string Name, string Value)[] from) =>
        new(new Dictionary<string, string>
        {
            ["_handler"] = "new-link",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
            ["Request.Email"] = email,
        }.Concat(from.Select(field => KeyValuePair.Create(field.Name, field.Value))));

    /// <summary>Waits until the queued requests are handled (by the app's worker, or here): the page answers before that.</summary>
    private Task<bool> DrainAsync() => app.Factory.Services.GetRequiredService<LostLinkQueue>().DrainAsync();

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

    internal sealed class RsvpLinkCheck(IServiceProvider services)
    {
        public async Task<RsvpView?> OpensAsync(string token)
        {
            using var scope = services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<RsvpService>().GetAsync(token);
        }
    }
}
