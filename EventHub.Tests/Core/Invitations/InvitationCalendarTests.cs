using System.Text;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using CalendarEvent = Ical.Net.CalendarComponents.CalendarEvent;
using IcalCalendar = Ical.Net.Calendar;

namespace EventHub.Tests.Core.Invitations;

/// <summary>
/// The personal calendars that travel with the emails (issue 14, part 4), read back with Ical.Net as a calendar program
/// would: one UID per event with the installation's host, a SEQUENCE that only rises, REQUEST to those coming or maybe,
/// CANCEL to whoever stops coming.
/// </summary>
public class InvitationCalendarTests
{
    private const string Sender = "eventhub@gemeente.example";
    private static readonly Uri Site = new("https://events.gemeente.example/");

    private static RsvpAnswer Accept(params int[] sessions) => new(InvitationStatus.Accepted, sessions, PrivacyAccepted: true);

    private static readonly RsvpAnswer Maybe = new(InvitationStatus.Tentative, PrivacyAccepted: true);

    private static readonly RsvpAnswer Decline = new(InvitationStatus.Declined);

    [Fact]
    public async Task NewTime_SendsThoseComingAndMaybeTheSameUidWithAHigherSequence_OthersTheEmailWithoutACalendar()
    {
        await using var scenario = await CreateAsync(invitees: 3);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), Maybe);
        var confirmed = Meeting(await LastAsync(scenario, 0, InvitationEmails.AnswerKind), "REQUEST");

        var moved = await MoveAsync(scenario, TimeSpan.FromHours(1));

        Assert.True(moved.Succeeded);
        var update = Meeting(await LastAsync(scenario, 0, InvitationEmails.ChangeKind), "REQUEST");
        Assert.Equal($"event-{scenario.EventId}@events.gemeente.example", confirmed.Uid); // the installation's host, not a bare @eventhub
        Assert.Equal(confirmed.Uid, update.Uid);
        Assert.True(update.Sequence > confirmed.Sequence, $"{update.Sequence} > {confirmed.Sequence}");
        Assert.Equal(InvitationScenario.EventStart.AddHours(1), update.DtStart!.AsUtc);
        Assert.Equal("ACCEPTED", Assert.Single(update.Attendees).ParticipationStatus);
        var maybe = Meeting(await LastAsync(scenario, 1, InvitationEmails.ChangeKind), "REQUEST");
        Assert.Equal("TENTATIVE", Assert.Single(maybe.Attendees).ParticipationStatus);
        var notAnswered = await LastAsync(scenario, 2, InvitationEmails.ChangeKind);
        Assert.Empty(notAnswered.Attachments); // invited, no answer yet: no calendar to update
    }

    [Fact]
    public async Task NewTime_TheProgrammeMovesAlong_ChoicesStay_AndTheCalendarListsTheSessionsAtTheirNewTimes()
    {
        await using var scenario = await CreateAsync(invitees: 1);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept(scenario.SessionIds[0]));

        var moved = await MoveAsync(scenario, TimeSpan.FromMinutes(90));

        Assert.True(moved.Succeeded);
        var description = Meeting(await LastAsync(scenario, 0, InvitationEmails.ChangeKind), "REQUEST").Description!.ReplaceLineEndings("\n");
        Assert.Contains("- 16:30–17:30 Workshop A", description); // was 15:00–16:00 in Amsterdam
        await using var db = await scenario.NewContextAsync();
        var choice = await db.Invitations.SelectMany(i => i.Choices).Include(c => c.Session).SingleAsync();
        Assert.Equal((scenario.SessionIds[0], SessionChoiceStatus.Registered), (choice.SessionId, choice.Status));
        Assert.Equal(InvitationScenario.EventStart.AddHours(2.5), choice.Session.StartUtc);
    }

    [Fact]
    public async Task NewTime_SomeoneComingReadsTheirSessionsAtTheNewTimes_AndTheirCheckInCode_InTheEmailItself()
    {
        await using var scenario = await CreateAsync(invitees: 2);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept(scenario.SessionIds[0]));

        await MoveAsync(scenario, TimeSpan.FromMinutes(90));

        var coming = await LastAsync(scenario, 0, InvitationEmails.ChangeKind);
        var notAnswered = await LastAsync(scenario, 1, InvitationEmails.ChangeKind);
        await using var db = await scenario.NewContextAsync();
        var code = await db.Invitations.Where(i => i.Contact.Email == InvitationScenario.Email(0)).Select(i => i.CheckInCode).SingleAsync();
        Assert.Contains("16:30–17:30 Workshop A", coming.TextBody); // not only in the calendar file: many read the email alone
        Assert.Contains(CheckInPass.Display(code!), coming.TextBody);
        Assert.DoesNotContain("Workshop A", notAnswered.TextBody);
    }

    [Fact]
    public async Task LongerByADay_TheCalendarGivesEachSessionItsDay()
    {
        await using var scenario = await CreateAsync(invitees: 1);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept(scenario.SessionIds[0]));

        var longer = await MoveAsync(scenario, TimeSpan.Zero, endLater: TimeSpan.FromDays(1));

        Assert.True(longer.Succeeded);
        var change = await LastAsync(scenario, 0, InvitationEmails.ChangeKind);
        Assert.Contains("- Wed 10 Mar 15:00–16:00 Workshop A", Meeting(change, "REQUEST").Description!.ReplaceLineEndings("\n"));
        Assert.Contains("Wednesday 10 – Thursday 11 March 2027, 14:00–18:00", change.TextBody);
    }

    [Fact]
    public async Task Decline_AfterAccepting_CancelsTheMeeting_AndAcceptingAgainBringsItBackNewer()
    {
        await using var scenario = await CreateAsync(invitees: 1);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        var accepted = Meeting(await LastAsync(scenario, 0, InvitationEmails.AnswerKind), "REQUEST");

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Decline);
        var cancellation = await LastAsync(scenario, 0, InvitationEmails.AnswerKind);
        var cancelled = Meeting(cancellation, "CANCEL");
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        var again = Meeting(await LastAsync(scenario, 0, InvitationEmails.AnswerKind), "REQUEST");

        Assert.Equal(InvitationCalendar.CancelContentType, Assert.Single(cancellation.Attachments).ContentType);
        Assert.Equal(accepted.Uid, cancelled.Uid);
        Assert.Equal(Ical.Net.EventStatus.Cancelled, cancelled.Status);
        Assert.True(cancelled.Sequence > accepted.Sequence, $"{cancelled.Sequence} > {accepted.Sequence}");
        Assert.Equal(accepted.Uid, again.Uid);
        Assert.True(again.Sequence > cancelled.Sequence, $"{again.Sequence} > {cancelled.Sequence}");
    }

    [Fact]
    public async Task Decline_WithoutHavingSaidYesOrMaybe_CarriesNoCalendar()
    {
        await using var scenario = await CreateAsync(invitees: 1);

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Decline);

        Assert.DoesNotContain((await LastAsync(scenario, 0, InvitationEmails.AnswerKind)).Attachments, a => a.ContentType.StartsWith("text/calendar"));
    }

    [Fact]
    public async Task OrganiserAnswersNoByPhone_ForSomeoneWhoSaidMaybe_CancelsTheirMeeting()
    {
        await using var scenario = await CreateAsync(invitees: 1);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Maybe);
        var invitationId = await InvitationIdAsync(scenario, 0);

        var answered = await scenario.Services.GetRequiredService<PhoneAnswerService>().AnswerOnBehalfAsync(invitationId, Decline, Staff.Organiser);

        Assert.True(answered.Succeeded);
        Assert.Equal(Ical.Net.EventStatus.Cancelled, Meeting(await LastAsync(scenario, 0, InvitationEmails.AnswerKind), "CANCEL").Status);
    }

    [Fact]
    public async Task Withdrawn_SomeoneComingGetsTheCancellation_SomeoneNotYetAnsweredGetsNone()
    {
        await using var scenario = await CreateAsync(invitees: 2);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());

        await scenario.Invitations.CancelAsync(await InvitationIdAsync(scenario, 0), Staff.Organiser);
        await scenario.Invitations.CancelAsync(await InvitationIdAsync(scenario, 1), Staff.Organiser);

        var cancelled = Meeting(await LastAsync(scenario, 0, InvitationEmails.CancellationKind), "CANCEL");
        Assert.Equal(Ical.Net.EventStatus.Cancelled, cancelled.Status);
        Assert.Empty((await LastAsync(scenario, 1, InvitationEmails.CancellationKind)).Attachments);
    }

    [Fact]
    public async Task EventCancelled_ThoseComingOrMaybeGetTheCancellation_WithTheRaisedSequence()
    {
        await using var scenario = await CreateAsync(invitees: 3);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), Maybe);
        var accepted = Meeting(await LastAsync(scenario, 0, InvitationEmails.AnswerKind), "REQUEST");

        var result = await scenario.Services.GetRequiredService<EventPlanningService>().CancelAsync(scenario.EventId, "De zaal is niet beschikbaar.", Staff.Organiser);

        Assert.True(result.Succeeded);
        var cancelled = Meeting(await LastAsync(scenario, 0, InvitationEmails.CancellationKind), "CANCEL");
        Assert.Equal(accepted.Uid, cancelled.Uid);
        Assert.True(cancelled.Sequence > accepted.Sequence);
        Assert.Equal($"Cancelled: {accepted.Summary}", cancelled.Summary); // as the feeds and downloads say it
        Assert.StartsWith("This event has been cancelled. Reason: De zaal is niet beschikbaar.", cancelled.Description);
        Meeting(await LastAsync(scenario, 1, InvitationEmails.CancellationKind), "CANCEL");
        Assert.Empty((await LastAsync(scenario, 2, InvitationEmails.CancellationKind)).Attachments);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(1, (await db.Events.SingleAsync()).CalendarSequence);
    }

    [Fact]
    public async Task EventCancelled_ADutchGuestsCalendarSaysGeannuleerd_WithTheReasonFirst()
    {
        await using var scenario = await CreateAsync(invitees: 1, Language.Nl);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        var accepted = Meeting(await LastAsync(scenario, 0, InvitationEmails.AnswerKind), "REQUEST");

        await scenario.Services.GetRequiredService<EventPlanningService>().CancelAsync(scenario.EventId, "De zaal is niet beschikbaar.", Staff.Organiser);

        var cancelled = Meeting(await LastAsync(scenario, 0, InvitationEmails.CancellationKind), "CANCEL");
        Assert.Equal($"Geannuleerd: {accepted.Summary}", cancelled.Summary);
        Assert.StartsWith("Deze bijeenkomst is geannuleerd. Reden: De zaal is niet beschikbaar.", cancelled.Description);
    }

    [Fact]
    public async Task ColleagueSentInstead_TheOneWhoWasComingGetsTheCancellation()
    {
        await using var scenario = await CreateAsync(invitees: 1);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", "example.org", 0);

        var sent = await scenario.Services.GetRequiredService<ColleagueService>()
            .SendInsteadAsync(scenario.TokenOf(0), new ContactInput("Sanne", "Bos", "sanne.bos@example.org"));

        Assert.True(sent.Succeeded);
        var removed = await LastAsync(scenario, 0, InvitationEmails.CancellationKind);
        Assert.StartsWith("Removed from your calendar: Alliantiedag", removed.Subject); // the news first: a phone cuts a subject short
        Assert.Equal(Ical.Net.EventStatus.Cancelled, Meeting(removed, "CANCEL").Status);
    }

    [Fact]
    public async Task PromotedFromTheWaitlist_GetsTheMeetingWithTheSessionsTheyChoseWhileWaiting()
    {
        await using var scenario = await CreateAsync(invitees: 2, capacity: 1);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), Accept(scenario.SessionIds[2]));

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Decline);

        var promotion = await LastAsync(scenario, 1, InvitationEmails.PromotionKind);
        var meeting = Meeting(promotion, "REQUEST");
        Assert.Equal("ACCEPTED", Assert.Single(meeting.Attendees).ParticipationStatus);
        Assert.Contains("Workshop C", meeting.Description);
    }

    [Fact]
    public async Task PromotedIntoASession_GetsTheirCalendarUpdatedWithIt_AndTheirSessionsAsTheyAreNow()
    {
        await using var scenario = await CreateAsync(invitees: 2, sessionCapacity: 1);
        var (workshopA, workshopC) = (scenario.SessionIds[0], scenario.SessionIds[2]);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept(workshopA));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), Accept(workshopA, workshopC));
        Assert.DoesNotContain("Workshop A", Meeting(await LastAsync(scenario, 1, InvitationEmails.AnswerKind), "REQUEST").Description);

        // The first moves to Workshop C: the place in A goes to the second, whose calendar listed only C until now.
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept(workshopC));

        var promotion = await LastAsync(scenario, 1, InvitationEmails.PromotionKind);
        Assert.Contains("Your sessions\n- 15:00–16:00 Workshop A\n- 17:00–18:00 Workshop C", promotion.TextBody);
        var meeting = Meeting(promotion, "REQUEST");
        Assert.Contains("Workshop A", meeting.Description);
        Assert.Contains("Workshop C", meeting.Description);
    }

    [Fact]
    public async Task Calendar_IsInTheRecipientsLanguage_WithTheirSessionsAndTheOnlineLink_ButNoPersonalLink()
    {
        await using var scenario = await CreateAsync(invitees: 1, Language.Nl);

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept(scenario.SessionIds[0]));

        var confirmation = await LastAsync(scenario, 0, InvitationEmails.AnswerKind);
        var meeting = Meeting(confirmation, "REQUEST");
        var description = meeting.Description!.ReplaceLineEndings("\n");
        Assert.Contains("Uw sessies:\n- 15:00–16:00 Workshop A", description); // 14:00 UTC in Amsterdam
        Assert.Contains("Online meedoen: https://meet.example.org/alliantie", description);
        Assert.Contains("https://meet.example.org/alliantie", meeting.Location);
        var ics = Encoding.UTF8.GetString(Assert.Single(confirmation.Attachments, a => a.ContentType.StartsWith("text/calendar")).Content);
        Assert.DoesNotContain("rsvp/", ics);
        Assert.DoesNotContain(scenario.TokenOf(0), ics);
    }

    [Fact]
    public async Task Organizer_WithoutAnOrganiserEmail_IsTheSenderSayingRepliesAreNotRead_InTheRecipientsLanguage()
    {
        await using var scenario = await CreateAsync(invitees: 1, Language.Nl);

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Maybe);

        var organizer = Meeting(await LastAsync(scenario, 0, InvitationEmails.AnswerKind), "REQUEST").Organizer!;
        Assert.Equal($"mailto:{Sender}", organizer.Value!.ToString());
        Assert.Equal("EventHub (antwoorden op dit adres worden niet gelezen)", organizer.CommonName);
    }

    [Fact]
    public async Task Organizer_IsTheEventsOrganiserWhenSet()
    {
        await using var scenario = await CreateAsync(invitees: 1);
        await using (var db = await scenario.NewContextAsync())
        {
            (await db.Events.SingleAsync()).SetOrganiser("Olga Bakker", "olga@gemeente.example");
            await db.SaveChangesAsync();
        }

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());

        var organizer = Meeting(await LastAsync(scenario, 0, InvitationEmails.AnswerKind), "REQUEST").Organizer!;
        Assert.Equal("mailto:olga@gemeente.example", organizer.Value!.ToString());
        Assert.Equal("Olga Bakker", organizer.CommonName);
    }

    [Fact]
    public async Task Confirmation_CarriesTheCalendarInlineAsAnAlternative_AndAsAnAttachment_TheInvitationDoesNot()
    {
        await using var scenario = await CreateAsync(invitees: 1);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        var confirmation = await LastAsync(scenario, 0, InvitationEmails.AnswerKind);
        var invitation = await LastAsync(scenario, 0, InvitationEmails.InvitationKind);

        var mime = Mime(scenario, confirmation);
        var invitationMime = Mime(scenario, invitation);

        var mixed = Assert.IsType<Multipart>(mime.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        var alternative = Assert.IsType<MultipartAlternative>(mixed[0]);
        // The HTML sits in multipart/related with the inline QR code of the check-in pass; the calendar is the last alternative.
        Assert.Equal(["text/plain", "multipart/related", "text/calendar"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Equal("text/html", Assert.IsType<MultipartRelated>(alternative[1]).Root?.ContentType.MimeType);
        var inline = Assert.IsType<TextPart>(alternative[2]);
        Assert.Equal("REQUEST", inline.ContentType.Parameters["method"]);
        Assert.Equal("REQUEST", IcalCalendar.Load(inline.Text)!.Method);
        Assert.Contains(mime.Attachments, a => a.ContentType.MimeType == "text/calendar" && a.ContentDisposition?.FileName?.EndsWith(".ics") == true);
        Assert.DoesNotContain(invitationMime.BodyParts, p => p.ContentType.MimeType == "text/calendar");
    }

    [Fact]
    public async Task DayBefore_SomeoneComingGetsTheirSessionsAndCheckInCodeOnceMore()
    {
        await using var scenario = await CreateAsync(invitees: 1);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept(scenario.SessionIds[0]));
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddHours(-20));

        await scenario.Services.GetRequiredService<ReminderService>().QueueDueAsync();

        // The confirmation with the code may be weeks down the inbox; the email of the day before is the one at hand at the door.
        var reminder = await LastAsync(scenario, 0, InvitationEmails.ReminderKind);
        await using var db = await scenario.NewContextAsync();
        var code = CheckInPass.Display((await db.Invitations.SingleAsync()).CheckInCode!);
        Assert.Contains("Your sessions\n- ", reminder.TextBody);
        Assert.Contains("Workshop A", reminder.TextBody);
        Assert.DoesNotContain("Workshop B", reminder.TextBody);
        Assert.Contains($"Your check-in code for the entrance is {code}.", reminder.TextBody);
        Assert.Equal(InvitationEmails.CheckInImageId, Assert.Single(reminder.Attachments).ContentId);
    }

    [Fact]
    public async Task DayBefore_PeopleWhoSaidMaybeAreRemindedToo()
    {
        await using var scenario = await CreateAsync(invitees: 3);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), Maybe);
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddHours(-20));

        await scenario.Services.GetRequiredService<ReminderService>().QueueDueAsync();

        await using var db = await scenario.NewContextAsync();
        var reminded = await db.OutboxMessages.Where(m => m.DeduplicationKey != null && m.DeduplicationKey.EndsWith(":tomorrow")).ToListAsync();
        Assert.Equal([InvitationScenario.Email(0), InvitationScenario.Email(1)], reminded.Select(m => m.ToAddress).Order());
        Assert.StartsWith("Tomorrow: Alliantiedag", reminded.Single(m => m.ToAddress == InvitationScenario.Email(1)).Subject);
        Assert.Contains("Join online: https://meet.example.org/alliantie", reminded.Single(m => m.ToAddress == InvitationScenario.Email(1)).TextBody);
    }

    [Fact]
    public async Task OnlineLink_GoesToThoseComingButNotToThoseOnlyInvited()
    {
        await using var scenario = await CreateAsync(invitees: 2);

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());

        Assert.Contains("Join online: https://meet.example.org/alliantie", (await LastAsync(scenario, 0, InvitationEmails.AnswerKind)).TextBody);
        var invitation = await LastAsync(scenario, 1, InvitationEmails.InvitationKind);
        Assert.DoesNotContain("meet.example.org", invitation.TextBody);
        Assert.Contains("Everyone coming gets the online link by email.", invitation.TextBody);
    }

    [Fact]
    public async Task OnlineEventCancelled_NobodyIsPromisedTheOnlineLinkAnyMore()
    {
        await using var scenario = await CreateAsync(invitees: 2);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());

        await scenario.Services.GetRequiredService<EventPlanningService>().CancelAsync(scenario.EventId, "De zaal is niet beschikbaar.", Staff.Organiser);

        // Neither the one who was coming nor the one only invited will get a link to an event that does not take place.
        foreach (var invitee in new[] { 0, 1 })
        {
            var cancelled = await LastAsync(scenario, invitee, InvitationEmails.CancellationKind);
            Assert.Contains("This event will not take place.", cancelled.TextBody);
            Assert.DoesNotContain("online link", cancelled.TextBody);
            Assert.DoesNotContain("meet.example.org", cancelled.TextBody);
        }
    }

    private static Task<InvitationScenario> CreateAsync(int invitees, Language language = Language.En, int capacity = 10, int? sessionCapacity = null) =>
        InvitationScenario.CreateAsync(invitees, capacity, sessionCapacity, language: language,
            configure: services => services.AddSingleton(new SiteLinks(Site) { SenderAddress = Sender }));

    private static async Task<OutboxMessage> LastAsync(InvitationScenario scenario, int invitee, string kind)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.OutboxMessages.Include(m => m.Attachments)
            .Where(m => m.ToAddress == InvitationScenario.Email(invitee) && m.Kind == kind)
            .OrderByDescending(m => m.Id).FirstAsync();
    }

    private static async Task<int> InvitationIdAsync(InvitationScenario scenario, int invitee)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.Invitations.Where(i => i.Contact.Email == InvitationScenario.Email(invitee)).Select(i => i.Id).SingleAsync();
    }

    /// <summary>The message's one calendar, parsed; its METHOD and the attachment's method parameter are <paramref name="method"/>.</summary>
    private static CalendarEvent Meeting(OutboxMessage message, string method)
    {
        var attachment = Assert.Single(message.Attachments, a => a.ContentType.StartsWith("text/calendar"));
        Assert.Contains($"method={method}", attachment.ContentType);
        var calendar = IcalCalendar.Load(Encoding.UTF8.GetString(attachment.Content))!;
        Assert.Equal(method, calendar.Method);
        return Assert.Single(calendar.Events);
    }

    private static async Task<Result> MoveAsync(InvitationScenario scenario, TimeSpan by, TimeSpan endLater = default)
    {
        await using var db = await scenario.NewContextAsync();
        var @event = await db.Events.AsNoTracking().SingleAsync();
        var input = new EventInput(@event.Title, @event.LocalStart + by, @event.LocalEnd + by + endLater, @event.TimeZoneId, @event.Description, @event.VenueId,
            @event.OnlineUrl, @event.Capacity, EventTime.ToLocal(@event.RsvpDeadlineUtc!.Value, @event.TimeZoneId), Language: @event.Language);
        return await scenario.Services.GetRequiredService<EventPlanningService>().UpdateAsync(@event.Id, input, @event.Version, Staff.Organiser);
    }

    private static MimeMessage Mime(InvitationScenario scenario, OutboxMessage message) =>
        OutboxMimeMessage.Create(message, [], new MailSender("EventHub", Sender, ReplyTo: null), DateTimeOffset.UnixEpoch);
}
