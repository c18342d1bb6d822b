using System.Net;
using EventHub.Core.Common;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace EventHub.Tests.Integration;

/// <summary>
/// A form sent from a page whose browser no longer has the page's antiforgery cookie — a partner's invitation restored
/// from a closed browser's tabs, a sign-in page left open overnight — was answered with a bare developer's 400 in
/// English, and what was typed was gone. Now the page comes back, saying nothing was sent and asking to send it again;
/// nothing is saved from the post that came without its cookie.
/// </summary>
public class ExpiredFormTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    private const string NotSent = "This form was not sent: the page had been open a long time, or the browser had not kept its cookie.";

    [Fact]
    public async Task APartnersAnswer_FromAPageWhoseCookieIsGone_ShowsThePageAgainSayingSo_AndSavesNothing_UntilSentAgain()
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        var token = await PartnerLinks.InviteAsync(app.Factory.Services, published.Id, "Mirjam");
        var page = await SignIn.NewClient(app.Factory).GetStringAsync($"/rsvp/{token}");
        var restored = SignIn.NewClient(app.Factory); // the same page, in a browser that has lost its cookies since

        var sent = await restored.PostAsync($"/rsvp/{token}", PartnerLinks.AcceptForm(page));

        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.Equal($"/rsvp/{token}?form-expired=1", sent.Headers.Location!.OriginalString);
        Assert.Contains("no-store", sent.Headers.CacheControl!.ToString());
        Assert.Equal(InvitationStatus.Invited, await StatusAsync(token));
        var shownAgain = WebUtility.HtmlDecode(await restored.GetStringAsync(sent.Headers.Location));
        Assert.Contains(NotSent, shownAgain);

        var again = await restored.PostAsync($"/rsvp/{token}", PartnerLinks.AcceptForm(shownAgain));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(InvitationStatus.Accepted, await StatusAsync(token));
    }

    [Fact]
    public async Task ASignInFromAPageLeftOpen_WhoseCookieIsGone_ShowsTheSignInAgainSayingSo_AndKeepsWhereItLeadsTo()
    {
        var page = await SignIn.NewClient(app.Factory).GetStringAsync("/Account/Login?ReturnUrl=%2Foutbox");
        var restored = SignIn.NewClient(app.Factory);

        var sent = await restored.PostAsync("/Account/Login?ReturnUrl=%2Foutbox", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(page),
            ["Input.Email"] = "organiser@eventhub.example",
            ["Input.Password"] = EventHub.Core.Demo.DemoSeeder.DemoPassword,
        }));

        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        Assert.Equal("/Account/Login?ReturnUrl=%2Foutbox&form-expired=1", sent.Headers.Location!.OriginalString);
        var shownAgain = WebUtility.HtmlDecode(await restored.GetStringAsync(sent.Headers.Location));
        Assert.Contains(NotSent, shownAgain);
        Assert.DoesNotContain(".AspNetCore.Identity.Application", string.Join(";", sent.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []));

        // Sent again from there with a mistyped password: the form did reach the page this time, which says what is wrong.
        var mistyped = await restored.PostAsync(sent.Headers.Location!.OriginalString, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(shownAgain),
            ["Input.Email"] = "organiser@eventhub.example",
            ["Input.Password"] = "not-the-password",
        }));
        var refused = WebUtility.HtmlDecode(await mistyped.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, mistyped.StatusCode);
        Assert.DoesNotContain(NotSent, refused);
        Assert.Contains("name=\"Input.Password\"", refused);
    }

    private Task<InvitationStatus> StatusAsync(string token) =>
        AppData.ReadAsync(app.Factory, db => db.Invitations.Where(i => i.TokenHash == PersonalLinkTokens.Hash(token)).Select(i => i.Status).SingleAsync());
}
