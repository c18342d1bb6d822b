using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;

namespace EventHub.Tests.Core.Invitations;

/// <summary>A partner's email about a conference of two days says on which day a session is, not only its time.</summary>
public class InvitationEmailSessionDayTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly SiteLinks Links = new(new Uri("https://eventhub.example.org/"));

    [Fact]
    public void SessionPromotion_OnTheSecondDayOfAConference_NamesTheDay()
    {
        var @event = SampleEvents.TwoDayConference();
        var invitation = new Invitation(@event, new Contact("Sanne", "Mulder", "sanne@groningen.example", Language.Nl, Now), Now);
        var secondDay = @event.Sessions.Single(s => s.Title == "Opening dag 2");

        var email = Laid(InvitationEmails.SessionPromotion(Links, invitation, @event, secondDay, Now));

        Assert.Contains("“Opening dag 2” (wo 30 dec 09:00)", email.TextBody);
    }

    [Fact]
    public void Invitation_ProgrammeOfAConference_GivesEachSessionItsDay()
    {
        var @event = SampleEvents.TwoDayConference();
        var invitation = new Invitation(@event, new Contact("Sam", "Jones", "sam@groningen.example", Language.En, Now), Now);

        var email = Laid(InvitationEmails.Invitation(Links, invitation, @event, "https://eventhub.example.org/rsvp/abc", Now));

        Assert.Contains("Tue 29 Dec 09:00–10:00 Opening dag 1", email.TextBody);
        Assert.Contains("Wed 30 Dec 09:00–10:00 Opening dag 2", email.TextBody);
    }

    [Fact]
    public void EmailsAboutAConference_DateLineNamesBothDays_InTheReadersLanguage()
    {
        var @event = SampleEvents.TwoDayConference();
        var sam = new Invitation(@event, new Contact("Sam", "Jones", "sam@groningen.example", Language.En, Now), Now);
        var sanne = new Invitation(@event, new Contact("Sanne", "Mulder", "sanne@groningen.example", Language.Nl, Now), Now);

        var invitation = Laid(InvitationEmails.Invitation(Links, sam, @event, "https://eventhub.example.org/rsvp/abc", Now));
        var reminder = Laid(InvitationEmails.Reminder(Links, sam, @event, "https://eventhub.example.org/rsvp/abc", null, Now));
        var changed = Laid(InvitationEmails.EventChanged(Links, sanne, @event, Now));

        Assert.Contains("Tuesday 29 – Wednesday 30 December 2026, 09:00–17:00", invitation.TextBody);
        Assert.Contains("Tuesday 29 – Wednesday 30 December 2026, 09:00–17:00", reminder.TextBody);
        Assert.Contains("dinsdag 29 t/m woensdag 30 december 2026, 09:00–17:00", changed.TextBody);
    }

    [Fact]
    public void Invitation_ProgrammeOfAOneDayEvent_GivesTimesOnly()
    {
        var @event = SampleEvents.Alliantiedag();
        var invitation = new Invitation(@event, new Contact("Sam", "Jones", "sam@groningen.example", Language.En, Now), Now);

        var email = Laid(InvitationEmails.Invitation(Links, invitation, @event, "https://eventhub.example.org/rsvp/abc", Now));

        Assert.Contains("14:00–15:15 Workshop: taal en ouderbetrokkenheid (Rooftop zaal)", email.TextBody);
        Assert.DoesNotContain("Tue 29 Dec 14:00", email.TextBody);
    }

    /// <summary>The message with its bodies written, as saving it does.</summary>
    private static OutboxMessage Laid(OutboxMessage message)
    {
        EmailLayout.Apply(message, EmailBranding.None, Links.Root);
        return message;
    }
}
