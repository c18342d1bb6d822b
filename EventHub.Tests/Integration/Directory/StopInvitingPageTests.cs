using System.Net;
using System.Text.RegularExpressions;
using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Directory;

/// <summary>
/// The partner's "stop inviting me" page says where to write to be invited again (or, when the link does not work, to
/// stop): the alliance's address as its emails give it, as a mail link, in the partner's language.
/// </summary>
public partial class StopInvitingPageTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    private const string ReplyTo = "secretariaat@alliantie.example";

    [Theory]
    [InlineData(Language.Nl, "Bedenkt u zich? Vraag de organisatoren dan om u weer uit te nodigen.", "Het e-mailadres van de organisatoren: secretariaat@alliantie.example")]
    [InlineData(Language.En, "Changed your mind? Ask the organisers to invite you again.", "The organisers’ address: secretariaat@alliantie.example")]
    public async Task OnceStopped_ThePageGivesTheAlliancesAddress_AsAMailLink_InThePartnersLanguage(Language language, string askAgain, string address)
    {
        await ReplyToAsync(ReplyTo);
        var token = await StopTokenAsync(language);
        using (var scope = app.Factory.Services.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<DoNotInviteService>().StopAsync(token)).Succeeded);
        }

        var html = await SignIn.NewClient(app.Factory).GetStringAsync($"/stop/{token}");

        Assert.Contains(askAgain, Text(Element(html, "stop-done")));
        Assert.Equal(address, Text(Element(html, "stop-contact")));
        Assert.Contains($"<a href=\"mailto:{ReplyTo}\">", Element(html, "stop-contact"));
    }

    [Fact]
    public async Task ALinkThatDoesNotWork_AlsoSaysWhereToWrite()
    {
        await ReplyToAsync(ReplyTo);

        var response = await SignIn.NewClient(app.Factory).GetAsync("/stop/no-such-link");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Please contact the organisers if you would rather not be invited.", Text(Element(html, "stop-not-found")));
        Assert.Contains($"<a href=\"mailto:{ReplyTo}\">", Element(html, "stop-contact"));
    }

    [Fact]
    public async Task AMailProgramsOneClickUnsubscribe_StopsTheInvitations_WithoutAnAntiforgeryToken()
    {
        var token = await StopTokenAsync(Language.En);
        var mailProgram = SignIn.NewClient(app.Factory); // no cookies, no page: only the header's address

        var response = await mailProgram.PostAsync($"/stop/{token}/one-click",
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await DoNotInviteAsync(token));
        // The audit log says who: the partner, through their stop link.
        var hash = PersonalLinkTokens.Hash(token);
        var contactId = await AppData.ReadAsync(app.Factory, db => db.ContactStopLinks.Where(l => l.TokenHash == hash).Select(l => l.ContactId).SingleAsync());
        var change = await AppData.ReadAsync(app.Factory, db => db.AuditEntries
            .Where(e => e.Kind == nameof(Contact) && e.RecordId == contactId.ToString() && e.Action == AuditAction.Modified).OrderBy(e => e.Id).LastAsync());
        Assert.Equal(AuditActorKind.PartnerLink, change.ActorKind);
        Assert.StartsWith("stop link:", change.ActorId);
        var html = await mailProgram.GetStringAsync($"/stop/{token}");
        Assert.Contains("Done, Vera", Text(Element(html, "stop-done")));
    }

    [Fact]
    public async Task TheOneClickAddress_WithoutTheOneClickPost_ChangesNothing_AndOpenedSendsToThePageThatAsks()
    {
        var token = await StopTokenAsync(Language.En);
        var client = SignIn.NewClient(app.Factory);

        var emptyPost = await client.PostAsync($"/stop/{token}/one-click", new FormUrlEncodedContent([]));
        var otherPost = await client.PostAsync($"/stop/{token}/one-click", new FormUrlEncodedContent([new("List-Unsubscribe", "Yes")]));
        var opened = await client.GetAsync($"/stop/{token}/one-click");
        var unknown = await client.PostAsync("/stop/no-such-link/one-click", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.BadRequest, emptyPost.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherPost.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/stop/{token}", opened.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.False(await DoNotInviteAsync(token));
    }

    private async Task<bool> DoNotInviteAsync(string stopToken)
    {
        var hash = PersonalLinkTokens.Hash(stopToken);
        return await AppData.ReadAsync(app.Factory, db => db.ContactStopLinks.Where(l => l.TokenHash == hash).Select(l => l.Contact.DoNotInviteSinceUtc != null).SingleAsync());
    }

    private async Task ReplyToAsync(string address)
    {
        using var scope = app.Factory.Services.CreateScope();
        var admin = TeamMember.InRoles("admin-1", "Anna Admin", Roles.Admin);
        Assert.True((await scope.ServiceProvider.GetRequiredService<EmailBrandingService>().SaveAsync(admin, new EmailBrandingInput(null, null, address, null, null))).Succeeded);
    }

    /// <summary>A new partner invited to the demo's published meeting, and the "stop inviting me" token of that email as sent.</summary>
    private async Task<string> StopTokenAsync(Language language)
    {
        var services = app.Factory.Services;
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        var dbFactory = services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var contact = new Contact("Vera", "Stop", $"vera.{Guid.NewGuid():N}@partner.example", language, services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.Contacts.Add(contact);
            await db.SaveChangesAsync();
        }

        using (var scope = services.CreateScope())
        {
            var invitations = scope.ServiceProvider.GetRequiredService<InvitationService>();
            Assert.True((await invitations.AddAsync(published.Id, [contact.Id], Staff.Organiser)).Succeeded);
            Assert.True((await invitations.SendAsync(published.Id, Staff.Organiser)).Succeeded);
        }

        await using var read = await dbFactory.CreateDbContextAsync();
        var message = await read.OutboxMessages.Where(m => m.ToAddress == contact.Email).SingleAsync();
        return InvitationScenario.StopTokenIn(OutboxLinks.TextAsSent(services, message));
    }

    /// <summary>The element with this id, as HTML (the first closing tag of its kind ends it: these have none inside).</summary>
    private static string Element(string html, string id)
    {
        var match = Regex.Match(html, $"<(\\w+)[^>]* id=\"{id}\"[^>]*>.*?</\\1>", RegexOptions.Singleline);
        Assert.True(match.Success, $"#{id} is not on the page");
        return match.Value;
    }

    private static string Text(string html) => Regex.Replace(WebUtility.HtmlDecode(Tags().Replace(html, "")), @"\s+", " ").Trim();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
