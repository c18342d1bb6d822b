using System.Net;
using EventHub.Core.Common;
using EventHub.Tests.Support;

namespace EventHub.Tests.Integration;

/// <summary>
/// The authorization matrix (issue 13, section 6): every page and endpoint the app routes, found in the app itself
/// (<see cref="AppRoutes.DiscoverEndpointsAsync"/>, the same discovery as the every-page accessibility test), asked for by
/// each kind of caller with a plain HTTP request, answers what <see cref="Matrix"/> says. The matrix is written out
/// here, not read from the app's own attributes, so a page that lost its [Authorize] or got the wrong policy fails.
/// </summary>
public class AuthorizationMatrixTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    /// <summary>Who asks: nobody, a partner who just opened their personal link (no account), or a signed-in role.</summary>
    public enum Caller { Anonymous, PartnerLink, DoorStaff, Facilitator, Organiser, Admin }

    /// <summary>What the caller gets: the page (200), sent to sign in, sent to "access denied", not found, a redirect elsewhere, refused as malformed.</summary>
    public enum Answer { Ok, SignIn, Denied, NotFound, Redirect, BadRequest }

    private static readonly Caller[] Callers = Enum.GetValues<Caller>();

    /// <summary>Open to everyone, partners and staff alike.</summary>
    private static readonly Answer[] Anyone = [Answer.Ok, Answer.Ok, Answer.Ok, Answer.Ok, Answer.Ok, Answer.Ok];

    /// <summary>Any signed-in staff member.</summary>
    private static readonly Answer[] SignedIn = [Answer.SignIn, Answer.SignIn, Answer.Ok, Answer.Ok, Answer.Ok, Answer.Ok];

    /// <summary>Organisers and admins.</summary>
    private static readonly Answer[] Organise = [Answer.SignIn, Answer.SignIn, Answer.Denied, Answer.Denied, Answer.Ok, Answer.Ok];

    /// <summary>Facilitators, organisers and admins.</summary>
    private static readonly Answer[] Facilitate = [Answer.SignIn, Answer.SignIn, Answer.Denied, Answer.Ok, Answer.Ok, Answer.Ok];

    /// <summary>Door staff, organisers and admins.</summary>
    private static readonly Answer[] CheckIn = [Answer.SignIn, Answer.SignIn, Answer.Ok, Answer.Denied, Answer.Ok, Answer.Ok];

    /// <summary>A write of the check-in desk without its antiforgery token: refused for everyone allowed at the door.</summary>
    private static readonly Answer[] DoorWrite = [Answer.SignIn, Answer.SignIn, Answer.BadRequest, Answer.Denied, Answer.BadRequest, Answer.BadRequest];

    /// <summary>Admins only.</summary>
    private static readonly Answer[] Administer = [Answer.SignIn, Answer.SignIn, Answer.Denied, Answer.Denied, Answer.Denied, Answer.Ok];

    /// <summary>
    /// Every route (<c>METHOD /template</c> for anything but GET) → the answer for each <see cref="Caller"/>, in the
    /// order anonymous, partner link, door staff, facilitator, organiser, admin. The demo values that fill the
    /// parameters are in <see cref="DemoRouteValues"/>: last month's meeting, its first facilitated session (Femke's),
    /// an action item of it, a partner's and an action owner's personal link.
    /// </summary>
    private static readonly Dictionary<string, Answer[]> Matrix = new()
    {
        // Door staff start at the door: home sends them to today's events.
        ["/"] = [Answer.SignIn, Answer.SignIn, Answer.Redirect, Answer.Ok, Answer.Ok, Answer.Ok],
        ["/a/{Token}"] = Anyone,
        ["/accessibility"] = Anyone,
        ["/account"] = SignedIn,
        ["/account/calendar"] = Facilitate,
        ["/account/export.zip"] = SignedIn,
        // After saving one's name or language: the sign-in made anew, then back to /account.
        ["/account/details-saved"] = [Answer.SignIn, Answer.SignIn, Answer.Redirect, Answer.Redirect, Answer.Redirect, Answer.Redirect],
        // A new address's confirmation link, for anyone who has it; the demo's account token is a set-password link's,
        // which confirms nothing (a working confirmation link: StaffAccountTests).
        ["/account/confirm-email/{Token}"] = [Answer.NotFound, Answer.NotFound, Answer.NotFound, Answer.NotFound, Answer.NotFound, Answer.NotFound],
        ["/account/change-password"] = SignedIn,
        ["/account/forgot-password"] = Anyone,
        ["/account/set-password/{Token}"] = Anyone,
        ["/Account/AccessDenied"] = Anyone,
        ["/Account/Login"] = Anyone,
        // The second step of a sign-in: without a first step done, back to the first.
        ["/Account/LoginWith2fa"] = [Answer.SignIn, Answer.SignIn, Answer.SignIn, Answer.SignIn, Answer.SignIn, Answer.SignIn],
        ["/Account/LoginWithRecoveryCode"] = [Answer.SignIn, Answer.SignIn, Answer.SignIn, Answer.SignIn, Answer.SignIn, Answer.SignIn],
        // Signing out only with the form's antiforgery token: a forged post (no token) signs no one out.
        ["POST /Account/Logout"] = [Answer.BadRequest, Answer.BadRequest, Answer.BadRequest, Answer.BadRequest, Answer.BadRequest, Answer.BadRequest],
        ["/Account/TwoFactor"] = SignedIn,
        ["/actions"] = Facilitate,
        ["/actions/{Id:int}"] = Facilitate,
        ["/admin/audit"] = Administer,
        ["/alliance/{Year:int}"] = Anyone,
        ["/admin/email"] = Administer,
        ["/admin/sector-targets"] = Administer,
        ["/admin/inactive-contacts"] = Administer,
        ["/admin/privacy-notice"] = Administer,
        ["/admin/privacy-requests"] = Administer,
        ["/admin/users"] = Administer,
        ["/admin/users/{userId}/export.zip"] = Administer,
        // The alliance's logo, for anyone (emails load it); the demo has none.
        // The circuit memory benchmark's empty page: organisers only, and not found unless EventHub:Benchmark:Enabled
        // (its /benchmark/heap is not even mapped then, so it is not in this list).
        ["/benchmark/empty"] = [Answer.SignIn, Answer.SignIn, Answer.Denied, Answer.Denied, Answer.NotFound, Answer.NotFound],
        ["/branding/logo"] = [Answer.NotFound, Answer.NotFound, Answer.NotFound, Answer.NotFound, Answer.NotFound, Answer.NotFound],
        ["/calendar/feed/{token}.ics"] = Anyone,
        // Door staff see only the events taking place today: last month's meeting is not found at their desk.
        ["/check-in"] = CheckIn,
        ["/check-in/{EventId:int}"] = [Answer.SignIn, Answer.SignIn, Answer.NotFound, Answer.Denied, Answer.Ok, Answer.Ok],
        // The desk's JSON: the same people and events as its page; writes only with the page's antiforgery token.
        ["/door/{eventId:int}/list"] = [Answer.SignIn, Answer.SignIn, Answer.NotFound, Answer.Denied, Answer.Ok, Answer.Ok],
        ["/door/{eventId:int}/live"] = [Answer.SignIn, Answer.SignIn, Answer.NotFound, Answer.Denied, Answer.Ok, Answer.Ok],
        ["/door/{eventId:int}/organisations"] = CheckIn,
        ["POST /door/{eventId:int}/scan"] = DoorWrite,
        ["POST /door/{eventId:int}/check-in"] = DoorWrite,
        ["POST /door/{eventId:int}/admit"] = DoorWrite,
        ["POST /door/{eventId:int}/walk-ins"] = DoorWrite,
        ["POST /door/{eventId:int}/undo"] = DoorWrite,
        ["/contacts"] = Facilitate,
        ["/contacts/{Id:int}"] = Facilitate,
        ["/contacts/{id:int}/export.zip"] = Administer,
        ["/culture/{culture}"] = [Answer.Redirect, Answer.Redirect, Answer.Redirect, Answer.Redirect, Answer.Redirect, Answer.Redirect],
        ["/directory/contacts.csv"] = Organise,
        ["/directory/contacts.xlsx"] = Organise,
        ["/directory/duplicates"] = Organise,
        ["/directory/import"] = Organise,
        ["/directory/organisations.csv"] = Organise,
        ["/directory/organisations.xlsx"] = Organise,
        ["/e/{Slug}"] = Anyone,
        ["/e/{slug}/calendar.ics"] = Anyone,
        ["/e/{Slug}/report"] = Anyone,
        ["/Error"] = Anyone,
        ["/events"] = Organise,
        ["/events/{Id:int}"] = Facilitate,
        ["/events/{Id:int}/dashboard"] = Organise,
        ["/events/{Id:int}/edit"] = Organise,
        ["/events/{Id:int}/invitations"] = Organise,
        ["/events/{EventId:int}/messages/{Id:int}"] = Organise,
        ["/events/{Id:int}/synthesis"] = Organise,
        ["/events/{Id:int}/feedback"] = Organise,
        ["/events/{id:int}/feedback.csv"] = Organise,
        ["/events/{id:int}/feedback.xlsx"] = Organise,
        ["/feedback/{Token}"] = Anyone,
        ["/insight/feedback"] = Organise,
        // Badges and sign-in lists name every guest: not for door staff or facilitators.
        ["/events/{EventId:int}/badges"] = Organise,
        ["/events/{EventId:int}/sign-in-lists"] = Organise,
        ["/events/{EventId:int}/timetable"] = Facilitate,
        ["/events/{id:int}/calendar.ics"] = Facilitate,
        ["/events/{id:int}/guests.csv"] = Organise,
        ["/events/{id:int}/guests.xlsx"] = Organise,
        ["/events/{id:int}/synthesis.md"] = Organise,
        ["/events/new"] = Organise,
        ["/healthz"] = Anyone,
        ["/icons.svg"] = Anyone,
        ["/insight/annual-report"] = Organise,
        ["/insight/annual-report/{Year:int}"] = Organise,
        ["/insight/annual-report/{year:int}.md"] = Organise,
        ["/my-sessions"] = Facilitate,
        // The "not found" page says so in its status too, also when asked for by its own address.
        // "Lost your link?": a partner has no account, so anyone may ask (it says the same for any address).
        ["/new-link"] = Anyone,
        ["/not-found"] = [Answer.NotFound, Answer.NotFound, Answer.NotFound, Answer.NotFound, Answer.NotFound, Answer.NotFound],
        ["/organisations"] = Facilitate,
        ["/organisations/{Id:int}"] = Facilitate,
        ["/outbox"] = Organise,
        ["/insight"] = Organise,
        ["/outbox/{id:int}/attachments/{attachmentId:int}"] = Organise,
        ["/rsvp/{Token}"] = Anyone,
        ["/rsvp/{token}/calendar.ics"] = Anyone,
        ["/sessions/{Id:int}/outcome"] = Facilitate,
        ["/stop/{Token}"] = Anyone,
        // A mail program's one-click unsubscribe (RFC 8058): only its own post stops anything; opened, it sends to the page.
        ["POST /stop/{token}/one-click"] = [Answer.BadRequest, Answer.BadRequest, Answer.BadRequest, Answer.BadRequest, Answer.BadRequest, Answer.BadRequest],
        ["/stop/{token}/one-click"] = [Answer.Redirect, Answer.Redirect, Answer.Redirect, Answer.Redirect, Answer.Redirect, Answer.Redirect],
        ["/start"] = [Answer.SignIn, Answer.SignIn, Answer.Redirect, Answer.Redirect, Answer.Redirect, Answer.Redirect],
        ["/themes"] = Organise,
        ["/venues"] = Organise,
        // The framework's fallback for an address that looks like a file and matches nothing: not found, for anyone.
        ["/{**path:file}"] = [Answer.NotFound, Answer.NotFound, Answer.NotFound, Answer.NotFound, Answer.NotFound, Answer.NotFound],
    };

    [Fact]
    public async Task EveryRoute_HasAnEntryInTheMatrix_AndEveryEntryARoute()
    {
        var routes = await DiscoverAsync();

        var missing = routes.Select(r => r.ToString()).Where(r => !Matrix.ContainsKey(r)).ToList();
        var stale = Matrix.Keys.Where(k => routes.All(r => r.ToString() != k)).ToList();

        Assert.True(missing.Count == 0,
            "New routes without an entry in the authorization matrix. Add each to AuthorizationMatrixTests.Matrix " +
            "(EventHub.Tests/Integration/AuthorizationMatrixTests.cs) with the answer for anonymous, partner link, door staff, " +
            "facilitator, organiser and admin, e.g. [\"/my-page\"] = Organise:\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "Entries in the authorization matrix for routes the app no longer has: remove them:\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task EveryRoute_AnswersEachCaller_AsTheMatrixSays()
    {
        var routes = (await DiscoverAsync()).Where(r => Matrix.ContainsKey(r.ToString())).ToList();
        var clients = new Dictionary<Caller, HttpClient>();
        foreach (var caller in Callers)
        {
            clients[caller] = await ClientAsync(caller, routes);
        }

        var wrong = new List<string>();
        var actual = new List<string>();
        foreach (var route in routes)
        {
            var answers = new List<Answer>();
            foreach (var caller in Callers)
            {
                var (answer, detail) = await AskAsync(clients[caller], route);
                answers.Add(answer);
                if (answer != Matrix[route.ToString()][(int)caller])
                {
                    wrong.Add($"{route} as {caller}: expected {Matrix[route.ToString()][(int)caller]}, got {answer} ({detail})");
                }
            }

            actual.Add($"[\"{route}\"] = [{string.Join(", ", answers.Select(a => $"Answer.{a}"))}],");
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} wrong answers:\n{string.Join("\n", wrong)}\n\nWhat the app answered:\n{string.Join("\n", actual)}");
    }

    private async Task<IReadOnlyList<AppRoute>> DiscoverAsync() =>
        await AppRoutes.DiscoverEndpointsAsync(app.Factory.Services, await DemoRouteValues.ReadAsync(app.Factory.Services));

    private async Task<HttpClient> ClientAsync(Caller caller, IReadOnlyList<AppRoute> routes)
    {
        switch (caller)
        {
            case Caller.Anonymous:
                return SignIn.NewClient(app.Factory);
            case Caller.PartnerLink:
                // A partner has no account: what they hold is their link, and whatever opening it left in their browser.
                var partner = SignIn.NewClient(app.Factory);
                var rsvp = routes.Single(r => r.Template == "/rsvp/{Token}");
                Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync(rsvp.Url)).StatusCode);
                return partner;
            default:
                return await SignIn.AsAsync(app.Factory, RoleBrowsers.DemoAccounts[RoleOf(caller)]);
        }
    }

    private static string RoleOf(Caller caller) => caller switch
    {
        Caller.DoorStaff => Roles.DoorStaff,
        Caller.Facilitator => Roles.Facilitator,
        Caller.Organiser => Roles.Organiser,
        Caller.Admin => Roles.Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, "not a role"),
    };

    private static async Task<(Answer Answer, string Detail)> AskAsync(HttpClient client, AppRoute route)
    {
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Url);
        if (route.Method == HttpMethod.Post.Method)
        {
            request.Content = new FormUrlEncodedContent([]);
        }

        // Headers only: a stream (the door's live counts) answers at once and never ends.
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var location = response.Headers.Location?.OriginalString ?? "";
        var detail = $"{(int)response.StatusCode}{(location.Length > 0 ? " → " + location : "")}";
        var redirect = (int)response.StatusCode is >= 300 and < 400;
        var answer = response.StatusCode switch
        {
            HttpStatusCode.OK => Answer.Ok,
            HttpStatusCode.NotFound => Answer.NotFound,
            HttpStatusCode.BadRequest => Answer.BadRequest,
            _ when redirect && location.Contains("/Account/Login", StringComparison.Ordinal) && !location.Contains("/Account/LoginWith", StringComparison.Ordinal) => Answer.SignIn,
            _ when redirect && location.Contains("/Account/AccessDenied", StringComparison.Ordinal) => Answer.Denied,
            _ when redirect => Answer.Redirect,
            _ => throw new InvalidOperationException($"{route} answered {detail}: not an answer the matrix knows"),
        };
        return (answer, detail);
    }
}
