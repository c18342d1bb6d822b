using System.Net;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Directory;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Invitations;

/// <summary>
/// The RSVP page's "send a colleague" form cannot be abused (issue 13): an outside address is not emailed but waits for
/// the organisers, a name must be a plain name, and the page shows only what the partner typed — never the directory's
/// name for an address.
/// </summary>
public class PartnerFormTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Fact]
    public async Task SendAColleague_AtAnOutsideAddress_IsNotEmailed_WaitsForTheOrganisers_AndTheLinkKeepsWorking()
    {
        var token = await InviteAsync("Femke");
        var client = SignIn.NewClient(app.Factory);
        var outside = $"hanna.{Guid.NewGuid():N}@elders.example";

        var html = await PostColleagueAsync(client, token, "Hanna", "Smit", outside);

        Assert.Contains("We do not recognise Hanna Smit's email address as one of your organisation's, so the organisers will look at this first.", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/rsvp/{token}")).StatusCode);
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.ToAddress == outside));
        Assert.Equal(NominationStatus.AwaitingApproval, (await db.Nominations.SingleAsync(n => n.Email == outside)).Status);
    }

    [Fact]
    public async Task SendAColleague_InDutch_FromAnImportedOrganisation_IsToldTheOrganisersCheckFirst_NotThatTheColleagueWorksElsewhere()
    {
        // Imported from a spreadsheet: the directory knows the organisation but not its email domains, so even a colleague
        // at the partner's own domain waits for the organisers. The partner is not told the colleague is an outsider, nor
        // that "de organisatie" (their own employer, to a Dutch reader) is looking at it.
        var token = await PartnerLinks.InviteAtOrganisationAsync(app.Factory.Services, (await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle)).Id,
            "Fenna", Language.Nl, domainsOnFile: false);
        var colleague = $"hanna.{Guid.NewGuid():N}@{PartnerLinks.OrganisationDomain}";

        var html = await PostColleagueAsync(SignIn.NewClient(app.Factory), token, "Hanna", "Smit", colleague);

        Assert.Contains("Wij herkennen het e-mailadres van Hanna Smit niet als een adres van uw organisatie, dus de organisatoren bekijken dit eerst.", html);
        Assert.DoesNotContain("buiten uw organisatie", html);
    }

    [Fact]
    public async Task SendAColleague_ShowsTheNameAsTyped_NeverTheDirectorysNameForThatAddress()
    {
        var token = await InviteAsync("Gerrit");
        var known = $"marieke.{Guid.NewGuid():N}@{PartnerLinks.OrganisationDomain}";
        var dbFactory = app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.Contacts.Add(new Contact("Marieke", "Dekker", known, Language.Nl, app.Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        var html = await PostColleagueAsync(SignIn.NewClient(app.Factory), token, "Xander", "Getypt", known);

        Assert.Contains("We have invited Xander Getypt in your place", html);
        Assert.DoesNotContain("Marieke", html);
        Assert.DoesNotContain("Dekker", html);
    }

    [Fact]
    public async Task SendAColleague_WithMarkupForAName_SaysWhatANameMayContain_AndSendsNothing()
    {
        var token = await InviteAsync("Hester");
        var colleague = $"sanne.{Guid.NewGuid():N}@{PartnerLinks.OrganisationDomain}";

        var html = await PostColleagueAsync(SignIn.NewClient(app.Factory), token, "<a href=\"https://phish.example\">Klik</a>", "Bos", colleague);

        Assert.Contains("A name may contain letters, spaces, hyphens, apostrophes and full stops only.", html);
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.ToAddress == colleague));
    }

    private async Task<string> InviteAsync(string firstName) =>
        await PartnerLinks.InviteAtOrganisationAsync(app.Factory.Services, (await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle)).Id, firstName);

    private static async Task<string> PostColleagueAsync(HttpClient client, string token, string firstName, string lastName, string email)
    {
        var form = await client.GetStringAsync($"/rsvp/{token}");
        var response = await client.PostAsync($"/rsvp/{token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "colleague",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
            ["Colleague.FirstName"] = firstName,
            ["Colleague.LastName"] = lastName,
            ["Colleague.Email"] = email,
            ["Colleague.Language"] = "en",
        }));
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
