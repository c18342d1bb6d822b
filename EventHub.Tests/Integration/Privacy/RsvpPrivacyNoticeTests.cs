using System.Net;
using EventHub.Core.Accounts;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Privacy;

/// <summary>
/// The RSVP page shows the privacy notice in force, as the admin published it (Markdown, sanitised), with who is
/// responsible for the data and the retention sentence from the settings; a partner who answered under an older version sees that it changed and confirms again.
/// Its own app: publishing a notice changes what every RSVP page shows.
/// </summary>
public class RsvpPrivacyNoticeTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    private static readonly TeamMember Admin = TeamMember.InRoles("admin", "Anna de Vries", Roles.Admin);

    [Fact]
    public async Task ANewNotice_IsShownSanitised_AndAPartnerWhoAnsweredBeforeConfirmsItBeforeSaving()
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        var token = await PartnerLinks.InviteAsync(app.Factory.Services, published.Id, "Iris");
        var client = SignIn.NewClient(app.Factory);

        var first = WebUtility.HtmlDecode(await client.GetStringAsync($"/rsvp/{token}"));
        var accepted = await PostAsync(client, token, ("Form.Answer", "Accepted"), ("Form.PrivacyAccepted", "true"),
            ("Form.PrivacyNoticeVersion", PrivacyNotice.FirstVersion));
        string version;
        using (var scope = app.Factory.Services.CreateScope())
        {
            version = (await scope.ServiceProvider.GetRequiredService<PrivacyNoticeService>().PublishAsync(Admin,
                "- We now also keep **photo consent**.\n- <script>alert('x')</script>", "- We bewaren nu ook **toestemming voor foto's**.",
                ("Gemeente Groningen", "privacy@groningen.example"))).Value;
        }

        var changed = await client.GetStringAsync($"/rsvp/{token}");
        var stale = await PostAsync(client, token, ("Form.Answer", "Tentative"), ("Form.PrivacyAccepted", "true"),
            ("Form.PrivacyNoticeVersion", PrivacyNotice.FirstVersion));
        var statusAfterStale = (await InvitationAsync(token)).Status;
        var confirmed = await PostAsync(client, token, ("Form.Answer", "Tentative"), ("Form.PrivacyAccepted", "true"),
            ("Form.PrivacyNoticeVersion", version));
        var afterwards = await client.GetStringAsync($"/rsvp/{token}");

        Assert.Contains("Privacy notice, version 2026-11", first);
        Assert.Contains("<li>We store your answer, the sessions you choose, and the access and dietary needs you give.</li>", first);
        Assert.Contains("are deleted 30 days after the event ends", first);
        Assert.DoesNotContain("id=\"privacy-changed\"", first);
        Assert.DoesNotContain("id=\"privacy-controller\"", first); // the first version named no one
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        Assert.Contains($"Privacy notice, version {version}", changed);
        Assert.Contains("<strong>photo consent</strong>", changed);
        Assert.DoesNotContain("<script>alert", changed);
        Assert.Contains("&lt;script&gt;", changed); // shown as text, never run
        Assert.Contains("The privacy notice has changed since your last answer.", changed);
        Assert.Contains("Gemeente Groningen is responsible for your data. Questions about your data or your rights:", changed);
        Assert.Contains("href=\"mailto:privacy@groningen.example\"", changed);
        Assert.Contains("are deleted 30 days after the event ends", WebUtility.HtmlDecode(changed));
        Assert.Contains($"name=\"Form.PrivacyNoticeVersion\" value=\"{version}\"", changed);
        Assert.DoesNotContain(Ticked, changed);

        Assert.NotEqual(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Contains("id=\"privacy-error\"", await stale.Content.ReadAsStringAsync());
        Assert.Equal(InvitationStatus.Accepted, statusAfterStale);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var invitation = await InvitationAsync(token);
        Assert.Equal((InvitationStatus.Tentative, version), (invitation.Status, invitation.PrivacyNoticeVersion));
        Assert.Contains(Ticked, afterwards);
        Assert.DoesNotContain("id=\"privacy-changed\"", afterwards);
    }

    /// <summary>The acknowledgement box as the page renders it ticked.</summary>
    private const string Ticked = "id=\"privacy-accepted\" value=\"true\" checked";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token, params (string Name, string Value)[] fields)
    {
        var form = await client.GetStringAsync($"/rsvp/{token}");
        var values = new List<KeyValuePair<string, string>>
        {
            new("_handler", "rsvp"),
            new("__RequestVerificationToken", SignIn.AntiforgeryToken(form)),
        };
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await client.PostAsync($"/rsvp/{token}", new FormUrlEncodedContent(values));
    }

    private async Task<Invitation> InvitationAsync(string token)
    {
        var hash = EventHub.Core.Common.PersonalLinkTokens.Hash(token);
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        return await db.Invitations.AsNoTracking().SingleAsync(i => i.TokenHash == hash);
    }
}
