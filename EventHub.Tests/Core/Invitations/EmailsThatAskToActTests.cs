using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// An email that asks the partner to act carries a way to act: a new personal link in the day-before reminder to a
/// "maybe" (a reminder, as the answer reminders); where to ask for a new link in the emails whose partner's link must keep
/// working — a place that came free (written inside another guest's answer) and a change of the event or a session
/// (sent to everyone at an organiser's save, while some have their page open).
/// </summary>
public class EmailsThatAskToActTests
{
    [Fact]
    public async Task MovingTheEvent_TheChangeNoticeSaysWhereToAskForANewLink_AndTheLinkEveryoneHoldsKeepsWorking()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        var start = EventTime.ToLocal(InvitationScenario.EventStart, "Europe/Amsterdam");

        await scenario.Services.GetRequiredService<EventPlanningService>().UpdateAsync(scenario.EventId,
            new EventInput("Alliantiedag", start.AddDays(1), start.AddDays(1).AddHours(4), OnlineUrl: "https://meet.example.org/alliantie", LocalRsvpDeadline: start.AddDays(-7)),
            expectedVersion: 0, Staff.Organiser);

        await using var db = await scenario.NewContextAsync();
        var notices = await db.OutboxMessages.Where(m => m.Kind == InvitationEmails.ChangeKind).ToListAsync();
        Assert.Equal(2, notices.Count);
        // Someone still to answer and someone coming (whose notice carries their pass) alike.
        Assert.All(notices, n => Assert.Contains("Cannot find your invitation, or does its link no longer work? Ask for a new personal link: http", n.TextBody));
        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(1)));
    }

    [Fact]
    public async Task TheDayBefore_SomeoneWhoSaidMaybe_GetsANewLinkToSay_AndSomeoneComingKeepsTheirLink()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Tentative, PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddHours(-20));

        await scenario.Services.GetRequiredService<ReminderService>().QueueDueAsync();

        await using var db = await scenario.NewContextAsync();
        var maybe = await db.OutboxMessages.SingleAsync(m => m.Kind == InvitationEmails.ReminderKind && m.ToAddress == InvitationScenario.Email(0));
        var text = OutboxLinks.TextAsSent(scenario.Services, maybe);
        Assert.Contains("See or change your answer: http", text);
        Assert.NotNull(await scenario.Rsvp.GetAsync(InvitationScenario.TokenIn(text)));
        Assert.Null(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
        // "See you tomorrow" asks nothing of someone coming: no new link, and theirs keeps working.
        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(1)));
    }

    [Fact]
    public async Task APlaceComingFree_ThePromotionSaysWhereToAskForANewLink_AndThePromotedPartnersLinkKeepsWorking()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 1, language: Language.Nl);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Declined));

        await using var db = await scenario.NewContextAsync();
        var promotion = await db.OutboxMessages.SingleAsync(m => m.Kind == InvitationEmails.PromotionKind);
        Assert.Contains("Kunt u uw uitnodiging niet vinden, of werkt de link niet meer? Vraag een nieuwe persoonlijke link aan: http", promotion.TextBody);
        Assert.Contains("/new-link", promotion.TextBody);
        Assert.Contains("/new-link\">Vraag een nieuwe persoonlijke link aan</a>", promotion.HtmlBody);
        Assert.NotNull(await scenario.Rsvp.GetAsync(scenario.TokenOf(1)));
    }

    [Fact]
    public void EmailsWithoutANewLink_ThatAskToActThroughTheInvitationsLink_SayWhereToAskForANewOne()
    {
        var links = new EventHub.Core.Outbox.SiteLinks(new Uri("https://eventhub.example/"));
        var now = new DateTime(2027, 1, 10, 9, 0, 0, DateTimeKind.Utc);
        var @event = new Event("Alliantiedag", now.AddDays(30), now.AddDays(30).AddHours(3));
        var session = @event.AddSession("Workshop A", SessionKind.Workshop, now.AddDays(30), now.AddDays(30).AddHours(1));
        var invitation = new Invitation(@event, new EventHub.Core.Directory.Contact("Anna", "Vries", "anna@example.org", Language.En, now), now);
        invitation.Issue("hash", now);
        invitation.Answer(InvitationStatus.Accepted, now);
        invitation.Choose(session, SessionChoiceStatus.Registered, now);

        var emails = new[]
        {
            InvitationEmails.Answer(links, invitation, @event, link: null, null, now), // answered for them, by phone
            InvitationEmails.SessionPromotion(links, invitation, @event, session, now),
            InvitationEmails.SessionChanged(links, invitation, @event, session, now),
        };

        foreach (var email in emails)
        {
            EventHub.Core.Outbox.EmailLayout.Apply(email, EventHub.Core.Outbox.EmailBranding.None, links.Root);
            Assert.Contains("Cannot find your invitation, or does its link no longer work? Ask for a new personal link: https://eventhub.example/new-link", email.TextBody);
        }

        // An answer the partner gave through their link carries that link, and no such paragraph.
        var own = InvitationEmails.Answer(links, invitation, @event, "https://eventhub.example/rsvp/abc", null, now);
        EventHub.Core.Outbox.EmailLayout.Apply(own, EventHub.Core.Outbox.EmailBranding.None, links.Root);
        Assert.DoesNotContain("/new-link", own.TextBody);
    }
}
