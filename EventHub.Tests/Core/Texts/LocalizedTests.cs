using System.Text.RegularExpressions;
using EventHub.Core.Actions;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Core.Outcomes;
using EventHub.Core.Texts;

namespace EventHub.Tests.Core.Texts;

public partial class LocalizedTests
{
    private static readonly DateTime Now = new(2027, 1, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly SiteLinks Links = new(new Uri("https://eventhub.example/"));

    public static TheoryData<Language> Languages => [Language.En, Language.Nl];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Name_EveryStatusAndCategory_HasItsOwnNameInBothLanguages(Language language)
    {
        var text = Localized.Core(language);

        AssertDistinctNames<InvitationStatus>(text);
        AssertDistinctNames<ActionItemStatus>(text);
        AssertDistinctNames<OutcomeStatus>(text);
        AssertDistinctNames<EventStatus>(text);
        AssertDistinctNames<SessionKind>(text);
        AssertDistinctNames<Sector>(text);
        AssertDistinctNames<SubSector>(text);
        AssertDistinctNames<DirectoryColumn>(text);
        AssertDistinctNames(text, Enum.GetValues<AccessNeeds>().Where(need => need != AccessNeeds.None));
    }

    [Fact]
    public void Name_DutchAndEnglish_ReadTheRecipientsLanguageWhateverTheThreadsCulture()
    {
        Assert.Equal("Ingetrokken", Localized.Core(Language.Nl).Name(InvitationStatus.Cancelled));
        Assert.Equal("Cancelled", Localized.Core(Language.En).Name(InvitationStatus.Cancelled));
        Assert.Equal("Ingetrokken", Localized.Partner(Language.Nl).Name(InvitationStatus.Cancelled));
    }

    /// <summary>Every email, in both languages: each text exists (a missing one throws) and every placeholder is filled.</summary>
    [Fact]
    public void Emails_EveryKindInBothLanguages_AreWrittenCompletelyAndDifferByLanguage()
    {
        var english = AllEmails(Language.En);
        var dutch = AllEmails(Language.Nl);

        Assert.Equal(english.Count, dutch.Count);
        Assert.All(english.Concat(dutch), message =>
        {
            Assert.DoesNotMatch(Placeholder(), message.Subject + message.TextBody + message.HtmlBody);
            Assert.NotEmpty(message.Subject);
        });
        Assert.All(english.Zip(dutch), pair => Assert.NotEqual(pair.First.TextBody, pair.Second.TextBody));
    }

    private static List<OutboxMessage> AllEmails(Language language)
    {
        var @event = new Event("Gelijke kansen", Now.AddDays(30), Now.AddDays(30).AddHours(3));
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
        messages.Add(InvitationEmails.Promotion(Links, invitation, @event, Now));
        messages.Add(InvitationEmails.SeeYouTomorrow(Links, invitation, @event, "tomorrow", Now));
        messages.Add(InvitationEmails.Withdrawn(Links, invitation, @event, Now));
        messages.Add(InvitationEmails.EventChanged(Links, invitation, @event, Now));
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

        SessionGap[] gaps = [new(1, "Workshop A", Now, HasDraft: true), new(2, "Workshop B", Now, HasDraft: false)];
        messages.Add(MissingOutcomeEmails.MissingRecords("organiser@eventhub.example", "Olga", language, @event, gaps, "https://eventhub.example/s", "gaps", Now));
        messages.Add(MissingOutcomeEmails.MissingRecords("organiser@eventhub.example", null, language, @event, gaps, "https://eventhub.example/s", "gaps", Now));
        return messages;
    }

    private static void AssertDistinctNames<TEnum>(Localized text) where TEnum : struct, Enum =>
        AssertDistinctNames(text, Enum.GetValues<TEnum>());

    private static void AssertDistinctNames<TEnum>(Localized text, IEnumerable<TEnum> values) where TEnum : struct, Enum
    {
        var names = values.Select(value => text.Name(value)).ToList();
        Assert.All(names, name => Assert.False(string.IsNullOrWhiteSpace(name)));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
