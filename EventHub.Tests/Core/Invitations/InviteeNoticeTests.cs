using EventHub.Core.Outbox;
using EventHub.Core.Events;
using EventHub.Core.Invitations;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

/// <summary>People who were invited hear about cancellations and changes, through the outbox.</summary>
public class InviteeNoticeTests
{
    [Fact]
    public async Task CancellingTheEvent_TellsEveryoneStillInvitedComingOrWaiting_ButNotThoseWhoDeclined()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 4, capacity: 1);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(2), new RsvpAnswer(InvitationStatus.Declined));

        await scenario.Services.GetRequiredService<EventPlanningService>().CancelAsync(scenario.EventId, "Stormschade aan de zaal", Staff.Organiser);

        await using var db = await scenario.NewContextAsync();
        var notices = await db.OutboxMessages.Where(m => m.Subject.StartsWith("Cancelled:")).ToListAsync();
        Assert.Equal([InvitationScenario.Email(0), InvitationScenario.Email(1), InvitationScenario.Email(3)], notices.Select(n => n.ToAddress).Order());
        Assert.All(notices, n => Assert.Contains("Stormschade aan de zaal", n.TextBody));
    }

    [Fact]
    public async Task MovingThePublishedEvent_SendsAChangeNotice()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        var start = EventHub.Core.Common.EventTime.ToLocal(InvitationScenario.EventStart, "Europe/Amsterdam");

        await scenario.Services.GetRequiredService<EventPlanningService>().UpdateAsync(scenario.EventId,
            new EventInput("Alliantiedag", start.AddDays(1), start.AddDays(1).AddHours(4), OnlineUrl: "https://meet.example.org/alliantie", LocalRsvpDeadline: start.AddDays(-7)), expectedVersion: 0, Staff.Organiser);

        await using var db = await scenario.NewContextAsync();
        Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.Kind == InvitationEmails.ChangeKind));
    }

    /// <summary>
    /// The organiser reads how many emails a move sends before saving (<see cref="InvitationService.ToldOfChangesAsync"/>):
    /// a guest who declined but was let in at the door counts as coming on the guest list, yet is not emailed, so not counted.
    /// </summary>
    [Fact]
    public async Task MovingTheEventWhileTheDoorIsOpen_TheNumberToldBeforehand_IsTheNumberOfNoticesSent()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Declined));
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddMinutes(-10));
        var declined = await Door.CheckInServiceTests.InvitationIdOfAsync(scenario, 1);
        Assert.True((await scenario.Services.GetRequiredService<EventHub.Core.Door.CheckInService>().AdmitAsync(scenario.EventId, declined, Staff.Door)).Succeeded);
        var start = EventHub.Core.Common.EventTime.ToLocal(InvitationScenario.EventStart, "Europe/Amsterdam");

        var told = await scenario.Invitations.ToldOfChangesAsync(scenario.EventId);
        var moved = await scenario.Services.GetRequiredService<EventPlanningService>().UpdateAsync(scenario.EventId,
            new EventInput("Alliantiedag", start.AddMinutes(30), start.AddHours(4.5), OnlineUrl: "https://meet.example.org/alliantie", LocalRsvpDeadline: start.AddDays(-7)), expectedVersion: 0, Staff.Organiser);

        Assert.True(moved.Succeeded, moved.ErrorCode);
        await using var db = await scenario.NewContextAsync();
        var notices = await db.OutboxMessages.Where(m => m.Kind == InvitationEmails.ChangeKind).Select(m => m.ToAddress).ToListAsync();
        Assert.Equal([InvitationScenario.Email(0), InvitationScenario.Email(2)], notices.Order());
        Assert.Equal(notices.Count, told);
        Assert.Equal(2, (await scenario.Invitations.CountsAsync(scenario.EventId)).Accepted); // the list counts the declined guest in the room as coming
    }

    [Fact]
    public async Task MovingTheEventTwiceBeforeTheNoticesWentOut_SendsEachPersonOneNotice_WithTheLatestTime()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(0), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        var start = EventHub.Core.Common.EventTime.ToLocal(InvitationScenario.EventStart, "Europe/Amsterdam");
        var planning = scenario.Services.GetRequiredService<EventPlanningService>();
        await planning.UpdateAsync(scenario.EventId,
            new EventInput("Alliantiedag", start.AddDays(7), start.AddDays(7).AddHours(4), OnlineUrl: "https://meet.example.org/alliantie", LocalRsvpDeadline: start.AddDays(-7)), expectedVersion: 0, Staff.Organiser);

        await planning.UpdateAsync(scenario.EventId,
            new EventInput("Alliantiedag", start.AddDays(7).AddHours(1), start.AddDays(7).AddHours(5), OnlineUrl: "https://meet.example.org/alliantie", LocalRsvpDeadline: start.AddDays(-7)), expectedVersion: 1, Staff.Organiser);

        await using var db = await scenario.NewContextAsync();
        var notices = await db.OutboxMessages.Where(m => m.Kind == InvitationEmails.ChangeKind).ToListAsync();
        Assert.Equal([InvitationScenario.Email(0), InvitationScenario.Email(1)], notices.Select(n => n.ToAddress).Order());
        var newStart = start.AddDays(7).AddHours(1).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(notices, n => Assert.Contains(newStart, n.TextBody));
    }

    [Fact]
    public async Task WithdrawingAnInvitation_TellsThatPerson()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        var guest = (await scenario.Services.GetRequiredService<GuestListService>().ListAsync(scenario.EventId, new GuestQuery())).Items.Single();

        await scenario.Invitations.CancelAsync(guest.InvitationId, Staff.Organiser);

        await using var db = await scenario.NewContextAsync();
        Assert.Equal(InvitationScenario.Email(0), (await db.OutboxMessages.SingleAsync(m => m.Kind == InvitationEmails.CancellationKind)).ToAddress);
        Assert.Null(await scenario.Rsvp.GetAsync(scenario.TokenOf(0)));
    }

    [Fact]
    public async Task WithdrawingAnInvitation_TellsThatPersonWhomToAsk_TheEventsOrganiser()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await using (var db = await scenario.NewContextAsync())
        {
            (await db.Events.SingleAsync()).SetOrganiser("Olga Bakker", "olga.bakker@gemeente.example");
            await db.SaveChangesAsync();
        }

        var guests = (await scenario.Services.GetRequiredService<GuestListService>().ListAsync(scenario.EventId, new GuestQuery())).Items;
        await scenario.Invitations.CancelAsync(guests[0].InvitationId, Staff.Organiser);
        await using (var db = await scenario.NewContextAsync())
        {
            (await db.Events.SingleAsync()).SetOrganiser(null, "olga.bakker@gemeente.example");
            await db.SaveChangesAsync();
        }

        await scenario.Invitations.CancelAsync(guests[1].InvitationId, Staff.Organiser);

        await using var check = await scenario.NewContextAsync();
        var notices = await check.OutboxMessages.Where(m => m.Kind == InvitationEmails.CancellationKind).OrderBy(m => m.Id).ToListAsync();
        Assert.Contains("Questions? Ask Olga Bakker: olga.bakker@gemeente.example", notices[0].TextBody);
        Assert.Contains("Questions? Ask the organiser: olga.bakker@gemeente.example", notices[1].TextBody);
        Assert.Contains("olga.bakker@gemeente.example", notices[0].HtmlBody);
    }

    [Fact]
    public async Task RaisingTheCapacity_SeatsThoseWaitingInOrderAndTellsThem()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 4, capacity: 1);
        for (var i = 0; i < 4; i++)
        {
            await scenario.Rsvp.RespondAsync(scenario.TokenOf(i), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        }

        var start = EventHub.Core.Common.EventTime.ToLocal(InvitationScenario.EventStart, "Europe/Amsterdam");
        await scenario.Services.GetRequiredService<EventPlanningService>().UpdateAsync(scenario.EventId,
            new EventInput("Alliantiedag", start, start.AddHours(4), OnlineUrl: "https://meet.example.org/alliantie", Capacity: 3, LocalRsvpDeadline: start.AddDays(-7)), expectedVersion: 0, Staff.Organiser);

        await using var db = await scenario.NewContextAsync();
        var statuses = await db.Invitations.Include(i => i.Contact).ToDictionaryAsync(i => i.Contact.Email, i => i.Status);
        Assert.Equal(InvitationStatus.Accepted, statuses[InvitationScenario.Email(1)]);
        Assert.Equal(InvitationStatus.Accepted, statuses[InvitationScenario.Email(2)]);
        Assert.Equal(InvitationStatus.Waitlisted, statuses[InvitationScenario.Email(3)]);
        Assert.Equal(3, (await db.Events.SingleAsync()).SeatsTaken);
        Assert.Equal(2, await db.OutboxMessages.CountAsync(m => m.Kind == InvitationEmails.PromotionKind));
    }
}
