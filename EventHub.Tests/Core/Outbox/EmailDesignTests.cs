using AngleSharp.Html.Parser;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;

namespace EventHub.Tests.Core.Outbox;

/// <summary>Every email in one design: the reader's language, a text part saying the same, the alliance's branding, and confirmations that say what is true.</summary>
public class EmailDesignTests
{
    private static readonly DateTime Now = EmailCatalogue.Now;

    public static TheoryData<Language> Languages => [Language.En, Language.Nl];

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryEmail_IsOneDocumentInTheReadersLanguage_WithEveryLinkAlsoInItsTextPart(Language language)
    {
        foreach (var message in EmailCatalogue.All(language))
        {
            var document = new HtmlParser().ParseDocument(message.HtmlBody);

            Assert.Equal(language.ToCultureName(), document.DocumentElement.GetAttribute("lang"));
            Assert.Equal(message.Subject, document.Title);
            Assert.NotNull(document.QuerySelector("meta[name=color-scheme][content='light dark']"));
            Assert.Contains("max-width:600px", document.QuerySelector("style")!.TextContent);
            Assert.Single(document.QuerySelectorAll(".eh-card"));
            Assert.All(document.Images, image => Assert.False(string.IsNullOrWhiteSpace(image.AlternativeText)));
            Assert.NotEmpty(document.QuerySelectorAll("a[href]"));
            foreach (var link in document.QuerySelectorAll("a[href]"))
            {
                Assert.False(string.IsNullOrWhiteSpace(link.TextContent));
                Assert.Contains(link.GetAttribute("href")!, message.TextBody);
            }
        }
    }

    /// <summary>
    /// The design, text and accessibility tests read the catalogue: an email of a kind it lacks (the email settings
    /// page's sample was one) is never checked. Every kind an <c>…Emails</c> class of Core names is in it.
    /// </summary>
    [Fact]
    public void TheCatalogue_HoldsAnEmailOfEveryKindCoreWrites()
    {
        var kinds = typeof(EmailDraft).Assembly.GetTypes()
            .Where(type => type.Name.EndsWith("Emails", StringComparison.Ordinal))
            .SelectMany(type => type.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(field => field is { IsLiteral: true } && field.Name.EndsWith("Kind", StringComparison.Ordinal))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

        var catalogued = EmailCatalogue.All(Language.En).Select(message => message.Kind).ToHashSet();

        Assert.Contains(BrandingEmails.SampleKind, kinds);
        var missing = kinds.Where(kind => !catalogued.Contains(kind)).ToList();
        Assert.True(missing.Count == 0, $"No email of these kinds in the catalogue: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Invitation_ShowsTheOrganisersMessageInTheReadersLanguage_TheProgrammeAndTheDeadline()
    {
        var (@event, invitation) = Invited(Language.Nl);
        @event.WriteInvitationMessage("We look forward to **your** ideas.", "We kijken uit naar **uw** ideeën.<script>alert(1)</script>");

        var message = Laid(InvitationEmails.Invitation(EmailCatalogue.Links, invitation, @event, "https://eventhub.example/rsvp/t", Now));

        var document = new HtmlParser().ParseDocument(message.HtmlBody);
        Assert.StartsWith("We kijken uit naar uw ideeën.", document.QuerySelector(".eh-message")!.TextContent.Trim());
        Assert.Equal("uw", document.QuerySelector(".eh-message strong")!.TextContent);
        Assert.Null(document.QuerySelector("script"));
        Assert.Contains("09:00–10:00 Rondetafel onderwijs (Zaal Noord)", message.TextBody);
        Assert.Contains("Graag antwoord vóór", message.TextBody);
        Assert.Contains("We kijken uit naar uw ideeën.", message.TextBody);
    }

    [Fact]
    public void Cancellation_ToSomeoneWhoHadNotAnswered_AsksForNoAnswer()
    {
        var (@event, invitation) = Invited(Language.Nl);
        @event.Cancel("De zaal is niet beschikbaar");

        var message = Laid(InvitationEmails.EventCancelled(EmailCatalogue.Links, invitation, @event, Now));

        Assert.Contains("De zaal is niet beschikbaar", message.TextBody);
        Assert.DoesNotContain("Graag antwoord", message.TextBody);
    }

    [Fact]
    public void Invitation_WithOnlyAnEnglishMessage_GivesItToADutchReaderMarkedAsEnglish()
    {
        var (@event, invitation) = Invited(Language.Nl);
        @event.WriteInvitationMessage("Parking is free.", null);

        var message = Laid(InvitationEmails.Invitation(EmailCatalogue.Links, invitation, @event, "https://eventhub.example/rsvp/t", Now));

        var block = new HtmlParser().ParseDocument(message.HtmlBody).QuerySelector(".eh-message")!;
        Assert.Equal("en", block.GetAttribute("lang"));
        Assert.Equal("Parking is free.", block.TextContent.Trim());
    }

    [Fact]
    public void Confirmation_OfASeat_ListsTheChosenSessionsWithRoomAndTime_ShowsTheQrCodeInside_AndAsksNothing()
    {
        var (@event, invitation) = Invited(Language.En);
        invitation.Answer(InvitationStatus.Accepted, Now);
        invitation.Choose(@event.Sessions.Single(), SessionChoiceStatus.Registered, Now);

        var message = Laid(InvitationEmails.Answer(EmailCatalogue.Links, invitation, @event, "https://eventhub.example/rsvp/t", null, Now));

        Assert.Contains("Your sessions\n- 09:00–10:00 Rondetafel onderwijs (Zaal Noord)", message.TextBody);
        Assert.DoesNotContain("Please answer before", message.TextBody);
        var code = CheckInPass.Display(invitation.CheckInCode!);
        // The text part, which has no image, asks for the code alone; the HTML points at the QR code it shows.
        Assert.Contains($"Your check-in code for the entrance is {code}. Show it at the entrance, on your phone or printed.", message.TextBody);
        Assert.DoesNotContain("QR code", message.TextBody);
        Assert.Contains("or the QR code below", message.HtmlBody);
        var image = Assert.Single(new HtmlParser().ParseDocument(message.HtmlBody).Images);
        Assert.Equal($"cid:{InvitationEmails.CheckInImageId}", image.GetAttribute("src"));
        Assert.Contains(code, image.AlternativeText);
        var embedded = Assert.Single(message.Attachments);
        Assert.Equal(InvitationEmails.CheckInImageId, embedded.ContentId);
        Assert.Equal(CheckInPass.PngContentType, embedded.ContentType);
    }

    [Theory]
    [InlineData(InvitationStatus.Tentative, "might come")]
    [InlineData(InvitationStatus.Waitlisted, "number 4 on the waiting list")]
    [InlineData(InvitationStatus.Declined, "Sorry you cannot make it")]
    public void Confirmation_WithoutASeat_SaysSo_WithoutCheckInCodeOrDeadline(InvitationStatus answer, string says)
    {
        var (@event, invitation) = Invited(Language.En);
        invitation.Answer(answer, Now, waitlistNumber: 4);

        var message = Laid(InvitationEmails.Answer(EmailCatalogue.Links, invitation, @event, "https://eventhub.example/rsvp/t", 4, Now));

        Assert.Contains(says, message.TextBody);
        Assert.DoesNotContain("Please answer before", message.TextBody);
        Assert.DoesNotContain(CheckInPass.Display(invitation.CheckInCode!), message.TextBody);
        Assert.Empty(message.Attachments);
        Assert.Empty(new HtmlParser().ParseDocument(message.HtmlBody).Images);
    }

    [Fact]
    public void Confirmation_OfAnAnswerGivenForThePartner_PointsAtTheirInvitationToChangeTheAnswer_NotTheCalendarFile()
    {
        var (@event, invitation) = Invited(Language.En);
        invitation.Answer(InvitationStatus.Accepted, Now);

        // An organiser noted the answer given by phone: this email carries no link of its own.
        var message = Laid(InvitationEmails.Answer(EmailCatalogue.Links, invitation, @event, link: null, null, Now));

        Assert.Contains("the calendar file is attached. You can change your answer through the personal link in your invitation.", message.TextBody);
    }

    [Theory]
    [InlineData(Language.En, "Sorry you cannot make it. If things change, you can change your answer. You can do so until Wednesday 3 February, 09:00.")]
    [InlineData(Language.Nl, "Jammer dat u er niet bij kunt zijn. Wilt u toch komen? Dan kunt u uw antwoord veranderen. Dat kan tot woensdag 3 februari, 09:00.")]
    public void Decline_NamesTheDayAndTimeUntilWhichTheAnswerCanChange_InTheEventsTimeZone(Language language, string says)
    {
        var (@event, invitation) = Invited(language); // answers close 3 February 08:00 UTC: 09:00 in Amsterdam
        invitation.Answer(InvitationStatus.Declined, Now);

        var message = Laid(InvitationEmails.Answer(EmailCatalogue.Links, invitation, @event, "https://eventhub.example/rsvp/t", null, Now));

        Assert.Contains(says, message.TextBody);
    }

    [Fact]
    public void Branding_PutsTheLogoWithTheAlliancesNameAndTheSignatureInTheReadersLanguage()
    {
        var branding = new EmailBranding();
        branding.Update(new EmailBrandingInput("Gelijke Kansen Alliantie Groningen", "Alliantie", null, "Kind regards,\nThe alliance team", "Met vriendelijke groet,\nHet alliantieteam"), Now);
        branding.SetLogo([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png", Now);

        var dutch = EmailCatalogue.All(Language.Nl, branding)[0];
        var english = EmailCatalogue.All(Language.En, branding)[0];

        var logo = new HtmlParser().ParseDocument(dutch.HtmlBody).QuerySelector(".eh-brand img")!;
        Assert.Equal("Gelijke Kansen Alliantie Groningen", logo.GetAttribute("alt"));
        Assert.StartsWith("https://eventhub.example/branding/logo?v=", logo.GetAttribute("src"));
        Assert.Contains("Met vriendelijke groet,\nHet alliantieteam", dutch.TextBody);
        Assert.Contains("Het alliantieteam", new HtmlParser().ParseDocument(dutch.HtmlBody).QuerySelector(".eh-signature")!.TextContent);
        Assert.Contains("Kind regards,\nThe alliance team", english.TextBody);
        Assert.DoesNotContain("alliantieteam", english.TextBody);
        // The signature comes before the small print, which stays last.
        Assert.True(dutch.TextBody.IndexOf("alliantieteam", StringComparison.Ordinal) < dutch.TextBody.IndexOf("\n-- \n", StringComparison.Ordinal));
    }

    [Fact]
    public void NoBranding_LeavesOutTheHeaderAndTheSignature()
    {
        var document = new HtmlParser().ParseDocument(EmailCatalogue.All(Language.Nl)[0].HtmlBody);

        Assert.Null(document.QuerySelector(".eh-brand"));
        Assert.Null(document.QuerySelector(".eh-signature"));
    }

    private static OutboxMessage Laid(OutboxMessage message)
    {
        EmailLayout.Apply(message, EmailBranding.None, EmailCatalogue.Links.Root);
        return message;
    }

    /// <summary>A sent invitation to an event at the Forum (09:00, Amsterdam time in winter is UTC+1) with one session in Zaal Noord.</summary>
    private static (Event Event, Invitation Invitation) Invited(Language language)
    {
        var start = new DateTime(2027, 2, 10, 8, 0, 0, DateTimeKind.Utc);
        var @event = new Event("Gelijke kansen", start, start.AddHours(3));
        var venue = new Venue("Forum", "Nieuwe Markt 1");
        @event.HoldAt(venue, null);
        @event.Limit(50, start.AddDays(-7));
        @event.AddSession("Rondetafel onderwijs", SessionKind.RoundTable, start, start.AddHours(1), new Room(venue, "Zaal Noord", 30, AccessibilityFeatures.None));
        var contact = new Contact("Anna", "de Vries", "anna@example.org", language, Now);
        var invitation = new Invitation(@event, contact, Now);
        invitation.Issue("hash", Now);
        return (@event, invitation);
    }
}
