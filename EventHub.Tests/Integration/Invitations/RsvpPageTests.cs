using System.Net;
using System.Text.RegularExpressions;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Integration.Invitations;

/// <summary>The partner's personal RSVP page over plain HTTP: what a browser without JavaScript gets and posts.</summary>
public partial class RsvpPageTests(EventHubAppFixture app) : IClassFixture<EventHubAppFixture>
{
    [Fact]
    public async Task RsvpPage_ValidLink_RendersInvitationAndPlainForm()
    {
        var (_, token) = await InviteAsync("Anna");
        var client = SignIn.NewClient(app.Factory);

        var response = await client.GetAsync($"/rsvp/{token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Hello Anna, you are invited to", html);
        Assert.Contains($"<h1 lang=\"nl\">{DemoEvents.PublishedTitle}</h1>", html); // written in Dutch
        Assert.Contains("Rondetafel: stages zonder discriminatie", html);
        Assert.Contains("<form method=\"post\"", html);
        Assert.Contains("name=\"__RequestVerificationToken\"", html);
        Assert.Contains("type=\"radio\" name=\"Form.Answer\"", html);
        Assert.DoesNotContain("mud-", html); // plain static page: no component library, no circuit
        Assert.DoesNotContain("\"type\":\"server\"", html);
    }

    [Fact]
    public async Task RsvpPage_PrivacyNotice_StatesTheRetentionPeriodOfTheSetting()
    {
        var (_, token) = await InviteAsync("Elif");
        var client = SignIn.NewClient(app.Factory);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/rsvp/{token}"));

        // EventHubAppFactory sets EventHub:Privacy:NeedsRetentionDays to 30, as NeedsRetention applies it.
        Assert.Contains("any note on why you cannot come, are deleted 30 days after the event ends", html);
    }

    [Fact]
    public async Task RsvpPage_PostAcceptWithSessionAndNeed_SavesAndRedirectsToConfirmation()
    {
        var (eventId, token) = await InviteAsync("Bram");
        var workshop = await SessionAsync(eventId, "Workshop: taal en ouderbetrokkenheid");
        var client = SignIn.NewClient(app.Factory);

        var response = await PostAsync(client, token,
            ("Form.Answer", "Accepted"), ("Form.SessionIds", $"{workshop.Id}"), ("Form.Needs", "HearingLoop"),
            ("Form.DietaryNeeds", "Vegetarisch"), ("Form.PrivacyAccepted", "true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/rsvp/{token}?saved=1", response.Headers.Location!.AbsolutePath + response.Headers.Location.Query);
        var invitation = await InvitationAsync(token);
        Assert.Equal(InvitationStatus.Accepted, invitation.Status);
        Assert.Equal(AccessNeeds.HearingLoop, invitation.AccessNeeds);
        Assert.Equal("Vegetarisch", invitation.DietaryNeeds);
        Assert.Equal(PrivacyNotice.FirstVersion, invitation.PrivacyNoticeVersion);
        Assert.Equal([workshop.Id], invitation.Choices.Select(c => c.SessionId));
        var confirmation = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location));
        Assert.Contains("Thank you, your answer is saved.", confirmation);
        Assert.Contains("You are coming.", confirmation);
        Assert.Contains("Workshop: taal en ouderbetrokkenheid:", confirmation);
        Assert.Contains("Registered", confirmation);
        Assert.Contains($"<strong id=\"rsvp-checkin-code\">{CheckInPass.Display(invitation.CheckInCode!)}</strong>", confirmation);
        Assert.Contains("<svg role=\"img\" aria-label=\"QR code for checking in at the entrance\"", confirmation);
    }

    [Fact]
    public async Task RsvpPage_RefreshAfterSaving_ChangesNothing()
    {
        var (_, token) = await InviteAsync("Cor");
        var client = SignIn.NewClient(app.Factory);
        var saved = await PostAsync(client, token, ("Form.Answer", "Tentative"), ("Form.PrivacyAccepted", "true"));
        var before = await InvitationAsync(token);
        var mailsBefore = await MailCountAsync(before.ContactId);

        var first = await client.GetAsync(saved.Headers.Location);
        var refresh = await client.GetAsync(saved.Headers.Location);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Contains("Noted: maybe.", WebUtility.HtmlDecode(await refresh.Content.ReadAsStringAsync()));
        var after = await InvitationAsync(token);
        Assert.Equal(before.AnsweredAtUtc, after.AnsweredAtUtc);
        Assert.Equal(InvitationStatus.Tentative, after.Status);
        Assert.Equal(mailsBefore, await MailCountAsync(after.ContactId));
    }

    [Fact]
    public async Task RsvpPage_UnknownOrReplacedLink_Is404WithoutEventDetails()
    {
        var (_, token) = await InviteAsync("Dirk");
        var invitation = await InvitationAsync(token);
        using (var scope = app.Factory.Services.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<InvitationService>().ResendAsync(invitation.Id, Staff.Organiser)).Succeeded);
        }

        var client = SignIn.NewClient(app.Factory);

        var unknown = await client.GetAsync("/rsvp/no-such-link");
        var replaced = await client.GetAsync($"/rsvp/{token}");

        foreach (var response in new[] { unknown, replaced })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains("This link does not work (any more). If you were invited, use the newest invitation email, ask for a new link below, or contact the organiser.", html);
            Assert.DoesNotContain(DemoEvents.PublishedTitle, html);
            Assert.DoesNotContain("Dirk", html);
            // Its only form is "lost your link?": an address to send a new link to, nothing about this link.
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<form"));
            Assert.Contains("<form method=\"post\" action=\"new-link#new-link-outcome\"", html);
        }
    }

    [Fact]
    public async Task RsvpPage_DutchContact_IsInDutch()
    {
        var (_, token) = await InviteAsync("Eva", Language.Nl);
        var client = SignIn.NewClient(app.Factory);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/rsvp/{token}"));

        Assert.Contains("<html lang=\"nl\"", html);
        Assert.Contains("Beste Eva, u bent uitgenodigd voor", html);
        Assert.Contains("Komt u?", html);
        Assert.Contains("Antwoord versturen", html);
    }

    [Fact]
    public async Task RsvpPage_APlenary_IsInTheProgrammeForEveryone_AndNotOneOfTheSessionsToChoose()
    {
        var eventId = await PartnerLinks.PublishEventAsync(app.Factory.Services, deadlineInDays: 5, workshopCapacity: null);
        var token = await PartnerLinks.InviteAsync(app.Factory.Services, eventId, "Pien", Language.Nl);
        int plenary, workshop;
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            plenary = await db.Sessions.Where(s => s.EventId == eventId && s.Kind == SessionKind.Plenary).Select(s => s.Id).SingleAsync();
            workshop = await db.Sessions.Where(s => s.EventId == eventId && s.Kind == SessionKind.Workshop).Select(s => s.Id).SingleAsync();
        }

        var client = SignIn.NewClient(app.Factory);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/rsvp/{token}"));

        Assert.Contains("<span class=\"eh-kind\">Plenair</span> · voor iedereen", html);
        Assert.Contains($"id=\"session-{workshop}\"", html);
        Assert.DoesNotContain($"id=\"session-{plenary}\"", html);
        Assert.Contains("De plenaire sessies zijn voor iedereen die komt: die hoeft u niet te kiezen.", html);
    }

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Nl)]
    public async Task RsvpPage_BeforeAndAfterAccepting_ShowsNoResourceKeys(Language language)
    {
        var (eventId, token) = await InviteAsync("Gijs", language);
        var workshop = await SessionAsync(eventId, "Workshop: taal en ouderbetrokkenheid");
        var client = SignIn.NewClient(app.Factory);

        var form = WebUtility.HtmlDecode(await client.GetStringAsync($"/rsvp/{token}"));
        var saved = await PostAsync(client, token,
            ("Form.Answer", "Accepted"), ("Form.SessionIds", $"{workshop.Id}"), ("Form.Needs", "QuietRoom"), ("Form.PrivacyAccepted", "true"));
        var confirmation = WebUtility.HtmlDecode(await client.GetStringAsync(saved.Headers.Location));

        Assert.Empty(MarkupText.ResourceKeysIn(form));
        Assert.Empty(MarkupText.ResourceKeysIn(confirmation));
    }

    [Fact]
    public async Task RsvpPage_DutchContactWhoChoseEnglish_IsInEnglish()
    {
        var (_, token) = await InviteAsync("Fleur", Language.Nl);
        var client = SignIn.NewClient(app.Factory);
        await client.GetAsync($"/culture/en?returnUrl=%2Frsvp%2F{token}");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/rsvp/{token}"));

        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains("Hello Fleur, you are invited to", html);
    }

    [Fact]
    public async Task RsvpPage_ForAPartnerWithoutAnAccount_HasNoHomeLinkThatLeadsToTheStaffSignIn()
    {
        var (_, token) = await InviteAsync("Ilse");
        var partner = SignIn.NewClient(app.Factory);
        var organiser = await SignIn.AsAsync(app.Factory, "organiser@eventhub.example");

        var partnerPage = await partner.GetStringAsync($"/rsvp/{token}");
        var organiserPage = await organiser.GetStringAsync("/accessibility");

        // "/" is the staff's start page: a partner tapping the name would land on a password form.
        Assert.Contains("<span class=\"eh-brand\" id=\"public-brand\">", partnerPage);
        Assert.DoesNotMatch("<a [^>]*class=\"eh-brand\"", partnerPage);
        Assert.Matches("<a [^>]*class=\"eh-brand\"", organiserPage);
    }

    [Fact]
    public async Task RsvpPage_InEnglish_MarksTheDutchSessionTitlesAsDutch()
    {
        var (_, token) = await InviteAsync("Yara");
        var client = SignIn.NewClient(app.Factory);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/rsvp/{token}"));

        // A screen reader reads them with a Dutch voice, and a browser hyphenates them as Dutch words.
        Assert.Contains("<html lang=\"en\"", html);
        Assert.Contains("<h3 lang=\"nl\">Rondetafel: stages zonder discriminatie</h3>", html); // the programme
        Assert.Contains("<span lang=\"nl\">Rondetafel: stages zonder discriminatie</span>", html); // the choice of sessions
    }

    [Theory]
    [InlineData(Language.Nl, "en", "We store your answer, the sessions you choose", "We bewaren uw antwoord")]
    [InlineData(Language.En, "nl", "We bewaren uw antwoord", "We store your answer, the sessions you choose")]
    public async Task RsvpPage_InvitedInOneLanguageReadingTheOther_ShowsThePrivacyNoticeInThePagesLanguage(
        Language invited, string chosen, string expected, string other)
    {
        var (_, token) = await InviteAsync("Roos", invited);
        var client = SignIn.NewClient(app.Factory);
        await client.GetAsync($"/culture/{chosen}?returnUrl=%2Frsvp%2F{token}");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/rsvp/{token}"));

        // The notice the partner agrees to reads in the language of the page around it, not half in the other one.
        Assert.Contains($"<html lang=\"{chosen}\"", html);
        Assert.Contains(expected, html);
        Assert.DoesNotContain(other, html);
    }

    [Fact]
    public async Task RsvpPage_AfterDeadline_IsReadOnly()
    {
        var eventId = await PartnerLinks.PublishClosedEventAsync(app.Factory.Services);
        var token = await PartnerLinks.InviteAsync(app.Factory.Services, eventId, "Gijs");
        var client = SignIn.NewClient(app.Factory);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/rsvp/{token}"));

        Assert.Contains("You have not answered yet.", html);
        Assert.Contains("Answers can no longer be changed.", html);
        Assert.Contains("organiser@eventhub.example", html);
        Assert.DoesNotContain("<form", html);
        Assert.DoesNotContain("Form.Answer", html);
    }

    [Fact]
    public async Task RsvpPage_WhileAnswering_NamesWhomToAskAboutTheEvent_AsItsPublicPageDoes()
    {
        var (_, token) = await InviteAsync("Wouter");

        var html = WebUtility.HtmlDecode(await SignIn.NewClient(app.Factory).GetStringAsync($"/rsvp/{token}"));

        var contact = Regex.Match(html, "<section class=\"eh-card\" aria-labelledby=\"contact-heading\" id=\"event-contact\">(.*?)</section>", RegexOptions.Singleline);
        Assert.Contains("Questions about this event, or about what you need to take part? Contact the organiser.", contact.Groups[1].Value);
        Assert.Contains("href=\"mailto:organiser@eventhub.example\"", contact.Groups[1].Value);
    }

    [Fact]
    public async Task RsvpPage_PostWithoutPrivacyConsent_ShowsErrorAndKeepsEnteredValues()
    {
        var (eventId, token) = await InviteAsync("Hanna");
        var roundTable = await SessionAsync(eventId, "Rondetafel: stages zonder discriminatie");
        var client = SignIn.NewClient(app.Factory);

        var response = await PostAsync(client, token,
            ("Form.Answer", "Accepted"), ("Form.SessionIds", $"{roundTable.Id}"), ("Form.Needs", "Interpretation"),
            ("Form.InterpretationLanguage", "Arabisch"), ("Form.DietaryNeeds", "Halal"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("role=\"alert\"", html);
        Assert.Contains("To accept or answer maybe, tick the box to agree to the privacy notice.", html);
        Assert.Contains("href=\"rsvp/" + token + "#privacy-accepted\"", html);
        Assert.Matches("id=\"answer-accepted\" value=\"Accepted\" checked", html);
        Assert.Matches($"id=\"session-{roundTable.Id}\" value=\"{roundTable.Id}\" checked", html);
        Assert.Matches("id=\"need-interpretation\" value=\"Interpretation\" checked", html);
        Assert.Contains("value=\"Arabisch\"", html);
        Assert.Contains("value=\"Halal\"", html);
        Assert.Equal(InvitationStatus.Invited, (await InvitationAsync(token)).Status);
    }

    [Fact]
    public async Task RsvpPage_PostOverlappingSessions_ShowsErrorAtTopAndAtSessions()
    {
        var (eventId, token) = await InviteAsync("Ivo");
        var workshop = await SessionAsync(eventId, "Workshop: taal en ouderbetrokkenheid");
        var roundTable = await SessionAsync(eventId, "Rondetafel: stages zonder discriminatie");
        var client = SignIn.NewClient(app.Factory);

        var response = await PostAsync(client, token,
            ("Form.Answer", "Accepted"), ("Form.SessionIds", $"{workshop.Id}"), ("Form.SessionIds", $"{roundTable.Id}"),
            ("Form.PrivacyAccepted", "true"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        const string message = "Some sessions you chose take place at the same time. Choose one of them.";
        Assert.Contains($"#session-", html);
        Assert.Equal(2, html.Split(message).Length - 1);
        Assert.Contains("id=\"sessions-error\"", html);
        Assert.Equal(InvitationStatus.Invited, (await InvitationAsync(token)).Status);
    }

    [Fact]
    public async Task RsvpPage_AFormWithTwoProblems_NamesBothAtTheTopAndAtTheirFields()
    {
        var (eventId, token) = await InviteAsync("Inge");
        var workshop = await SessionAsync(eventId, "Workshop: taal en ouderbetrokkenheid");
        var roundTable = await SessionAsync(eventId, "Rondetafel: stages zonder discriminatie");
        var client = SignIn.NewClient(app.Factory);

        // Two sessions at the same time, and the privacy notice left unticked: before, the page named the notice, and only
        // the next try the sessions.
        var response = await PostAsync(client, token,
            ("Form.Answer", "Accepted"), ("Form.SessionIds", $"{workshop.Id}"), ("Form.SessionIds", $"{roundTable.Id}"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var summary = html[html.IndexOf("id=\"rsvp-error\"", StringComparison.Ordinal)..html.IndexOf("id=\"event-when\"", StringComparison.Ordinal)];
        Assert.Contains($"<li><a href=\"rsvp/{token}#privacy-accepted\">To accept or answer maybe, tick the box to agree to the privacy notice.</a></li>", summary);
        Assert.Matches($"<li><a href=\"rsvp/{token}#session-\\d+\">Some sessions you chose take place at the same time. Choose one of them.</a></li>", summary);
        Assert.Contains("id=\"sessions-error\"", html);
        Assert.Contains("id=\"privacy-error\"", html);
        Assert.Matches("id=\"privacy-accepted\"[^>]*aria-invalid=\"true\"", html);
        Assert.Equal(InvitationStatus.Invited, (await InvitationAsync(token)).Status);
    }

    [Fact]
    public async Task RsvpPage_FullSession_IsMarkedAndChoosingItPutsThePartnerOnItsWaitingList()
    {
        var eventId = await PartnerLinks.PublishEventAsync(app.Factory.Services, deadlineInDays: 5, workshopCapacity: 1);
        var workshop = await SessionAsync(eventId, "Kleine werkplaats");
        var first = await PartnerLinks.InviteAsync(app.Factory.Services, eventId, "Karin");
        var second = await PartnerLinks.InviteAsync(app.Factory.Services, eventId, "Lars");
        var third = await PartnerLinks.InviteAsync(app.Factory.Services, eventId, "Mila");
        var client = SignIn.NewClient(app.Factory);
        await PostAsync(client, first, ("Form.Answer", "Accepted"), ("Form.SessionIds", $"{workshop.Id}"), ("Form.PrivacyAccepted", "true"));

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/rsvp/{second}"));
        var saved = await PostAsync(client, second, ("Form.Answer", "Accepted"), ("Form.SessionIds", $"{workshop.Id}"), ("Form.PrivacyAccepted", "true"));
        var confirmation = WebUtility.HtmlDecode(await client.GetStringAsync(saved.Headers.Location));

        Assert.Contains("full — you can join the waiting list", page);
        // The choice reads as words: "Kleine werkplaats (full — …)", not "werkplaats(full".
        Assert.Contains("Kleine werkplaats (full — you can join the waiting list)", System.Text.RegularExpressions.Regex.Replace(page, "<[^>]+>", ""));
        Assert.Contains("You are coming.", confirmation);
        Assert.Matches("Kleine werkplaats:\\s*<strong class=\"eh-rsvp-waiting\">Waiting list, number 1</strong>", confirmation);
        var behind = await PostAsync(client, third, ("Form.Answer", "Accepted"), ("Form.SessionIds", $"{workshop.Id}"), ("Form.PrivacyAccepted", "true"));
        Assert.Matches("Kleine werkplaats:\\s*<strong class=\"eh-rsvp-waiting\">Waiting list, number 2</strong>",
            WebUtility.HtmlDecode(await client.GetStringAsync(behind.Headers.Location)));
    }

    [Fact]
    public async Task RsvpPage_PostTooLongLanguageForInterpretation_SaysSoAtTheField_AndKeepsWhatWasTyped()
    {
        var (_, token) = await InviteAsync("Yara");
        var client = SignIn.NewClient(app.Factory);
        var typed = new string('a', Invitation.InterpretationLanguageMaxLength + 1);

        var response = await PostAsync(client, token,
            ("Form.Answer", "Accepted"), ("Form.Needs", "Interpretation"), ("Form.InterpretationLanguage", typed), ("Form.PrivacyAccepted", "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        const string message = "The language for interpretation may be at most 100 characters long.";
        Assert.Equal(2, html.Split(message).Length - 1); // in the summary at the top and at the field
        Assert.Contains("href=\"rsvp/" + token + "#interpretation-language\"", html);
        Assert.Contains($"id=\"interpretation-language\" value=\"{typed}\"", html);
        Assert.Matches("id=\"interpretation-language\"[^>]*maxlength=\"100\"", html);
        Assert.Equal(InvitationStatus.Invited, (await InvitationAsync(token)).Status);
    }

    [Fact]
    public async Task RsvpPage_MaybeWithTheSessionsStillTicked_AsksToUntickThem_AndKeepsTheSeats()
    {
        var (eventId, token) = await InviteAsync("Mila");
        var workshop = await SessionAsync(eventId, "Workshop: taal en ouderbetrokkenheid");
        var client = SignIn.NewClient(app.Factory);
        await PostAsync(client, token, ("Form.Answer", "Accepted"), ("Form.SessionIds", $"{workshop.Id}"), ("Form.PrivacyAccepted", "true"));

        // The page comes back with the workshop ticked; the partner changes only the answer.
        var response = await PostAsync(client, token, ("Form.Answer", "Tentative"), ("Form.SessionIds", $"{workshop.Id}"), ("Form.PrivacyAccepted", "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        const string message = "We keep seats in sessions only for guests who are coming. Choose ‘Accept’ to keep these sessions, or untick them to answer ‘maybe’.";
        Assert.Equal(2, html.Split(message).Length - 1); // in the summary at the top and at the sessions
        Assert.Contains("id=\"sessions-error\"", html);
        Assert.Matches("id=\"answer-tentative\"[^>]*checked", html);
        var invitation = await InvitationAsync(token);
        Assert.Equal(InvitationStatus.Accepted, invitation.Status);
        Assert.Equal([workshop.Id], invitation.Choices.Select(c => c.SessionId));
    }

    [Fact]
    public async Task RsvpPage_AnInterpreterWithoutALanguage_AndSomethingElseUnsaid_AreAskedForAtTheirFields()
    {
        var (_, token) = await InviteAsync("Nadia");
        var client = SignIn.NewClient(app.Factory);

        var response = await PostAsync(client, token, ("Form.Answer", "Accepted"), ("Form.Needs", "Interpretation"), ("Form.Needs", "Other"),
            ("Form.InterpretationLanguage", " "), ("Form.OtherNeeds", ""), ("Form.DietaryNeeds", "Halal"), ("Form.PrivacyAccepted", "true"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"<li><a href=\"rsvp/{token}#interpretation-language\">Which language should the interpreter speak? Please fill it in.</a></li>", html);
        Assert.Contains($"<li><a href=\"rsvp/{token}#other-needs\">Please tell us what else you need, so we can arrange it.</a></li>", html);
        Assert.Contains("id=\"interpretation-language-error\"", html);
        Assert.Matches("id=\"other-needs\"[^>]*aria-invalid=\"true\"", html);
        Assert.Contains("id=\"dietary-needs\" value=\"Halal\"", html);
        Assert.Equal(InvitationStatus.Invited, (await InvitationAsync(token)).Status);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("Accepted", true)]
    [InlineData("Tentative", true)]
    [InlineData("Declined", false)]
    public async Task RsvpPage_OffersTheCalendar_OnlyToThoseComingOrMaybeComing(string? answer, bool offered)
    {
        var (_, token) = await InviteAsync("Zeno");
        var client = SignIn.NewClient(app.Factory);
        if (answer is not null)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, token, ("Form.Answer", answer), ("Form.PrivacyAccepted", "true"))).StatusCode);
        }

        var html = await client.GetStringAsync($"/rsvp/{token}");

        Assert.Equal(offered, html.Contains("id=\"rsvp-calendar\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RsvpPage_SomeoneOnTheWaitingList_IsOfferedNoCalendar()
    {
        var eventId = await PartnerLinks.PublishEventAsync(app.Factory.Services, deadlineInDays: 5, workshopCapacity: null);
        await ChangeEventAsync(eventId, e => e.Limit(1, e.RsvpDeadlineUtc));
        var seated = await PartnerLinks.InviteAsync(app.Factory.Services, eventId, "Bas");
        var waiting = await PartnerLinks.InviteAsync(app.Factory.Services, eventId, "Cas");
        var client = SignIn.NewClient(app.Factory);
        await PostAsync(client, seated, ("Form.Answer", "Accepted"), ("Form.PrivacyAccepted", "true"));
        await PostAsync(client, waiting, ("Form.Answer", "Accepted"), ("Form.PrivacyAccepted", "true"));

        var seatedPage = await client.GetStringAsync($"/rsvp/{seated}");
        var waitingPage = await client.GetStringAsync($"/rsvp/{waiting}");

        Assert.Equal(InvitationStatus.Waitlisted, (await InvitationAsync(waiting)).Status);
        Assert.Contains("id=\"rsvp-calendar\"", seatedPage);
        Assert.DoesNotContain("calendar.ics", waitingPage);
    }

    [Fact]
    public async Task RsvpPage_OfACancelledEvent_SaysSoAndWhyAtTheTop_BeforeThePlaceAndProgramme_AndNoLongerShowsTheAnswerOrThePass()
    {
        var eventId = await PartnerLinks.PublishEventAsync(app.Factory.Services, deadlineInDays: 5, workshopCapacity: null);
        var token = await PartnerLinks.InviteAsync(app.Factory.Services, eventId, "Kees");
        var client = SignIn.NewClient(app.Factory);
        await PostAsync(client, token, ("Form.Answer", "Accepted"), ("Form.PrivacyAccepted", "true"));
        await ChangeEventAsync(eventId, e => Assert.True(e.Cancel("De zaal is niet beschikbaar.").Succeeded));

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/rsvp/{token}"));

        // The partner opens the link from the invitation: the first card said "you are invited" and only the last one,
        // below the whole programme, that the event does not take place.
        var cancelled = html.IndexOf("id=\"event-cancelled\"", StringComparison.Ordinal);
        Assert.InRange(cancelled, 0, html.IndexOf("id=\"event-where\"", StringComparison.Ordinal));
        Assert.Contains("This event is cancelled", html[cancelled..]);
        // In the words the organisers wrote it, marked as Dutch inside the English page (screen readers switch voice).
        Assert.Contains("Reason: <span lang=\"nl\">De zaal is niet beschikbaar.</span>", html);
        // Kees had said yes: "You are coming" and a QR code for the door under "cancelled" read as if it went ahead.
        Assert.DoesNotContain("id=\"rsvp-current\"", html);
        Assert.DoesNotContain("id=\"rsvp-checkin\"", html);
        Assert.DoesNotContain("id=\"rsvp-reply\"", html);
        Assert.Contains("id=\"event-programme\"", html);
    }

    [Fact]
    public async Task RsvpPage_SaysWhatTheMeetingIsAbout_AsItsPublicPageDoes()
    {
        var eventId = await PartnerLinks.PublishEventAsync(app.Factory.Services, deadlineInDays: 5, workshopCapacity: null);
        await ChangeEventAsync(eventId, e => e.Describe("Een middag over **gelijke kansen** in het onderwijs.<script>alert(1)</script>"));
        var token = await PartnerLinks.InviteAsync(app.Factory.Services, eventId, "Fenna");

        var html = await SignIn.NewClient(app.Factory).GetStringAsync($"/rsvp/{token}");

        Assert.Contains("Een middag over <strong>gelijke kansen</strong> in het onderwijs.", html);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.InRange(html.IndexOf("id=\"event-about\"", StringComparison.Ordinal), 0, html.IndexOf("id=\"rsvp-reply\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(EventStatus.Closed, true)]
    [InlineData(EventStatus.Cancelled, false)]
    [InlineData(EventStatus.Archived, true)] // an archived event stays public, with its calendar
    public async Task RsvpPage_OffersTheCalendar_OnlyWhileTheEventsCalendarIsThere(EventStatus status, bool offered)
    {
        var eventId = await PartnerLinks.PublishEventAsync(app.Factory.Services, deadlineInDays: 5, workshopCapacity: null);
        var token = await PartnerLinks.InviteAsync(app.Factory.Services, eventId, "Dirk");
        var client = SignIn.NewClient(app.Factory);
        await PostAsync(client, token, ("Form.Answer", "Accepted"), ("Form.PrivacyAccepted", "true"));
        await ChangeEventAsync(eventId, e => Assert.True((status switch
        {
            EventStatus.Cancelled => e.Cancel("De zaal is niet beschikbaar."),
            EventStatus.Archived => e.Close() is { Succeeded: true } ? e.Archive() : throw new InvalidOperationException(),
            _ => e.Close(),
        }).Succeeded));
        string? slug;
        await using (var db = await DbFactory.CreateDbContextAsync())
        {
            slug = await db.Events.Where(e => e.Id == eventId).Select(e => e.Slug).SingleAsync();
        }

        var html = await client.GetStringAsync($"/rsvp/{token}");

        Assert.Equal(offered, html.Contains("id=\"rsvp-calendar\"", StringComparison.Ordinal));
        if (offered)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/e/{slug}/calendar.ics?sessions=true")).StatusCode);
        }
    }

    [Fact]
    public async Task RsvpPage_AnyResponse_IsNotCachedAndSendsNoReferrer()
    {
        var (_, token) = await InviteAsync("Jet");
        var client = SignIn.NewClient(app.Factory);

        var found = await client.GetAsync($"/rsvp/{token}");
        var missing = await client.GetAsync("/rsvp/no-such-link");

        foreach (var response in new[] { found, missing })
        {
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
            Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        }
    }

    private async Task<(int EventId, string Token)> InviteAsync(string firstName, Language language = Language.En)
    {
        var published = await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle);
        return (published.Id, await PartnerLinks.InviteAsync(app.Factory.Services, published.Id, firstName, language));
    }

    [Fact]
    public async Task SendAColleague_InvitesThem_AndThisLinkThenSaysToWhomItWasPassedOn()
    {
        var eventId = (await DemoEvents.FindAsync(app.Factory, DemoEvents.PublishedTitle)).Id;
        var token = await PartnerLinks.InviteAtOrganisationAsync(app.Factory.Services, eventId, "Gert");
        var client = SignIn.NewClient(app.Factory);
        var form = await client.GetStringAsync($"/rsvp/{token}");
        var colleague = new Dictionary<string, string>
        {
            ["_handler"] = "colleague",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
            ["Colleague.FirstName"] = "Hanna",
            ["Colleague.LastName"] = "Smit",
            ["Colleague.Email"] = $"hanna.smit.{Guid.NewGuid():N}@{PartnerLinks.OrganisationDomain}",
            ["Colleague.Language"] = "nl",
        };

        var response = await client.PostAsync($"/rsvp/{token}", new FormUrlEncodedContent(colleague));
        // A double click, or a reply lost on the way: the same form arrives again after the link was passed on.
        var again = await client.PostAsync($"/rsvp/{token}", new FormUrlEncodedContent(colleague));

        foreach (var answer in new[] { response, again })
        {
            var html = await answer.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains("Your colleague is invited", html);
            Assert.Contains("Hanna Smit", html);
        }

        Assert.Equal(InvitationStatus.Substituted, (await InvitationAsync(token)).Status);
        // Gert opens his link again a week later: not "this link does not work", but what he did and whom to ask.
        var later = await client.GetAsync($"/rsvp/{token}");
        var laterHtml = WebUtility.HtmlDecode(await later.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Contains("You passed this invitation on to Hanna Smit, who received their own link by email.", laterHtml);
        Assert.Contains("Would you like to come yourself after all? Please contact", laterHtml);
        Assert.DoesNotContain("id=\"rsvp-reply\"", laterHtml);
        await using var db = await DbFactory.CreateDbContextAsync();
        Assert.Equal(1, await db.Invitations.CountAsync(i => i.EventId == eventId && i.Contact.Email == colleague["Colleague.Email"] && i.Status == InvitationStatus.Invited));
    }

    [Fact]
    public async Task SendAColleague_WithMyOwnEmail_SaysSoAndKeepsTheLink()
    {
        var (_, token) = await InviteAsync("Ids");
        var client = SignIn.NewClient(app.Factory);
        var form = await client.GetStringAsync($"/rsvp/{token}");
        var ownEmail = (await InvitationWithContactAsync(token)).Contact.Email;

        var response = await client.PostAsync($"/rsvp/{token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "colleague",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
            ["Colleague.FirstName"] = "Ids",
            ["Colleague.LastName"] = "Zelf",
            ["Colleague.Email"] = ownEmail,
        }));

        Assert.Contains("That is your own email address", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/rsvp/{token}")).StatusCode);
    }

    [Fact]
    public async Task OrganisationInvitation_ThePrimaryContactNamesADelegate_WhoGetsTheirOwnInvitation()
    {
        var eventId = (await InviteAsync("Jet")).EventId;
        var token = await PartnerLinks.InviteOrganisationAsync(app.Factory.Services, eventId, "Noorderpoort", seats: 2);
        var client = SignIn.NewClient(app.Factory);
        var form = await client.GetStringAsync($"/rsvp/{token}");
        Assert.Contains("Your organisation may send 2 delegates.", WebUtility.HtmlDecode(form));
        var email = $"delegate.{Guid.NewGuid():N}@{PartnerLinks.OrganisationDomain}";

        var response = await NameDelegateAsync(client, token, "Karel", "Dijkstra", email);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location));
        Assert.Contains("The delegate has been invited", page);
        Assert.Contains("Karel Dijkstra", page);
        Assert.Contains("Seats still free: 1 of 2.", page);
        await using var db = await DbFactory.CreateDbContextAsync();
        var delegateInvitation = await db.Invitations.Include(i => i.Contact).SingleAsync(i => i.Contact.Email == email);
        Assert.Equal((await InvitationAsync(token)).Id, delegateInvitation.NominatedThroughId);
        Assert.True(await db.OutboxMessages.AnyAsync(m => m.ToAddress == email && m.Kind == EventHub.Core.Invitations.InvitationEmails.InvitationKind));
    }

    [Fact]
    public async Task OrganisationInvitation_ThePrimaryContactWithdrawsADelegateWhoCannotCome_AndNamesSomeoneElseInTheirSeat()
    {
        var eventId = (await InviteAsync("Jet")).EventId;
        var token = await PartnerLinks.InviteOrganisationAsync(app.Factory.Services, eventId, "Noorderpoort", seats: 1);
        var client = SignIn.NewClient(app.Factory);
        var karel = $"karel.{Guid.NewGuid():N}@{PartnerLinks.OrganisationDomain}";
        await NameDelegateAsync(client, token, "Karel", "Dijkstra", karel);
        var full = WebUtility.HtmlDecode(await client.GetStringAsync($"/rsvp/{token}"));
        Assert.Contains("Seats still free: 0 of 1.", full);
        Assert.DoesNotContain("id=\"delegate-submit\"", full);

        // Karel cannot come after all: his fold-out says what withdrawing does, and its button takes him off.
        Assert.Contains("Karel Dijkstra gets an email that the invitation is withdrawn", full);
        var withdrawn = await client.PostAsync($"/rsvp/{token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "withdraw-delegate",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(full),
            ["Withdrawal.Delegate"] = WithdrawButtonValue().Match(full).Groups[1].Value,
        }));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(withdrawn.Headers.Location));
        var anna = await NameDelegateAsync(client, token, "Anna", "Vos", $"anna.{Guid.NewGuid():N}@{PartnerLinks.OrganisationDomain}");

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Contains("Withdrawn. The seat is free again for someone else.", page);
        Assert.Contains("Seats still free: 1 of 1.", page);
        Assert.DoesNotContain("Karel Dijkstra", page);
        Assert.Equal(HttpStatusCode.Redirect, anna.StatusCode);
        Assert.Contains("Anna Vos", await client.GetStringAsync(anna.Headers.Location));
        await using var db = await DbFactory.CreateDbContextAsync();
        Assert.Equal(InvitationStatus.Cancelled, (await db.Invitations.SingleAsync(i => i.Contact.Email == karel)).Status);
    }

    [Fact]
    public async Task OrganisationInvitation_AfterTheDeadline_SaysWhyDelegatesCanNoLongerBeNamed()
    {
        // An event of its own: the deadline passes for this test only.
        var eventId = await PartnerLinks.PublishEventAsync(app.Factory.Services, deadlineInDays: 5, workshopCapacity: null);
        var token = await PartnerLinks.InviteOrganisationAsync(app.Factory.Services, eventId, "Noorderpoort", seats: 2);
        var client = SignIn.NewClient(app.Factory);
        await NameDelegateAsync(client, token, "Karel", "Dijkstra", $"karel.{Guid.NewGuid():N}@{PartnerLinks.OrganisationDomain}");
        await ChangeEventAsync(eventId, e => e.Limit(e.Capacity, DateTime.UtcNow.AddDays(-1)));

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/rsvp/{token}"));

        Assert.Contains("Seats still free: 1 of 2.", page);
        Assert.Contains("Delegates can no longer be named or withdrawn here. Contact the organiser if something has changed.", page);
        Assert.DoesNotContain("id=\"delegate-submit\"", page);
        Assert.DoesNotContain("Withdrawal.Delegate", page);
    }

    [GeneratedRegex("name=\"Withdrawal.Delegate\" value=\"([^\"]+)\"")]
    private static partial Regex WithdrawButtonValue();

    /// <summary>The primary contact names a delegate through the form on their invitation page.</summary>
    private static async Task<HttpResponseMessage> NameDelegateAsync(HttpClient client, string token, string firstName, string lastName, string email)
    {
        var form = await client.GetStringAsync($"/rsvp/{token}");
        return await client.PostAsync($"/rsvp/{token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "delegate",
            ["__RequestVerificationToken"] = SignIn.AntiforgeryToken(form),
            ["Delegate.FirstName"] = firstName,
            ["Delegate.LastName"] = lastName,
            ["Delegate.Email"] = email,
            ["Delegate.Language"] = "en",
        }));
    }

    private async Task ChangeEventAsync(int eventId, Action<Event> change)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        change(await db.Events.SingleAsync(e => e.Id == eventId));
        await db.SaveChangesAsync();
    }

    private async Task<Invitation> InvitationWithContactAsync(string token)
    {
        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await DbFactory.CreateDbContextAsync();
        return await db.Invitations.AsNoTracking().Include(i => i.Contact).SingleAsync(i => i.TokenHash == hash);
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
        return await client.PostAsync($"/rsvp/{token}", new FormUrlEncodedContent(values));
    }

    private async Task<Session> SessionAsync(int eventId, string title)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        return await db.Sessions.AsNoTracking().SingleAsync(s => s.EventId == eventId && s.Title == title);
    }

    private async Task<Invitation> InvitationAsync(string token)
    {
        var hash = PersonalLinkTokens.Hash(token);
        await using var db = await DbFactory.CreateDbContextAsync();
        return await db.Invitations.AsNoTracking().Include(i => i.Choices).SingleAsync(i => i.TokenHash == hash);
    }

    private async Task<int> MailCountAsync(int contactId)
    {
        await using var db = await DbFactory.CreateDbContextAsync();
        var email = await db.Contacts.Where(c => c.Id == contactId).Select(c => c.Email).SingleAsync();
        return await db.OutboxMessages.CountAsync(m => m.ToAddress == email);
    }

    private IDbContextFactory<EventHubDbContext> DbFactory => app.Factory.Services.GetRequiredService<IDbContextFactory<EventHubDbContext>>();
}
