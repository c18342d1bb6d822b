using System.Net;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Invitations;

/// <summary>Someone who is not coming keeps no needs (guest list, export) and is offered no calendar entry.</summary>
public class DeclinedGuestTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Fact]
    public async Task AcceptedWithNeeds_ThenDeclined_KeepsNoNeedsAndTheGuestListShowsNone()
    {
        var (eventId, token) = await InviteAsync("Roos");
        var client = SignIn.NewClient(app.Factory);
        await PostAsync(client, token, ("Form.Answer", "Accepted"), ("Form.Needs", "HearingLoop"), ("Form.DietaryNeeds", "Vegan"),
            ("Form.PrivacyAccepted", "true"));

        // The form still carries the needs ticked earlier when the partner changes the answer to "not coming".
        await PostAsync(client, token, ("Form.Answer", "Declined"), ("Form.Needs", "HearingLoop"), ("Form.DietaryNeeds", "Vegan"),
            ("Form.PrivacyAccepted", "true"));

        var invitation = await InvitationAsync(token);
        Assert.Equal(InvitationStatus.Declined, invitation.Status);
        Assert.Equal((AccessNeeds.None, null, null), (invitation.AccessNeeds, invitation.DietaryNeeds, invitation.OtherNeeds));
        var guests = app.Factory.Services.GetRequiredService<GuestListService>();
        var row = (await guests.ListAsync(eventId, new GuestQuery(Search: "Roos"))).Items.Single(r => r.InvitationId == invitation.Id);
        Assert.False(row.HasAccessNeeds);
    }

    [Fact]
    public async Task DeclinedInvitationPage_OffersNoCalendar_WhileAnAcceptedOneDoes()
    {
        var (_, declined) = await InviteAsync("Sven");
        var (_, accepted) = await InviteAsync("Tess");
        var client = SignIn.NewClient(app.Factory);
        await PostAsync(client, declined, ("Form.Answer", "Declined"), ("Form.PrivacyAccepted", "true"));
        await PostAsync(client, accepted, ("Form.Answer", "Accepted"), ("Form.PrivacyAccepted", "true"));

        var declinedPage = await client.GetStringAsync($"/rsvp/{declined}");
        var acceptedPage = await client.GetStringAsync($"/rsvp/{accepted}");

        Assert.DoesNotContain("calendar.ics", declinedPage);
        Assert.DoesNotContain("id=\"rsvp-calendar\"", declinedPage);
        Assert.Contains("id=\"rsvp-calendar\"", acceptedPage);
    }

    private async Task<(int EventId, string Token)> InviteAsync(string firstName)
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        return (published.Id, await PartnerLinks.InviteAsync(app.Factory.Services, published.Id, firstName, Language.En));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token, params (string Name, string Value)[] fields)
    {
        var form = await client.GetStringAsync($"/rsvp/{token}");
        var values = new List<KeyValuePair<string, string>>
        {
            new("_handler", "rsvp"),
            new("__RequestVerificationToken", SignIn.AntiforgeryToken(form)),
        };
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        var response = await client.PostAsync($"/rsvp/{token}", new FormUrlEncodedContent(values));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }

    private async Task<Invitation> InvitationAsync(string token)
    {
        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>().CreateDbContextAsync();
        return await db.Invitations.AsNoTracking().SingleAsync(i => i.TokenHash == hash);
    }
}
