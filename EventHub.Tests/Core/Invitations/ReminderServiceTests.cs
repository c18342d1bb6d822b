using System.Globalization;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Outbox;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

public class ReminderServiceTests
{
    // The scenario's deadline is 7 days before the event (3 March 2027, 13:00 UTC).
    private static readonly DateTime Deadline = InvitationScenario.EventStart.AddDays(-7);

    [Fact]
    public async Task AWeekBeforeTheDeadline_RemindsThoseWhoHaveNotAnsweredOnce_WithAWorkingNewLink()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Declined));
        var reminders = scenario.Services.GetRequiredService<ReminderService>();
        scenario.Time.SetUtcNow(Deadline.AddDays(-7).AddHours(1));

        var first = await reminders.QueueDueAsync();
        var again = await reminders.QueueDueAsync();

        Assert.Equal((2, 0), (first, again));
        await using var db = await scenario.NewContextAsync();
        var reminder = await db.OutboxMessages.FirstAsync(m => m.Kind == InvitationEmails.ReminderKind);
        Assert.NotNull(await scenario.Rsvp.GetAsync(InvitationScenario.TokenIn(OutboxLinks.TextAsSent(scenario.Services, reminder))));
    }

    [Fact]
    public async Task TwoDaysBeforeTheDeadline_RemindsAgain_ButNotForAMissedEarlierDay()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var reminders = scenario.Services.GetRequiredService<ReminderService>();

        scenario.Time.SetUtcNow(Deadline.AddDays(-2).AddHours(1));
        var late = await reminders.QueueDueAsync();
        scenario.Time.SetUtcNow(Deadline.AddHours(1));
        var afterDeadline = await reminders.QueueDueAsync();

        Assert.Equal((1, 0), (late, afterDeadline));
    }

    [Fact]
    public async Task SomeoneInvitedAfterAReminderDay_GetsNoReminderMinutesLater_AndTheLinkInTheirInvitationKeepsWorking()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var reminders = scenario.Services.GetRequiredService<ReminderService>();
        // Five days before the deadline (past the 7-day reminder), the organiser invites one more partner.
        scenario.Time.SetUtcNow(Deadline.AddDays(-5));
        await using (var db = await scenario.NewContextAsync())
        {
            db.Contacts.Add(new Contact("Laat", "Toegevoegd", "late@example.org", Language.En, scenario.Time.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
        }

        int lateId;
        await using (var db = await scenario.NewContextAsync())
        {
            lateId = await db.Contacts.Where(c => c.Email == "late@example.org").Select(c => c.Id).SingleAsync();
        }

        await scenario.Invitations.AddAsync(scenario.EventId, [lateId], Staff.Organiser);
        await scenario.Invitations.SendAsync(scenario.EventId, Staff.Organiser);
        string invitationLink;
        await using (var db = await scenario.NewContextAsync())
        {
            var invitation = await db.OutboxMessages.SingleAsync(m => m.ToAddress == "late@example.org");
            invitationLink = InvitationScenario.TokenIn(OutboxLinks.TextAsSent(scenario.Services, invitation));
        }

        scenario.Time.Advance(TimeSpan.FromMinutes(15));
        var firstRound = await reminders.QueueDueAsync();
        var invitationStillOpens = await scenario.Rsvp.GetAsync(invitationLink);
        scenario.Time.SetUtcNow(Deadline.AddDays(-2).AddHours(1));
        var twoDaysBefore = await reminders.QueueDueAsync();

        Assert.Equal(1, firstRound); // the partner invited a month ago
        Assert.NotNull(invitationStillOpens);
        Assert.Equal(2, twoDaysBefore); // both, the late one too: invited before the 2-day reminder
        await using var read = await scenario.NewContextAsync();
        Assert.Equal(1, await read.OutboxMessages.CountAsync(m => m.ToAddress == "late@example.org" && m.Kind == InvitationEmails.ReminderKind));
    }

    /// <summary>
    /// A new link asked for ("lost your link?") moved the invitation's sent time, so a partner who asked just after the
    /// week-before reminder's moment (before the quarter-hourly round queued it) never got that reminder.
    /// </summary>
    [Fact]
    public async Task ANewLinkAskedForJustAfterAReminderDaysMoment_DoesNotCostThePartnerThatReminder()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var reminders = scenario.Services.GetRequiredService<ReminderService>();
        scenario.Time.SetUtcNow(Deadline.AddDays(-7).AddMinutes(5));
        var lostLinks = scenario.Services.GetRequiredService<LostLinkQueue>();
        lostLinks.TryQueue(InvitationScenario.Email(0), null);
        await lostLinks.DrainAsync();

        scenario.Time.Advance(TimeSpan.FromMinutes(10));
        var round = await reminders.QueueDueAsync();

        Assert.Equal(1, round);
        await using var db = await scenario.NewContextAsync();
        var reminder = await db.OutboxMessages.SingleAsync(m => m.Kind == InvitationEmails.ReminderKind);
        Assert.NotNull(await scenario.Rsvp.GetAsync(InvitationScenario.TokenIn(OutboxLinks.TextAsSent(scenario.Services, reminder))));
    }

    /// <summary>
    /// The invitation sent again, or a reminder sent now by an organiser, just after a reminder day's moment: the round
    /// minutes later does not send a second email whose new link would stop that one's working.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheInvitationOrAReminderSentByTheOrganiserJustAfterAReminderDaysMoment_IsNotFollowedByAnotherMinutesLater(bool remind)
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var reminders = scenario.Services.GetRequiredService<ReminderService>();
        int id;
        await using (var db = await scenario.NewContextAsync())
        {
            id = (await db.Invitations.SingleAsync()).Id;
        }

        scenario.Time.SetUtcNow(Deadline.AddDays(-7).AddMinutes(5));
        var sent = remind ? await scenario.Invitations.RemindAsync(id, Staff.Organiser) : await scenario.Invitations.ResendAsync(id, Staff.Organiser);
        scenario.Time.Advance(TimeSpan.FromMinutes(10));
        var round = await reminders.QueueDueAsync();
        scenario.Time.SetUtcNow(Deadline.AddDays(-2).AddHours(1));
        var twoDaysBefore = await reminders.QueueDueAsync();

        Assert.True(sent.Succeeded);
        Assert.Equal((0, 1), (round, twoDaysBefore));
    }

    [Fact]
    public async Task AnEventWithItsOwnReminderDays_RemindsOnThoseDaysOnly()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await using (var db = await scenario.NewContextAsync())
        {
            var @event = await db.Events.SingleAsync();
            @event.RemindOn([3]);
            await db.SaveChangesAsync();
        }

        var reminders = scenario.Services.GetRequiredService<ReminderService>();
        scenario.Time.SetUtcNow(Deadline.AddDays(-7).AddHours(1));
        var aWeekBefore = await reminders.QueueDueAsync();
        scenario.Time.SetUtcNow(Deadline.AddDays(-3).AddHours(1));
        var threeDaysBefore = await reminders.QueueDueAsync();
        scenario.Time.SetUtcNow(Deadline.AddDays(-2).AddHours(1));
        var twoDaysBefore = await reminders.QueueDueAsync();

        Assert.Equal((0, 1, 0), (aWeekBefore, threeDaysBefore, twoDaysBefore));
    }

    // Amsterdam's clocks go back on 31 October 2027 and forward on 28 March 2027: each deadline is after a change, its
    // reminder a week before it is before the change. An organiser who set "17:00" expects the reminder at 17:00 there.
    [Theory]
    [InlineData("2027-11-03 17:00", "2027-10-27")] // autumn: the reminder went out at 18:00, an hour late
    [InlineData("2027-03-31 17:00", "2027-03-24")] // spring: it went out at 16:00, an hour early
    public async Task AReminderAWeekBeforeADeadlineAt17_GoesAt17InAmsterdam_WhenTheClocksChangeInBetween(string localDeadline, string reminderDay)
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var deadline = DateTime.Parse(localDeadline, CultureInfo.InvariantCulture);
        await HoldAsync(scenario, localStart: deadline.AddDays(6).Date.AddHours(14), localDeadline: deadline);
        var reminders = scenario.Services.GetRequiredService<ReminderService>();
        var day = DateTime.Parse(reminderDay, CultureInfo.InvariantCulture);

        scenario.Time.SetUtcNow(EventTime.ToUtc(day.AddHours(16).AddMinutes(59), EventTime.DefaultTimeZoneId));
        var at1659 = await reminders.QueueDueAsync();
        scenario.Time.SetUtcNow(EventTime.ToUtc(day.AddHours(17), EventTime.DefaultTimeZoneId));
        var at1700 = await reminders.QueueDueAsync();

        Assert.Equal((0, 1), (at1659, at1700));
    }

    [Fact]
    public async Task SeeYouTomorrow_ForAnEventOnTheMorningTheClocksGoBack_GoesFromTheStartsTimeTheDayBefore()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        // Sunday 31 October 2027, 10:00 in Amsterdam (winter time since 03:00 that night).
        await HoldAsync(scenario, localStart: new DateTime(2027, 10, 31, 10, 0, 0), localDeadline: null);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        var reminders = scenario.Services.GetRequiredService<ReminderService>();

        // Saturday 10:30 in Amsterdam, still summer time: 24 hours before the start is Saturday 11:00.
        scenario.Time.SetUtcNow(EventTime.ToUtc(new DateTime(2027, 10, 30, 10, 30, 0), EventTime.DefaultTimeZoneId));
        var queued = await reminders.QueueDueAsync();

        Assert.Equal(1, queued);
    }

    /// <summary>Moves the scenario's event (four hours long) and its RSVP deadline to Amsterdam times.</summary>
    private static async Task HoldAsync(InvitationScenario scenario, DateTime localStart, DateTime? localDeadline)
    {
        await using var db = await scenario.NewContextAsync();
        var held = await db.Events.SingleAsync(e => e.Id == scenario.EventId);
        var start = EventTime.ToUtc(localStart, EventTime.DefaultTimeZoneId);
        held.Reschedule(start, start.AddHours(4), EventTime.DefaultTimeZoneId);
        held.Limit(10, localDeadline is { } deadline ? EventTime.ToUtc(deadline, EventTime.DefaultTimeZoneId) : null);
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData("7, 2", true, "7,2")]
    [InlineData("2;14", true, "14,2")]
    [InlineData("", true, "")]
    [InlineData("0", false, "")]
    [InlineData("61", false, "")]
    [InlineData("soon", false, "")]
    [InlineData("1,2,3,4,5,6", false, "")]
    public void ReminderDays_AsOrganisersTypeThem(string typed, bool valid, string stored)
    {
        Assert.Equal(valid, EventReminders.TryParse(typed, out var days));
        if (valid)
        {
            Assert.Equal(stored, EventReminders.Format(days));
        }
    }

    [Fact]
    public async Task TheDayBefore_TellsThoseComing_SeeYouTomorrow_Once()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        var reminders = scenario.Services.GetRequiredService<ReminderService>();
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddHours(-20));

        await reminders.QueueDueAsync();
        await reminders.QueueDueAsync();

        await using var db = await scenario.NewContextAsync();
        var tomorrow = await db.OutboxMessages.Where(m => m.Subject.StartsWith("See you tomorrow")).ToListAsync();
        Assert.Equal(InvitationScenario.Email(0), Assert.Single(tomorrow).ToAddress);
    }

    [Fact]
    public async Task OnTheDayItself_NoOneIsToldSeeYouTomorrow_NotWhoAcceptedThatMorning_NorAfterTheWorkerMissedTheDayBefore()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await using (var db = await scenario.NewContextAsync())
        {
            var held = await db.Events.SingleAsync(e => e.Id == scenario.EventId);
            held.Limit(10, rsvpDeadlineUtc: null); // answers stay open until the start
            await db.SaveChangesAsync();
        }

        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        var reminders = scenario.Services.GetRequiredService<ReminderService>();
        // The event starts at 14:00 in Amsterdam; it is 08:00 there on the day: the app was down the whole day before.
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddHours(-6));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));

        var queued = await reminders.QueueDueAsync();

        await using var read = await scenario.NewContextAsync();
        Assert.Equal(0, queued);
        Assert.False(await read.OutboxMessages.AnyAsync(m => m.Subject.StartsWith("See you tomorrow")));
    }
}
