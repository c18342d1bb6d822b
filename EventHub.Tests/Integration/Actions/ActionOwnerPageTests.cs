using System.Net;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Actions;

/// <summary>The owner's personal action-item page over plain HTTP: what a browser without JavaScript gets and posts.</summary>
public class ActionOwnerPageTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Fact]
    public async Task OwnerPage_ValidLink_RendersTheItemAndAPlainForm_NotCachedWithoutReferrer()
    {
        var (_, token, organisation) = await AppActionItems.LinkedAsync(app.Factory.Services, "Voorleesuurtjes in elke wijk", dueInDays: 10);
        var client = SignIn.NewClient(app.Factory);

        var response = await client.GetAsync($"/a/{token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Hello Sanne, this is the action item your organisation took on", html);
        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains("<h1 lang=\"nl\">Voorleesuurtjes in elke wijk</h1>", html); // the item is in the Dutch meeting's words
        Assert.Matches("<span lang=\"nl\">Dialoogavond [0-9a-f]{6}</span>", html);
        Assert.Contains(organisation, html);
        Assert.Contains("<form method=\"post\"", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        Assert.Contains("type=\"radio\" name=\"Form.Status\"", html);
        Assert.DoesNotContain("mud-", html);
        Assert.DoesNotContain("\"type\":\"server\"", html);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task OwnerPage_LinkOfAnItemDoneLongAgo_Answers410InTheOwnersLanguage_NamingWhomToContact_AndNothingOfTheItem()
    {
        var dbFactory = app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        var now = app.Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var longAgo = new ActionItems(dbFactory, now.AddDays(-100)); // closed 100 days ago; owner links expire after 90
        var session = await longAgo.MeetingAsync($"Dialoogavond {Guid.NewGuid().ToString("N")[..6]}", now.AddDays(-120));
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            (await db.Events.SingleAsync(e => e.Id == session.EventId)).SetOrganiser("Olga Bakker", "organiser@eventhub.example");
            await db.SaveChangesAsync();
        }

        var (owner, contact) = await longAgo.PartnerAsync("Bibliotheek Zuid", Language.Nl);
        var item = await longAgo.AddAsync(session, "Leesclubs voor ouders", owner, contact, DateOnly.FromDateTime(now.AddDays(-110)), ActionItemStatus.Done);
        var token = await longAgo.LinkAsync(item);
        var client = SignIn.NewClient(app.Factory);

        var response = await client.GetAsync($"/a/{token}");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"nl\"", html);
        Assert.Contains("<h1>Deze link is verlopen</h1>", html);
        Assert.Contains("Neem dan contact op met Olga Bakker:", html);
        Assert.Contains("href=\"mailto:organiser@eventhub.example\"", html);
        Assert.DoesNotContain("Leesclubs voor ouders", html);
        Assert.DoesNotContain(owner.Name, html);
        Assert.DoesNotContain("<form", html);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task OwnerPage_PostStatusAndNote_SavesAsTheOwner_AndRedirectsToTheConfirmation()
    {
        var (item, token, _) = await AppActionItems.LinkedAsync(app.Factory.Services, "Stagecoaches werven", dueInDays: 5);
        var client = SignIn.NewClient(app.Factory);

        var response = await PostAsync(client, token, ("Form.ItemId", $"{item.Id}"), ("Form.Version", "0"),
            ("Form.Status", "InProgress"), ("Form.Note", "Drie coaches gevonden"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/a/{token}?saved=1", response.Headers.Location!.AbsolutePath + response.Headers.Location.Query);
        var saved = await ItemAsync(item.Id);
        Assert.Equal(ActionItemStatus.InProgress, saved.Status);
        var update = Assert.Single(saved.Updates);
        Assert.Equal(("Drie coaches gevonden", ActionUpdateSource.Owner, (string?)null), (update.Note, update.Source, update.By));
        var confirmation = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location));
        Assert.Contains("Thank you, your update is saved.", confirmation);
        Assert.Contains("Drie coaches gevonden", confirmation);
    }

    [Fact]
    public async Task OwnerPage_PostWithAnotherItemsId_IsRefused_AndNeitherItemChanges()
    {
        var (mine, token, _) = await AppActionItems.LinkedAsync(app.Factory.Services, "Mijn actiepunt", dueInDays: 5);
        var (other, _, _) = await AppActionItems.LinkedAsync(app.Factory.Services, "Andermans actiepunt", dueInDays: 5);
        var client = SignIn.NewClient(app.Factory);

        var response = await PostAsync(client, token, ("Form.ItemId", $"{other.Id}"), ("Form.Version", "0"),
            ("Form.Status", "Dropped"), ("Form.Note", "Weg ermee"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("role=\"alert\"", await response.Content.ReadAsStringAsync());
        Assert.All([await ItemAsync(mine.Id), await ItemAsync(other.Id)], a => Assert.Equal((ActionItemStatus.Open, 0), (a.Status, a.Updates.Count)));
    }

    [Fact]
    public async Task OwnerPage_NothingToSave_ShowsTheErrorLinkedToTheNote()
    {
        var (item, token, _) = await AppActionItems.LinkedAsync(app.Factory.Services, "Ouderavond organiseren", dueInDays: 5);
        var client = SignIn.NewClient(app.Factory);

        var response = await PostAsync(client, token, ("Form.ItemId", $"{item.Id}"), ("Form.Version", "0"), ("Form.Status", "Open"), ("Form.Note", " "));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<strong>Your update was not saved.</strong>", html); // an update, not an answer to an invitation
        Assert.DoesNotContain("Your answer was not saved.", html);
        Assert.Contains("Nothing to save: change the status or write a note.", html);
        Assert.Contains($"href=\"a/{token}#progress-note\"", html);
    }

    [Fact]
    public async Task OwnerPage_UnknownOrReplacedLink_Is404AndRevealsNothing()
    {
        var (item, token, organisation) = await AppActionItems.LinkedAsync(app.Factory.Services, "Geheim actiepunt", dueInDays: 5);
        await AppActionItems.Builder(app.Factory.Services).LinkAsync(item); // a new link replaces the old one
        var client = SignIn.NewClient(app.Factory);

        foreach (var path in new[] { "/a/no-such-link", $"/a/{token}" })
        {
            var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains("This link does not work (any more).", html);
            Assert.DoesNotContain("Geheim actiepunt", html);
            Assert.DoesNotContain(organisation, html);
            Assert.DoesNotContain("<form", html);
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        }
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Nl)]
    public async Task OwnerPage_BeforeAndAfterAnUpdate_ShowsNoResourceKeys(Language language)
    {
        var (item, token, _) = await AppActionItems.LinkedAsync(app.Factory.Services, "Leesclub opzetten", dueInDays: 5, language);
        var client = SignIn.NewClient(app.Factory);

        var form = WebUtility.HtmlDecode(await client.GetStringAsync($"/a/{token}"));
        var saved = await PostAsync(client, token, ("Form.ItemId", $"{item.Id}"), ("Form.Version", "0"), ("Form.Status", "Done"), ("Form.Note", "Gestart"));
        var confirmation = WebUtility.HtmlDecode(await client.GetStringAsync(saved.Headers.Location));

        Assert.Empty(MarkupText.ResourceKeysIn(form));
        Assert.Empty(MarkupText.ResourceKeysIn(confirmation));
    }

    [Fact]
    public async Task OwnerPage_DutchContact_IsInDutch()
    {
        var (_, token, _) = await AppActionItems.LinkedAsync(app.Factory.Services, "Taalcafé starten", dueInDays: 5, Language.Nl);
        var client = SignIn.NewClient(app.Factory);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/a/{token}"));

        Assert.Contains("<html lang=\"nl\"", html);
        Assert.Contains("Beste Sanne, dit is het actiepunt dat uw organisatie op zich nam", html);
        Assert.Contains("Hoe staat het ervoor?", html);
        Assert.Contains("Update opslaan", html);
    }

    [Theory]
    [InlineData("door@eventhub.example", "/actions")]
    [InlineData("door@eventhub.example", "/actions/1")]
    public async Task Tracker_DoorStaff_IsDenied(string email, string path)
    {
        var client = await SignIn.AsAsync(app.Factory, email);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token, params (string Name, string Value)[] fields)
    {
        var form = await client.GetStringAsync($"/a/{token}");
        var values = new List<KeyValuePair<string, string>>
        {
            new("_handler", "action-owner"),
            new("__RequestVerificationToken", SignIn.AntiforgeryToken(form)),
        };
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await client.PostAsync($"/a/{token}", new FormUrlEncodedContent(values));
    }

    private async Task<ActionItem> ItemAsync(int id)
    {
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        return await db.ActionItems.Include(a => a.Updates).SingleAsync(a => a.Id == id);
    }
}
