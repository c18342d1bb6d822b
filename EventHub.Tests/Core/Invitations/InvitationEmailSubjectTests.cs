using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// The alliance meets every month under much the same title. A partner's inbox tells the meetings apart by the
/// subject alone: each email about an event names its day there, in the reader's language.
/// </summary>
public class InvitationEmailSubjectTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly SiteLinks Links = new(new Uri("https://eventhub.example.org/"));
    private const string Link = "https://eventhub.example.org/rsvp/abc";

    [Fact]
    public void InvitationAndReminder_NameTheDayOfTheMeeting()
    {
        var @event = SampleEvents.Alliantiedag();
        var sam = Invited(@event, Language.En);
        var sanne = Invited(@event, Language.Nl);

        Assert.Equal($"Invitation: {SampleEvents.Title}, 29 December", InvitationEmails.Invitation(Links, sam, @event, Link, Now).Subject);
        Assert.Equal($"Herinnering: {SampleEvents.Title}, 29 december", InvitationEmails.Reminder(Links, sanne, @event, Link, null, Now).Subject);
    }

    [Fact]
    public void AnswerAndCancellation_NameTheDayOfTheMeeting()
    {
        var @event = SampleEvents.Alliantiedag();
        var sanne = Invited(@event, Language.Nl);
        sanne.Answer(InvitationStatus.Accepted, Now);

        Assert.Equal($"Aangemeld: {SampleEvents.Title}, 29 december", InvitationEmails.Answer(Links, sanne, @event, Link, null, Now).Subject);
        @event.Cancel("De zaal is niet beschikbaar");
        Assert.Equal($"Geannuleerd: {SampleEvents.Title}, 29 december", InvitationEmails.EventCancelled(Links, sanne, @event, Now).Subject);
    }

    [Fact]
    public void Conference_SubjectNamesBothDays()
    {
        var @event = SampleEvents.TwoDayConference();

        Assert.Equal("Invitation: Tweedaagse conferentie, 29 – 30 December",
            InvitationEmails.Invitation(Links, Invited(@event, Language.En), @event, Link, Now).Subject);
    }

    private static Invitation Invited(Event @event, Language language)
    {
        var invitation = new Invitation(@event, new Contact("Sanne", "Mulder", $"{language}@groningen.example", language, Now), Now);
        invitation.Issue("hash", Now);
        return invitation;
    }
}
