using System.Text;
using EventHub.Core.Common;
using EventHub.Core.Data;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Core.Outbox.OutboxFixtures;

namespace EventHub.Tests.Core.Outbox;

public class OutboxQueriesTests
{
    [Fact]
    public async Task ListAsync_FilterAndSearch_ReturnsMatchesNewestFirstWithTheTotal()
    {
        await using var database = await DatabaseAsync();
        var now = Now(database);
        var failed = Invitation("jan@alfa-college.example", now.AddMinutes(-5));
        failed.MarkAttemptFailed("550 mailbox unavailable", now, maxAttempts: 1);
        await QueueAsync(database,
            Invitation("fatima@noorderpoort.example", now.AddMinutes(-10)),
            Invitation("fatima@groningen.example", now.AddMinutes(-1)),
            failed);
        var queries = database.Services.GetRequiredService<OutboxQueries>();

        var fatima = await queries.ListAsync(new OutboxListQuery(Recipient: "FATIMA@"));
        var onlyFailed = await queries.ListAsync(new OutboxListQuery(Status: OutboxStatus.Failed, Kind: "invitation"));
        var otherKind = await queries.ListAsync(new OutboxListQuery(Kind: "reminder"));
        var counts = await queries.CountsAsync();

        Assert.Equal(["fatima@groningen.example", "fatima@noorderpoort.example"], fatima.Items.Select(m => m.ToAddress));
        Assert.Equal(2, fatima.TotalCount);
        Assert.Equal("550 mailbox unavailable", Assert.Single(onlyFailed.Items).LastError);
        Assert.Empty(otherKind.Items);
        Assert.Equal(new OutboxCounts(2, 0, 1), counts);
    }

    [Fact]
    public async Task ListAsync_SearchByRecipient_IgnoresCaseAndAccents_InTheNameAndTheAddress_AlsoForMessagesFromBeforeTheKey()
    {
        await using var database = await DatabaseAsync();
        var now = Now(database);
        await QueueAsync(database,
            StoredEmails.Message("a.ozdemir@noorderpoort.example", "Ayşe Özdemir", "Uitnodiging", "<p>Beste Ayşe,</p>", "Beste Ayşe,", "invitation", now),
            StoredEmails.Message("jan@alfa-college.example", "Jan de Vries", "Uitnodiging", "<p>Beste Jan,</p>", "Beste Jan,", "invitation", now));
        var queries = database.Services.GetRequiredService<OutboxQueries>();
        async Task<string[]> Found(string search) =>
            (await queries.ListAsync(new OutboxListQuery(Recipient: search))).Items.Select(m => m.ToAddress).ToArray();

        Assert.Equal(["a.ozdemir@noorderpoort.example"], await Found("ayse ozdemir"));
        Assert.Equal(["a.ozdemir@noorderpoort.example"], await Found("  ÖZDEMIR "));
        Assert.Equal(["jan@alfa-college.example"], await Found("JAN@ALFA"));

        // Messages written before the key (migration OutboxSearchKey) are found once the start-up's key fill has run.
        await using (var db = await database.NewContextAsync())
        {
            await db.Database.ExecuteSqlRawAsync("""UPDATE "OutboxMessages" SET "SearchRecipient" = '';""");
        }

        Assert.Empty(await Found("ozdemir"));
        Assert.Equal(2, await SearchKeysUpgrade.RunAsync(database.DbFactory));
        Assert.Equal(["a.ozdemir@noorderpoort.example"], await Found("ozdemir"));
    }

    [Fact]
    public async Task RetryAsync_InvitationOfAWalkInWithoutAnEmailAddress_IsRefusedWithAReason_AndNeverSent()
    {
        using var smtp = new TestSmtpServer().Start();
        await using var database = await DatabaseAsync(smtp.Options());
        var ids = await QueueAsync(database,
            Invitation($"walkin-7@{OutboxMessage.NoEmailDomain}", Now(database)),
            Invitation($"walkin-8@{OutboxMessage.NoEmailDomain}", Now(database)));
        // One that an earlier version let an organiser put back in the queue.
        await using (var db = await database.NewContextAsync())
        {
            await db.OutboxMessages.Where(m => m.Id == ids[1])
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, OutboxStatus.Queued).SetProperty(m => m.LastError, (string?)null));
        }

        var retry = await database.Services.GetRequiredService<OutboxQueries>().RetryAsync(ids[0]);
        await Sender(database).SendDueAsync();

        Assert.Equal(OutboxErrors.NoEmail, retry.ErrorCode);
        Assert.Empty(smtp.Received);
        Assert.All(await Task.WhenAll(ids.Select(id => ReloadAsync(database, id))), m => Assert.Equal(
            (OutboxStatus.Failed, 0, "No email address: registered at the door without one."), (m.Status, m.Attempts, m.LastError)));
    }

    [Fact]
    public async Task GetAsync_ConfirmationWithItsQrCodeInside_ShowsTheImageInPlace()
    {
        await using var database = await DatabaseAsync();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        var id = (await QueueAsync(database, new EmailDraft(EventHub.Core.Common.Language.Nl)
            .Image("check-in-code", "QR-code", 180)
            .ToMessage("fatima@noorderpoort.example", null, "U komt", "answer", Now(database))
            .Embed("check-in-code", "aanmelden.png", "image/png", png)))[0];

        var detail = await database.Services.GetRequiredService<OutboxQueries>().GetAsync(id, TeamMember.InRoles("o", "Olga Bakker", Roles.Organiser));

        Assert.Contains($"src=\"data:image/png;base64,{Convert.ToBase64String(png)}\"", detail!.HtmlBody);
        Assert.DoesNotContain("cid:", detail.HtmlBody);
    }

    [Fact]
    public async Task GetAsync_MessageWithAttachment_ReturnsBodiesAndAttachmentNames()
    {
        await using var database = await DatabaseAsync();
        var id = (await QueueAsync(database, Invitation("fatima@noorderpoort.example", Now(database))
            .Attach("alliantiedag.ics", "text/calendar", Encoding.UTF8.GetBytes(Ics))))[0];
        var queries = database.Services.GetRequiredService<OutboxQueries>();

        var detail = await queries.GetAsync(id, TeamMember.InRoles("o", "Olga Bakker", Roles.Organiser));
        var attachment = await queries.GetAttachmentAsync(id, detail!.Attachments[0].Id);
        var ofAnotherMessage = await queries.GetAttachmentAsync(id + 1, detail.Attachments[0].Id);

        Assert.Contains("Geef antwoord", detail.HtmlBody);
        Assert.Contains("Geef antwoord", detail.TextBody);
        Assert.Equal("alliantiedag.ics", Assert.Single(detail.Attachments).FileName);
        Assert.Equal(Ics, Encoding.UTF8.GetString(attachment!.Content));
        Assert.Null(ofAnotherMessage);
    }

    [Fact]
    public async Task RetryAsync_QueuedMessage_RefusesBecauseItHasNotFailed()
    {
        await using var database = await DatabaseAsync();
        var id = (await QueueAsync(database, Invitation("fatima@noorderpoort.example", Now(database))))[0];
        var queries = database.Services.GetRequiredService<OutboxQueries>();

        var result = await queries.RetryAsync(id);
        var missing = await queries.RetryAsync(id + 100);

        Assert.Equal(OutboxErrors.NotFailed, result.ErrorCode);
        Assert.Equal(OutboxErrors.NotFound, missing.ErrorCode);
    }

    [Fact]
    public async Task ListAsync_FailedMessages_OffersRetryOnlyWhereItWouldWork_WithoutLoadingAnyBodies()
    {
        var columns = new SqlCommandLog();
        await using var database = await TestDatabase.CreateAsync(services => services.AddSingleton<IInterceptor>(columns));
        var now = Now(database);
        OutboxMessage Failed(string to, string textBody)
        {
            var message = StoredEmails.Message(to, null, "Uitnodiging: Alliantiedag", $"<p>{textBody}</p>", textBody, "invitation", now);
            message.MarkAttemptFailed("554 5.7.1 Message refused by policy", now, maxAttempts: 1);
            return message;
        }

        var rsvpLink = "https://eventhub.example/rsvp/" + new string('A', 43);
        await QueueAsync(database,
            Failed("jan@alfa-college.example", "Geef antwoord op de website."),
            Failed("fatima@noorderpoort.example", $"Geef antwoord: {rsvpLink}"),
            Failed($"contact-9@{OutboxMessage.ErasedDomain}", ""),
            Failed($"walkin-7@{OutboxMessage.NoEmailDomain}", "Welkom."),
            Invitation("sanne@groningen.example", now));
        var queries = database.Services.GetRequiredService<OutboxQueries>();

        columns.Clear();
        var list = await queries.ListAsync(new OutboxListQuery(PageSize: 100));
        var listed = Assert.Single(columns.Columns, c => c.Contains(nameof(OutboxMessage.ToAddress)));

        // Only a failed message with its link intact, to an address that can receive it, can be tried again: the same
        // answer as the message's own refusal, which the Retry button would get.
        var canRetry = list.Items.ToDictionary(m => m.ToAddress, m => m.CanRetry);
        Assert.Equal(["jan@alfa-college.example"], canRetry.Where(r => r.Value).Select(r => r.Key));
        foreach (var row in list.Items)
        {
            Assert.Equal((await ReloadAsync(database, row.Id)).RetryRefusal is null, row.CanRetry);
        }

        // Each refresh, filter and keystroke reads a page of rows: never the HTML and text of up to 100 emails.
        Assert.DoesNotContain(nameof(OutboxMessage.HtmlBody), listed);
        Assert.DoesNotContain(nameof(OutboxMessage.TextBody), listed);
    }
}
