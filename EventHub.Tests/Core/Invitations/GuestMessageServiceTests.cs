using EventHub.Core.Audit;
using EventHub.Core.Common;
using EventHub.Core.Directory;
using EventHub.Core.Door;
using EventHub.Core.Invitations;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventHub.Tests.Core.Invitations;

/// <summary>Messages to guests: to whom a guest-list filter finds, in each reader's language, previewed as queued, sent once.</summary>
public class GuestMessageServiceTests
{
    private static readonly GuestQuery EveryoneComing = new(InvitationStatus.Accepted);

    private static GuestMessageService Messages(InvitationScenario scenario) => scenario.Services.GetRequiredService<GuestMessageService>();

    private static GuestMessageDraft English(GuestQuery filter) =>
        new("Parking at the venue", "Park in **garage P2**; the entrance is on the north side.", null, null, filter);

    private static GuestMessageDraft Both(GuestQuery filter) =>
        English(filter) with { SubjectNl = "Parkeren bij de locatie", TextNl = "Parkeer in **garage P2**; de ingang is aan de noordkant." };

    private static async Task AcceptAsync(InvitationScenario scenario, params int[] indexes)
    {
        foreach (var index in indexes)
        {
            await scenario.Rsvp.RespondAsync(scenario.TokenOf(index), new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true));
        }
    }

    private static async Task<List<OutboxMessage>> QueuedAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.OutboxMessages.Where(m => m.Kind == GuestMessageEmails.Kind).OrderBy(m => m.ToAddress).ToListAsync();
    }

    /// <summary>Each email carries its own "stop inviting me" token; everything else must be the same.</summary>
    private static string WithoutStopLink(string text) => System.Text.RegularExpressions.Regex.Replace(text, "/stop/[A-Za-z0-9_\\-]+", "/stop/TOKEN");

    private static async Task ReadDutchAsync(InvitationScenario scenario, int index)
    {
        await using var db = await scenario.NewContextAsync();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE Invitations SET Language = 'nl' WHERE ContactId = (SELECT Id FROM Contacts WHERE Email = {InvitationScenario.Email(index)})");
    }

    [Fact]
    public async Task Send_ToEveryoneComing_QueuesAnEmailForEachOfThem_AndNotForOthers()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 4, capacity: 10);
        await AcceptAsync(scenario, 0, 2);
        await scenario.Rsvp.RespondAsync(scenario.TokenOf(1), new RsvpAnswer(InvitationStatus.Declined));

        var sent = await Messages(scenario).SendAsync(scenario.EventId, English(EveryoneComing), "key-1", Staff.Organiser);

        Assert.Equal((2, 0, false), (sent.Value.Sent, sent.Value.LeftOut, sent.Value.AlreadySent));
        var queued = await QueuedAsync(scenario);
        Assert.Equal([InvitationScenario.Email(0), InvitationScenario.Email(2)], queued.Select(m => m.ToAddress));
        Assert.All(queued, m => Assert.Equal("Parking at the venue", m.Subject));
        Assert.All(queued, m => Assert.Contains("<strong>garage P2</strong>", m.HtmlBody));
        Assert.All(queued, m => Assert.Contains("/stop/", OutboxLinks.TextAsSent(scenario.Services, m)));
        var listed = Assert.Single((await Messages(scenario).ListAsync(scenario.EventId, 0, 10)).Items);
        Assert.Equal((InvitationStatus.Accepted, 2, "Olga Bakker"), (listed.Filter.Status, listed.RecipientCount, listed.SenderName));
        var recipients = await Messages(scenario).RecipientsAsync(listed.Id, 0, 10);
        Assert.Equal(["Partner 000", "Partner 002"], recipients.Items.Select(r => r.Name));
        Assert.All(recipients.Items, r => Assert.Equal(OutboxStatus.Queued, r.Delivery));
    }

    [Fact]
    public async Task Send_WithOnlyEnglishWritten_GivesADutchReaderTheEnglishText_WithTheirOwnGreeting()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await AcceptAsync(scenario, 0, 1);
        await ReadDutchAsync(scenario, 1);

        await Messages(scenario).SendAsync(scenario.EventId, English(EveryoneComing), "key-1", Staff.Organiser);

        var dutch = (await QueuedAsync(scenario)).Single(m => m.ToAddress == InvitationScenario.Email(1));
        Assert.Equal("Parking at the venue", dutch.Subject);
        Assert.Contains("garage P2", dutch.TextBody);
        Assert.StartsWith("Beste Partner", dutch.TextBody);
        Assert.Contains("lang=\"nl\"", dutch.HtmlBody);
    }

    [Fact]
    public async Task Send_WithBothLanguagesWritten_GivesEachReaderTheirOwn()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await AcceptAsync(scenario, 0, 1);
        await ReadDutchAsync(scenario, 1);

        await Messages(scenario).SendAsync(scenario.EventId, Both(EveryoneComing), "key-1", Staff.Organiser);

        var queued = await QueuedAsync(scenario);
        Assert.Equal(["Parking at the venue", "Parkeren bij de locatie"], queued.Select(m => m.Subject));
        Assert.Contains("noordkant", queued[1].TextBody);
    }

    [Fact]
    public async Task Preview_IsExactlyWhatIsQueued_ForAnEnglishAndADutchReader()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 3, capacity: 10);
        await AcceptAsync(scenario, 0, 1, 2);
        await ReadDutchAsync(scenario, 1);

        var preview = (await Messages(scenario).PreviewAsync(scenario.EventId, Both(EveryoneComing), Staff.Organiser)).Value;
        await Messages(scenario).SendAsync(scenario.EventId, Both(EveryoneComing), "key-1", Staff.Organiser);

        Assert.Equal(["Partner 000", "Partner 001", "Partner 002"], preview.Recipients);
        var queued = await QueuedAsync(scenario);
        foreach (var (email, address) in new[] { (preview.Emails[0], InvitationScenario.Email(0)), (preview.Emails[1], InvitationScenario.Email(1)) })
        {
            var message = queued.Single(m => m.ToAddress == address);
            Assert.Equal(email.Subject, message.Subject);
            // The one difference: each email's own "stop inviting me" link, issued when it is queued.
            Assert.Equal(WithoutStopLink(email.TextBody), WithoutStopLink(OutboxLinks.TextAsSent(scenario.Services, message)));
            Assert.Equal(WithoutStopLink(email.HtmlBody), WithoutStopLink(OutboxLinks.HtmlAsSent(scenario.Services, message)));
        }

        Assert.Equal((Language.En, 2, Language.Nl, 1), (preview.Emails[0].Language, preview.Emails[0].Readers, preview.Emails[1].Language, preview.Emails[1].Readers));
    }

    [Fact]
    public async Task Preview_LeavesNothingBehind()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await AcceptAsync(scenario, 0);
        int StopLinks(EventHub.Core.Data.EventHubDbContext db) => db.ContactStopLinks.Count();
        int before;
        await using (var db = await scenario.NewContextAsync())
        {
            before = StopLinks(db);
        }

        await Messages(scenario).PreviewAsync(scenario.EventId, English(EveryoneComing), Staff.Organiser);

        await using var check = await scenario.NewContextAsync();
        Assert.Empty(await QueuedAsync(scenario));
        Assert.Equal(0, await check.GuestMessages.CountAsync());
        Assert.Equal(before, StopLinks(check));
    }

    [Fact]
    public async Task Send_TwiceWithTheSameKey_SendsOnce()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await AcceptAsync(scenario, 0, 1);

        var results = await Task.WhenAll(
            Messages(scenario).SendAsync(scenario.EventId, English(EveryoneComing), "same-dialog", Staff.Organiser),
            Messages(scenario).SendAsync(scenario.EventId, English(EveryoneComing), "same-dialog", Staff.Organiser));

        Assert.Equal([false, true], results.Select(r => r.Value.AlreadySent).Order());
        Assert.Equal(results[0].Value.MessageId, results[1].Value.MessageId);
        Assert.Equal(2, (await QueuedAsync(scenario)).Count);
        await using var db = await scenario.NewContextAsync();
        Assert.Equal(1, await db.GuestMessages.CountAsync());
    }

    [Fact]
    public async Task Send_LeavesOutTheErasedTheWithdrawnThoseWhoAskedNotToBeContacted_AndWalkInsWithoutAnAddress_AndCountsThem()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 6, capacity: 10);
        await AcceptAsync(scenario, 0, 1, 2, 5);
        var guests = (await scenario.Services.GetRequiredService<GuestListService>().ListAsync(scenario.EventId, new GuestQuery())).Items;
        await scenario.Invitations.CancelAsync(guests.Single(g => g.Email == InvitationScenario.Email(3)).InvitationId, Staff.Organiser);
        await using (var db = await scenario.NewContextAsync())
        {
            var now = scenario.Time.GetUtcNow().UtcDateTime;
            (await db.Contacts.SingleAsync(c => c.Email == InvitationScenario.Email(1))).ObjectToInvitations(now);
            (await db.Contacts.Include(c => c.StopLinks).SingleAsync(c => c.Email == InvitationScenario.Email(2))).Anonymise(now);
            // As a walk-in who gave no address at the door is kept: a stand-in address that no email can reach.
            (await db.Contacts.SingleAsync(c => c.Email == InvitationScenario.Email(5))).ChangeEmail(Contact.NoEmail());
            await db.SaveChangesAsync();
        }

        var preview = (await Messages(scenario).PreviewAsync(scenario.EventId, English(new GuestQuery()), Staff.Organiser)).Value;
        var sent = (await Messages(scenario).SendAsync(scenario.EventId, English(new GuestQuery()), "key-1", Staff.Organiser)).Value;

        Assert.Equal(["Partner 000", "Partner 004"], preview.Recipients);
        Assert.Equal(
            [GuestMessageLeftOut.Erased, GuestMessageLeftOut.DoNotContact, GuestMessageLeftOut.Withdrawn, GuestMessageLeftOut.NoEmail],
            preview.LeftOut.OrderBy(p => p.Reason == GuestMessageLeftOut.Erased ? 0 : 1).ThenBy(p => p.Name).Select(p => p.Reason));
        Assert.Equal((2, 4), (sent.Sent, sent.LeftOut));
        Assert.Equal([InvitationScenario.Email(0), InvitationScenario.Email(4)], (await QueuedAsync(scenario)).Select(m => m.ToAddress));
        var rows = (await Messages(scenario).RecipientsAsync(sent.MessageId, 0, 10)).Items;
        Assert.Equal(4, rows.Count(r => r.LeftOut is not null && r.Delivery is null));
    }

    /// <summary>Karin came instead of Partner 000, who then came after all and was let in: both were there, both hear from the organisers.</summary>
    [Fact]
    public async Task Send_ToEveryoneComing_ReachesSomeoneWhoSentAColleagueAndCameAfterAll_AsTheGuestListShowsThem()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await AcceptAsync(scenario, 0);
        await scenario.PlaceAtOrganisationAsync("Stichting Kansrijk", "example.org", 0);
        var sent = await scenario.Services.GetRequiredService<ColleagueService>().SendInsteadAsync(scenario.TokenOf(0), new ContactInput("Karin", "Bos", "karin.bos@example.org"));
        Assert.True(sent.Succeeded, sent.ErrorCode);
        var guests = () => scenario.Services.GetRequiredService<GuestListService>().ListAsync(scenario.EventId, EveryoneComing);
        var karin = (await scenario.Services.GetRequiredService<GuestListService>().ListAsync(scenario.EventId, new GuestQuery())).Items.Single(g => g.Name == "Karin Bos");
        Assert.True((await scenario.Services.GetRequiredService<PhoneAnswerService>()
            .AnswerOnBehalfAsync(karin.InvitationId, new RsvpAnswer(InvitationStatus.Accepted, PrivacyAccepted: true), Staff.Organiser)).Succeeded);
        var passedOn = (await scenario.Services.GetRequiredService<GuestListService>().ListAsync(scenario.EventId, new GuestQuery())).Items.Single(g => g.Name == "Partner 000");
        var before = (await Messages(scenario).PreviewAsync(scenario.EventId, English(EveryoneComing), Staff.Organiser)).Value;
        scenario.Time.SetUtcNow(InvitationScenario.EventStart.AddMinutes(-10));
        Assert.True((await scenario.Services.GetRequiredService<CheckInService>().AdmitAsync(scenario.EventId, passedOn.InvitationId, Staff.Door)).Succeeded);

        var after = (await Messages(scenario).PreviewAsync(scenario.EventId, English(EveryoneComing), Staff.Organiser)).Value;

        Assert.Equal(["Karin Bos"], before.Recipients);
        Assert.Equal(["Karin Bos", "Partner 000"], (await guests()).Items.Select(g => g.Name).Order());
        Assert.Equal(["Karin Bos", "Partner 000"], after.Recipients.Order());
        Assert.Empty(after.LeftOut);
    }

    [Theory]
    [InlineData("", "", "", "", GuestMessageErrors.Empty)]
    [InlineData("Parking", "", "", "", GuestMessageErrors.IncompleteEnglish)]
    [InlineData("Parking", "Text", "", "Tekst", GuestMessageErrors.IncompleteDutch)]
    public async Task Send_AnIncompleteDraft_IsRefusedWithItsReason(string subjectEn, string textEn, string subjectNl, string textNl, string error)
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);
        await AcceptAsync(scenario, 0);

        var result = await Messages(scenario).SendAsync(scenario.EventId, new GuestMessageDraft(subjectEn, textEn, subjectNl, textNl, EveryoneComing), "key-1", Staff.Organiser);

        Assert.Equal(error, result.ErrorCode);
        Assert.Empty(await QueuedAsync(scenario));
    }

    [Fact]
    public async Task Send_ToAFilterThatFindsNobodyToWrite_SaysSo_AndAFacilitatorMayNotSend()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10);

        var nobody = await Messages(scenario).PreviewAsync(scenario.EventId, English(EveryoneComing), Staff.Organiser);
        var facilitator = await Messages(scenario).SendAsync(scenario.EventId, English(new GuestQuery()), "key-1", Staff.Facilitator);
        var tooLong = await Messages(scenario).PreviewAsync(scenario.EventId, English(new GuestQuery()) with { TextEn = new string('x', GuestMessageDraft.TextMaxLength + 1) }, Staff.Organiser);

        Assert.Equal(GuestMessageErrors.NoRecipients, nobody.ErrorCode);
        Assert.Equal(AccessErrors.NotAllowed, facilitator.ErrorCode);
        Assert.Equal(GuestMessageErrors.TextTooLong, tooLong.ErrorCode);
        Assert.Empty(await QueuedAsync(scenario));
    }

    [Fact]
    public async Task Send_IsRecordedInTheAuditLog_AsOneMessageWithItsCounts()
    {
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 2, capacity: 10);
        await AcceptAsync(scenario, 0, 1);

        await Messages(scenario).SendAsync(scenario.EventId, English(EveryoneComing), "key-1", Staff.Organiser);

        await using var db = await scenario.NewContextAsync();
        var entry = await db.AuditEntries.SingleAsync(e => e.Kind == nameof(GuestMessage));
        Assert.Equal((AuditAction.Added, "Parking at the venue"), (entry.Action, entry.Label));
        Assert.Contains(new AuditChange("RecipientCount", null, "2"), entry.Changes);
        Assert.False(await db.AuditEntries.AnyAsync(e => e.Kind == nameof(GuestMessageRecipient)));
    }
}
