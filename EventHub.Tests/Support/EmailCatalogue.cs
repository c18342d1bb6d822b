using EventHub.Core.Accounts;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Engagement;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Core.Outcomes;

namespace EventHub.Tests.Support;

/// <summary>One email of every kind EventHub sends, to one reader, laid out as they are stored (the texts and design tests read them).</summary>
public static class EmailCatalogue
{
    public static readonly DateTime Now = new(2027, 1, 10, 9, 0, 0, DateTimeKind.Utc);
    public static readonly SiteLinks Links = new(new Uri("https://eventhub.example/"));

    public static List<OutboxMessage> All(Language language, EmailBranding? branding = null)
    {
        var @event = new Event("Gelijke kansen", Now.AddDays(30), Now.AddDays(30).AddHours(3));
        @event.AddSession("Rondetafel onderwijs", SessionKind.RoundTable, Now.AddDays(30), Now.AddDays(30).AddHours(1));
        @event.HoldAt(new Venue("Forum", "Nieuwe Markt 1"), null);
        @event.Limit(50, Now.AddDays(20));
        var organisation = new Organisation("Noorderpoort", Sector.Education, SubSector.Vocational, Now);
        var contact = new Contact("Anna", "de Vries", "anna@example.org", language, Now);
        contact.MoveTo(organisation, Now);
        var invitation = new Invitation(@event, contact, Now);
        invitation.Issue("hash", Now);
        invitation.OfferDelegateSeats(2);
        var messages = new List<OutboxMessage>
        {
            InvitationEmails.Invitation(Links, invitation, @event, "https://eventhub.example/rsvp/1", Now),
            InvitationEmails.Reminder(Links, invitation, @event, "https://eventhub.example/rsvp/2", null, Now),
        };
        foreach (var answer in new[] { InvitationStatus.Accepted, InvitationStatus.Tentative, InvitationStatus.Declined, InvitationStatus.Waitlisted })
        {
            invitation.Answer(answer, Now, waitlistNumber: 3);
            messages.Add(InvitationEmails.Answer(Links, invitation, @event, "https://eventhub.example/rsvp/3", 3, Now));
            messages.Add(InvitationEmails.Answer(Links, invitation, @event, null, 3, Now));
        }

        invitation.Promote(Now);
        invitation.Choose(@event.Sessions.First(), SessionChoiceStatus.Registered, Now);
        messages.Add(InvitationEmails.Promotion(Links, invitation, @event, Now));
        messages.Add(InvitationEmails.SeeYouTomorrow(Links, invitation, @event, null, "tomorrow", Now));
        messages.Add(InvitationEmails.Withdrawn(Links, invitation, @event, Now));
        messages.Add(InvitationEmails.DelegateWithdrawn(Links, invitation, @event, "Jayden Berg", Now));
        messages.Add(InvitationEmails.EventChanged(Links, invitation, @event, Now));
        if (@event.Sessions.FirstOrDefault() is { } chosen)
        {
            messages.Add(InvitationEmails.SessionChanged(Links, invitation, @event, chosen, Now));
            messages.Add(InvitationEmails.SessionKindChanged(Links, invitation, @event, chosen, Now));
        }
        messages.Add(InvitationEmails.NewLink(Links, invitation, @event, "https://eventhub.example/rsvp/9", Now));
        messages.Add(InvitationEmails.SessionPromotion(Links, invitation, @event, @event.Sessions.First(), Now));
        messages.Add(InvitationEmails.CalendarRemoved(Links, invitation, @event, Now));
        messages.Add(InvitationEmails.NominationRefused(Links, invitation, @event, "Kees Smit", Now));
        messages.Add(FeedbackEmails.Request(Links, invitation, @event, "https://eventhub.example/feedback/1", "feedback", Now));
        messages.Add(GuestMessageEmails.Update(Links, invitation, @event, language, "Parking", "Park in **garage P2**, see [the map](https://example.org/map).", language, Now, "guest-message"));
        @event.Cancel("De zaal is niet beschikbaar");
        messages.Add(InvitationEmails.EventCancelled(Links, invitation, @event, Now));

        var session = @event.AddSession("Rondetafel", SessionKind.RoundTable, @event.StartUtc, @event.EndUtc);
        var item = new ActionItem(session, "Plan a follow-up", organisation, contact, new DateOnly(2027, 3, 1), Now);
        messages.Add(ActionEmails.OwnerLink(Links, item, "https://eventhub.example/a/1", Now));
        messages.Add(ActionEmails.Reminder(Links, item, "https://eventhub.example/a/2", overdue: true, "overdue", Now));
        messages.Add(ActionEmails.Reminder(Links, item, "https://eventhub.example/a/3", overdue: false, "soon", Now));
        // The first email to someone who did not give us their data says where it came from (GDPR art. 14).
        foreach (var source in Enum.GetValues<ContactSource>().Where(s => s != ContactSource.Entered))
        {
            var told = new Contact("Bram", "Bakker", $"bram-{source}@example.org", language, Now);
            told.CameFrom(source);
            messages.Add(InvitationEmails.Invitation(Links, new Invitation(@event, told, Now), @event, "https://eventhub.example/rsvp/4", Now));
        }

        var named = new Contact("Sanne", "Bos", "sanne@example.org", language, Now);
        messages.Add(InvitationEmails.Invitation(Links, new Invitation(@event, named, Now), @event, "https://eventhub.example/rsvp/5", Now, new Nominator("Anna de Vries", NominationKind.Colleague, null)));
        messages.Add(InvitationEmails.Invitation(Links, new Invitation(@event, named, Now), @event, "https://eventhub.example/rsvp/6", Now, new Nominator("Anna de Vries", NominationKind.Delegate, "Noorderpoort")));

        SessionGap[] gaps = [new(1, "Workshop A", Now, HasDraft: true), new(2, "Workshop B", Now, HasDraft: false)];
        messages.Add(MissingOutcomeEmails.MissingRecords("organiser@eventhub.example", "Olga", language, @event, gaps, "https://eventhub.example/s", "gaps", Now));
        messages.Add(MissingOutcomeEmails.MissingRecords("organiser@eventhub.example", null, language, @event, gaps, "https://eventhub.example/s", "gaps", Now));
        var colleague = new AppUser { Email = "olga@eventhub.example", DisplayName = "Olga", PreferredLanguage = language };
        messages.Add(AccountEmails.Invitation(colleague, "Ad Admin", [Roles.Organiser], "https://eventhub.example/account/set-password/1", Now));
        messages.Add(AccountEmails.PasswordReset(colleague, "https://eventhub.example/account/set-password/2", Now));
        messages.Add(AccountEmails.PasswordReset(colleague, "https://eventhub.example/account/set-password/3", Now, sentBy: "Ad Admin"));
        // The account's security emails: every change of how the person signs in, or of where EventHub writes to them.
        messages.Add(AccountEmails.PasswordChanged(Links, colleague, Now));
        messages.Add(AccountEmails.TwoFactorChanged(Links, colleague, TwoFactorChange.TurnedOff, Now));
        messages.Add(AccountEmails.TwoFactorChanged(Links, colleague, TwoFactorChange.NewRecoveryCodes, Now));
        messages.Add(AccountEmails.TwoFactorResetByAdmin(Links, colleague, "Ad Admin", Now));
        messages.Add(AccountEmails.EmailChangeConfirmation(colleague, "olga.de.vries@eventhub.example", "https://eventhub.example/account/confirm-email/4", Now));
        messages.Add(AccountEmails.EmailChanged(Links, colleague, "olga.de.vries@eventhub.example", Now));
        // The sample the email settings page shows an admin: never sent, but read as the alliance's emails will look.
        messages.Add(BrandingEmails.Sample(Links, language, "Ad Admin", "ad@eventhub.example", Now));
        foreach (var message in messages)
        {
            EmailLayout.Apply(message, branding ?? EmailBranding.None, Links.Root);
        }

        return messages;
    }
}
