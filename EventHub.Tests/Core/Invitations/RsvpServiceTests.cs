using EventHub.Core.Common;
using EventHub.Core.Events;
using EventHub.Core.Outbox;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

public class RsvpServiceTests
{
    private static RsvpAnswer Accept(params int[] sessions) => new(InvitationStatus.Accepted, sessions, PrivacyAccepted: true);

    [Fact]
    public async Task Accept_WithRoom_GivesASeatAndConfirmsInTheContactsLanguage()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, language: Language.Nl);

        var outcome = await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept(scenario.SessionIds[0]) with
        {
            Needs = AccessNeeds.SignLanguageInterpreter | AccessNeeds.Interpretation,
            InterpretationLanguage = "Arabisch",
        });

        Assert.Equal(InvitationStatus.Accepted, outcome.Value.Status);
        Assert.Equal(SessionChoiceStatus.Registered, outcome.Value.Sessions[scenario.SessionIds[0]]);
        await using var db = await scenario.NewContextAsync();
        var invitation = await db.Invitations.SingleAsync();
        Assert.Equal("Arabisch", invitation.InterpretationLanguage);
        Assert.Equal(PrivacyNotice.FirstVersion, invitation.PrivacyNoticeVersion);
        var confirmation = await db.OutboxMessages.Include(m => m.Attachments).SingleAsync(m => m.Kind == InvitationEmails.AnswerKind);
        Assert.StartsWith("Aangemeld: Alliantiedag", confirmation.Subject);
        Assert.Contains(scenario.TokenOf(0), OutboxLinks.TextAsSent(scenario.Services, confirmation));
        var ics = Assert.Single(confirmation.Attachments, a => a.ContentType.StartsWith("text/calendar; method=REQUEST"));
        var calendar = Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(ics.Content))!;
        Assert.Equal("REQUEST", calendar.Method);
        var meeting = Assert.Single(calendar.Events);
        Assert.Equal("ACCEPTED", Assert.Single(meeting.Attendees).ParticipationStatus);
        Assert.Equal(InvitationScenario.EventStart, meeting.DtStart!.AsUtc);
    }

    [Fact]
    public async Task TheSameAnswerTwice_SendsOneConfirmation_AChangedAnswerSendsAnother()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var answer = Accept(scenario.SessionIds[0]) with { DietaryNeeds = "Vegetarisch" };

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), answer);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), answer); // the browser sent the form again
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), answer with { DietaryNeeds = "Veganistisch" });

        await using var db = await scenario.NewContextAsync();
        Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.Kind == InvitationEmails.AnswerKind));
        Assert.Equal("Veganistisch", (await db.Invitations.SingleAsync()).DietaryNeeds);
    }

    [Fact]
    public async Task ADeclineNoteThatFitTheBox_PostedWithItsLineBreaksAsCrLf_IsKeptWhole()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        // 10 lines of 99 characters: 999 in the box (maxlength 1000); the form posts CRLF, 1008.
        var typed = string.Join("\n", Enumerable.Range(0, 10).Select(i => $"{i}{new string('x', 98)}"));

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Declined, DeclineNote: typed.Replace("\n", "\r\n", StringComparison.Ordinal)));

        await using var db = await scenario.NewContextAsync();
        Assert.Equal(typed, (await db.Invitations.SingleAsync()).DeclineNote); // the last line was cut off
    }

    [Fact]
    public async Task Accept_ConfirmationCarriesTheCheckInCodeAsAQrCode_ADeclineDoesNot()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Declined));

        await using var db = await scenario.NewContextAsync();
        var guest = await db.Invitations.Include(i => i.Contact).SingleAsync(i => i.Contact.Email == InvitationScenario.Email(0));
        var code = Assert.IsType<string>(guest.CheckInCode);
        Assert.Equal(CheckInCodes.Length, code.Length);
        var confirmations = await db.OutboxMessages.Include(m => m.Attachments).Where(m => m.Kind == InvitationEmails.AnswerKind).ToListAsync();
        var accepted = confirmations.Single(m => m.ToAddress == InvitationScenario.Email(0));
        Assert.Contains(CheckInPass.Display(code), accepted.TextBody);
        var qr = Assert.Single(accepted.Attachments, a => a.ContentType == CheckInPass.PngContentType);
        Assert.Equal(CheckInPass.FileName(code), qr.FileName);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], qr.Content[..4]);
        var declined = confirmations.Single(m => m.ToAddress == InvitationScenario.Email(1));
        Assert.DoesNotContain(declined.Attachments, a => a.ContentType == CheckInPass.PngContentType);
    }

    [Fact]
    public async Task Accept_WithoutThePrivacyNotice_IsRefused()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);

        var result = await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted));

        Assert.Equal(InvitationErrors.PrivacyNoticeRequired, result.ErrorCode);
    }

    [Fact]
    public async Task Accept_TwoOverlappingSessions_IsRefusedAndChangesNothing()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);

        var result = await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept(scenario.SessionIds[0], scenario.SessionIds[1]));

        Assert.Equal(InvitationErrors.OverlappingSessions, result.ErrorCode);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(0, (await db.Events.SingleAsync()).SeatsTaken);
        Assert.Equal(InvitationStatus.Invited, (await db.Invitations.SingleAsync()).Status);
    }

    [Fact]
    public async Task Decline_AfterTheOrganiserMadeTheChosenSessionsOverlap_IsTakenAndFreesTheirPlaces()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, sessionCapacity: 5);
        var (workshopA, workshopC) = (scenario.SessionIds[0], scenario.SessionIds[2]);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept(workshopA, workshopC));
        // Workshop C moves to Workshop A's hour; the page still ticks both choices, and posts them with the new answer.
        var (start, end) = (EventTime.ToLocal(InvitationScenario.EventStart.AddHours(1), "Europe/Amsterdam"), EventTime.ToLocal(InvitationScenario.EventStart.AddHours(2), "Europe/Amsterdam"));
        Assert.True((await scenario.Services.GetRequiredService<ProgrammeService>()
            .UpdateAsync(scenario.EventId, workshopC, new SessionInput("Workshop C", SessionKind.Workshop, start, end, Capacity: 5), Staff.Organiser)).Saved);

        var result = await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Declined, [workshopA, workshopC]));

        Assert.True(result.Succeeded, result.ErrorCode);
        Assert.Equal(InvitationStatus.Declined, result.Value.Status);
        Assert.Empty(result.Value.Sessions);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal([0, 0, 0], await db.Sessions.OrderBy(s => s.SortOrder).Select(s => s.SeatsTaken).ToListAsync());
    }

    [Fact]
    public async Task Maybe_WithSessionsStillTicked_IsRefusedAndKeepsTheSeats_UntickedItIsTakenAndFreesThem()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, sessionCapacity: 1);
        var (workshopA, workshopC) = (scenario.SessionIds[0], scenario.SessionIds[2]);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept(workshopA, workshopC));

        // The page ticks the chosen sessions; the partner changes "accept" to "maybe" and leaves them ticked.
        var ticked = await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Tentative, [workshopA, workshopC], PrivacyAccepted: true));

        Assert.Equal(InvitationErrors.SessionsOnlyWhenComing, ticked.ErrorCode);
        await using (var db = await scenario.NewContextAsync())
        {
            Assert.Equal(InvitationStatus.Accepted, (await db.Invitations.SingleAsync()).Status);
            Assert.Equal([1, 0, 1], await db.Sessions.OrderBy(s => s.SortOrder).Select(s => s.SeatsTaken).ToListAsync());
        }

        var unticked = await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Tentative, [], PrivacyAccepted: true));

        Assert.True(unticked.Succeeded, unticked.ErrorCode);
        Assert.Equal(InvitationStatus.Tentative, unticked.Value.Status);
        await using (var db = await scenario.NewContextAsync())
        {
            Assert.Equal([0, 0, 0], await db.Sessions.OrderBy(s => s.SortOrder).Select(s => s.SeatsTaken).ToListAsync());
        }
    }

    [Fact]
    public async Task Accept_WithAnInterpreterButNoLanguage_OrSomethingElseUnsaid_IsRefusedForEach_AndNothingIsSaved()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var answer = Accept() with { Needs = AccessNeeds.Interpretation | AccessNeeds.Other, InterpretationLanguage = "  ", OtherNeeds = "" };
        await using var first = await scenario.NewContextAsync();
        var invitation = await first.Invitations.Include(i => i.Event).ThenInclude(e => e.Sessions).SingleAsync();

        var refused = await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), answer);
        var problems = RsvpRules.Problems(invitation, answer, currentNoticeVersion: "2026-11").Select(p => p.ErrorCode);

        Assert.Equal(InvitationErrors.InterpretationLanguageRequired, refused.ErrorCode);
        Assert.Equal([InvitationErrors.InterpretationLanguageRequired, InvitationErrors.OtherNeedsRequired], problems);
        Assert.Equal(InvitationStatus.Invited, await StatusAsync(scenario));
        var taken = await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), answer with { InterpretationLanguage = "Tigrinya", OtherNeeds = "A chair near the door" });
        Assert.True(taken.Succeeded, taken.ErrorCode);
    }

    [Fact]
    public Task Accept_WithALanguageForInterpretationLongerThanItsField_IsRefusedWithTheLimit_AndNothingIsSaved() =>
        LongInterpretationLanguageAsync(onPostgres: false);

    [Fact]
    public Task Accept_WithALanguageForInterpretationLongerThanItsField_IsRefusedWithTheLimit_AndNothingIsSaved_OnPostgres() =>
        LongInterpretationLanguageAsync(onPostgres: true);

    private static async Task LongInterpretationLanguageAsync(bool onPostgres)
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, onPostgres: onPostgres);
        var answer = Accept() with { Needs = AccessNeeds.Interpretation };
        var longest = new string('x', Invitation.InterpretationLanguageMaxLength);

        var tooLong = await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), answer with { InterpretationLanguage = longest + "x" });
        var afterTooLong = await StatusAsync(scenario);
        var fits = await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), answer with { InterpretationLanguage = $"  {longest}  " });

        Assert.Equal((InvitationErrors.InterpretationLanguageTooLong, $"{Invitation.InterpretationLanguageMaxLength}"), (tooLong.ErrorCode, tooLong.ErrorDetail));
        Assert.Equal(InvitationStatus.Invited, afterTooLong);
        Assert.True(fits.Succeeded, fits.ErrorCode);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(longest, (await db.Invitations.SingleAsync()).InterpretationLanguage);
    }

    private static async Task<InvitationStatus> StatusAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        return (await db.Invitations.SingleAsync()).Status;
    }

    [Fact]
    public async Task Decline_BySomeoneSeated_GivesTheSeatToTheFirstOnTheWaitlistAndTellsThem()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 1);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        var second = await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), Accept());
        var third = await scenario.Rsvp.RespondAsync(scenario.TokenOf(2), Accept());
        Assert.Equal((InvitationStatus.Waitlisted, 1), (second.Value.Status, second.Value.WaitlistPosition!.Value));
        Assert.Equal(2, third.Value.WaitlistPosition);

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Declined, DeclineReason: DeclineReason.Date));

        await using var db = await scenario.NewContextAsync();
        var statuses = await db.Invitations.Include(i => i.Contact).ToDictionaryAsync(i => i.Contact.Email, i => i.Status);
        Assert.Equal(InvitationStatus.Declined, statuses[InvitationScenario.Email(0)]);
        Assert.Equal(InvitationStatus.Accepted, statuses[InvitationScenario.Email(1)]);
        Assert.Equal(InvitationStatus.Waitlisted, statuses[InvitationScenario.Email(2)]);
        Assert.Equal(1, (await db.Events.SingleAsync()).SeatsTaken);
        Assert.Single(await db.OutboxMessages.Where(m => m.Kind == InvitationEmails.PromotionKind && m.ToAddress == InvitationScenario.Email(1)).ToListAsync());
        var view = await scenario.Rsvp.GetAsync(scenario.TokenOf(2));
        Assert.Equal(1, view!.WaitlistPosition);
    }

    [Fact]
    public async Task DroppingAFullSession_RegistersTheNextPersonWaitingForIt()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: null, sessionCapacity: 1);
        var workshop = scenario.SessionIds[0];
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept(workshop));
        var waiting = await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), Accept(workshop));
        Assert.Equal(SessionChoiceStatus.Waitlisted, waiting.Value.Sessions[workshop]);

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept(scenario.SessionIds[2]));

        await using var db = await scenario.NewContextAsync();
        var choice = await db.SessionChoices.Include(c => c.Invitation).ThenInclude(i => i.Contact).SingleAsync(c => c.SessionId == workshop);
        Assert.Equal((InvitationScenario.Email(1), SessionChoiceStatus.Registered), (choice.Invitation.Contact.Email, choice.Status));
        Assert.Equal(1, (await db.Sessions.SingleAsync(s => s.Id == workshop)).SeatsTaken);
    }

    [Fact]
    public async Task AFullSession_TellsThoseComingTheirPlaceInItsLine_SomeoneWaitingForTheEventIsInNoSessionsLineYet()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 4, capacity: 3, sessionCapacity: 1);
        var workshop = scenario.SessionIds[0];
        foreach (var invitee in Enumerable.Range(0, 4))
        {
            await scenario.Rsvp.RespondAsync(scenario.TokenOf(invitee), Accept(workshop));
        }

        var lines = new List<IReadOnlyDictionary<int, int>>();
        foreach (var invitee in Enumerable.Range(0, 4))
        {
            lines.Add((await scenario.Rsvp.GetAsync(scenario.TokenOf(invitee)))!.SessionWaitlistPositions);
        }

        Assert.Empty(lines[0]); // has the place
        Assert.Equal(1, lines[1][workshop]);
        Assert.Equal(2, lines[2][workshop]);
        Assert.Empty(lines[3]); // on the event's waiting list: places in sessions go to those coming

        // The one ahead drops the workshop: the next has the place, and the one behind moves up.
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept(scenario.SessionIds[2]));
        Assert.Empty((await scenario.Rsvp.GetAsync(scenario.TokenOf(1)))!.SessionWaitlistPositions);
        Assert.Equal(1, (await scenario.Rsvp.GetAsync(scenario.TokenOf(2)))!.SessionWaitlistPositions[workshop]);
    }

    [Fact]
    public async Task Answer_AfterTheDeadline_IsRefusedButThePageStillShows()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddDays(-6));

        var result = await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        var view = await scenario.Rsvp.GetAsync(scenario.TokenOf(0));

        Assert.Equal(InvitationErrors.DeadlinePassed, result.ErrorCode);
        Assert.False(view!.CanChange);
    }

    [Fact]
    public async Task Resend_RotatesTheLink_TheOldOneStopsWorking()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        int invitationId;
        await using (var db = await scenario.NewContextAsync())
        {
            invitationId = (await db.Invitations.SingleAsync()).Id;
        }

        await scenario.Invitations.ResendAsync(invitationId, Staff.Organiser);

        await using var read = await scenario.NewContextAsync();
        var newest = await read.OutboxMessages.OrderByDescending(m => m.Id).FirstAsync();
        var newToken = InvitationScenario.TokenIn(OutboxLinks.TextAsSent(scenario.Services, newest));
        Assert.Null(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
        Assert.NotNull(await scenario.Rsvp.GetAsync(newToken));
        Assert.Equal(PersonalLinkTokens.Hash(newToken), (await read.Invitations.SingleAsync()).TokenHash);
        Assert.DoesNotContain(newToken, (await read.Invitations.SingleAsync()).TokenHash!);
    }

    [Fact]
    public async Task UnknownLink_FindsNothing()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);

        Assert.Null(await scenario.Rsvp.GetAsync("not-a-real-token"));
        Assert.Equal(InvitationErrors.NotFound, (await scenario.Rsvp.RespondAsync("not-a-real-token", Accept())).ErrorCode);
    }

    [Fact]
    public async Task Cancel_ASeatedGuest_PromotesTheNextAndCountsFollow()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 1);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), Accept());
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), Accept());
        var guests = (await scenario.Services.GetRequiredService<GuestListService>().ListAsync(scenario.EventId, new GuestQuery())).Items;

        await scenario.Invitations.CancelAsync(guests.Single(g => g.Email == InvitationScenario.Email(0)).InvitationId, Staff.Organiser);

        var counts = await scenario.Invitations.CountsAsync(scenario.EventId);
        Assert.Equal((1, 0), (counts.Accepted, counts.Waitlisted));
    }
}
