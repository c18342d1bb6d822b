using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Engagement;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Core.Privacy;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// "Lost your link?": a partner gives their email address and gets a new personal link for each live invitation, in the
/// invitation's language; the old link stops working. Nothing is sent for what is not live, and the caller's answer never
/// depends on the address (the page shows the same text either way; here: nothing changes).
/// </summary>
public class LostLinkServiceTests
{
    private const string Slug = "alliantiedag-2027-03-10";

    [Fact]
    public async Task SendNewLinks_ForAnAddressWithALiveInvitation_EmailsANewLinkInItsLanguage_TheOldLinkStopsAndTheNewOneOpens()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10, language: Language.Nl);
        var old = scenario.TokenOf(0);

        // Typed as people type it: capitals, spaces around it.
        var sent = await LostLinks(scenario).SendNewLinksAsync("  " + InvitationScenario.Email(0).ToUpperInvariant() + " ");

        Assert.Equal(1, sent);
        await using var db = await scenario.NewContextAsync();
        var email = await db.OutboxMessages.SingleAsync(m => m.Kind == InvitationEmails.NewLinkKind);
        Assert.Equal(InvitationScenario.Email(0), email.ToAddress);
        Assert.StartsWith("Uw nieuwe link: Alliantiedag", email.Subject);
        var text = OutboxLinks.TextAsSent(scenario.Services, email);
        Assert.Contains("Gebruik deze nieuwste link; eerdere links werken niet meer.", text);
        var fresh = InvitationScenario.TokenIn(text);
        Assert.NotEqual(old, fresh);
        Assert.Null(await scenario.Rsvp.GetAsync(old));
        Assert.NotNull(await scenario.Rsvp.GetAsync(fresh));
        // The other partner's link is untouched.
        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(1)));
        // The organisers see in the invitation's history why its link changed.
        var invitationId = await db.Invitations.Where(i => i.Contact.Email == InvitationScenario.Email(0)).Select(i => i.Id).SingleAsync();
        var entries = await db.AuditEntries.Where(e => e.Kind == nameof(Invitation) && e.RecordId == invitationId.ToString()).ToListAsync();
        Assert.Contains(entries, e => AuditSummary.Read(e.Summary) == AuditSummary.Of("NewLinkRequested"));
    }

    [Fact]
    public async Task SendNewLinks_ForAnAnsweredInvitation_OffersToSeeOrChangeTheAnswer()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));

        Assert.Equal(1, await LostLinks(scenario).SendNewLinksAsync(InvitationScenario.Email(0)));

        await using var db = await scenario.NewContextAsync();
        var email = await db.OutboxMessages.SingleAsync(m => m.Kind == InvitationEmails.NewLinkKind);
        var text = OutboxLinks.TextAsSent(scenario.Services, email);
        Assert.Contains("See or change your answer: http", text);
        var view = await scenario.Rsvp.GetAsync(InvitationScenario.TokenIn(text));
        Assert.Equal(InvitationStatus.Accepted, view!.Invitation.Status);
    }

    [Fact]
    public async Task SendNewLinks_ForACancelledOrErasedInvitation_AnUnknownAddressOrNoAddress_SendsNothingAndChangesNoLink()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        int cancelled, erased;
        await using (var db = await scenario.NewContextAsync())
        {
            cancelled = await db.Invitations.Where(i => i.Contact.Email == InvitationScenario.Email(0)).Select(i => i.Id).SingleAsync();
            erased = await db.Contacts.Where(c => c.Email == InvitationScenario.Email(1)).Select(c => c.Id).SingleAsync();
        }

        Assert.True((await scenario.Invitations.CancelAsync(cancelled, Staff.Organiser)).Succeeded);
        Assert.True((await scenario.Services.GetRequiredService<ContactErasure>().EraseAsync(Staff.Admin, erased, "Partner 001")).Succeeded);
        var lostLinks = LostLinks(scenario);

        Assert.Equal(0, await lostLinks.SendNewLinksAsync(InvitationScenario.Email(0)));
        Assert.Equal(0, await lostLinks.SendNewLinksAsync(InvitationScenario.Email(1)));
        Assert.Equal(0, await lostLinks.SendNewLinksAsync("nobody@example.org"));
        Assert.Equal(0, await lostLinks.SendNewLinksAsync("not an address"));
        Assert.Equal(0, await lostLinks.SendNewLinksAsync(""));

        await using var check = await scenario.NewContextAsync();
        Assert.False(await check.OutboxMessages.AnyAsync(m => m.Kind == InvitationEmails.NewLinkKind));
    }

    [Fact]
    public async Task SendNewLinks_AfterTheEventEnded_SendsNothing_AndTheLinkStaysAsItWas()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddHours(4));

        Assert.Equal(0, await LostLinks(scenario).SendNewLinksAsync(InvitationScenario.Email(0)));

        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
        await using var db = await scenario.NewContextAsync();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Kind == InvitationEmails.NewLinkKind));
    }

    [Fact]
    public async Task SendNewLinks_FromAnEventsPublicPage_OnlyForThatEvent()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var lostLinks = LostLinks(scenario);

        Assert.Equal(0, await lostLinks.SendNewLinksAsync(InvitationScenario.Email(0), "another-event"));
        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));

        Assert.Equal(1, await lostLinks.SendNewLinksAsync(InvitationScenario.Email(0), Slug));
        Assert.Null(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
    }

    [Fact]
    public async Task SendNewLinks_AskedAgainAndAgain_SendsAtMostThreeAnHour_ThenAgainAfterTheHour()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var lostLinks = LostLinks(scenario);

        for (var i = 0; i < LostLinkService.PerInvitationPerHour; i++)
        {
            Assert.Equal(1, await lostLinks.SendNewLinksAsync(InvitationScenario.Email(0)));
            scenario.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var latest = await LatestLinkAsync(scenario);
        Assert.Equal(0, await lostLinks.SendNewLinksAsync(InvitationScenario.Email(0)));
        // Refused: the link sent last keeps working, so someone typing a partner's address cannot keep replacing it.
        Assert.NotNull(await scenario.Rsvp.GetAsync(latest));

        scenario.Time.Advance(TimeSpan.FromMinutes(58));
        Assert.Equal(1, await lostLinks.SendNewLinksAsync(InvitationScenario.Email(0)));
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(LostLinkService.PerInvitationPerHour + 1, await db.OutboxMessages.CountAsync(m => m.Kind == InvitationEmails.NewLinkKind));
    }

    /// <summary>
    /// The person's timeline said "invited" on the day a new link was asked for (and the data export the same): a new link
    /// moved the invitation's sent time. It stays the day the invitation was sent.
    /// </summary>
    [Fact]
    public async Task SendNewLinks_WeeksLater_LeaveTheInvitedDateOnThePersonsTimeline()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var invitedAt = scenario.Time.GetUtcNow().UtcDateTime;
        scenario.Time.Advance(TimeSpan.FromDays(20));

        Assert.Equal(1, await LostLinks(scenario).SendNewLinksAsync(InvitationScenario.Email(0)));

        await using var db = await scenario.NewContextAsync();
        var invitation = await db.Invitations.SingleAsync();
        Assert.Equal(invitedAt, invitation.SentAtUtc);
        var timeline = await scenario.Services.GetRequiredService<EngagementTimeline>().ForContactAsync(invitation.ContactId, new TimelineQuery());
        Assert.Equal(invitedAt, Assert.Single(timeline.Items, e => e.Kind == TimelineKind.Invited).AtUtc);
    }

    private static LostLinkService LostLinks(InvitationScenario scenario) => scenario.Services.GetRequiredService<LostLinkService>();

    private static async Task<string> LatestLinkAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        var email = await db.OutboxMessages.Where(m => m.Kind == InvitationEmails.NewLinkKind).OrderByDescending(m => m.Id).FirstAsync();
        return InvitationScenario.TokenIn(OutboxLinks.TextAsSent(scenario.Services, email));
    }
}
