using System.Text;
using EventHub.Core.Directory;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static EventHub.Tests.Core.Outbox.OutboxFixtures;

namespace EventHub.Tests.Core.Outbox;

/// <summary>The outbox sender against a real SMTP server on loopback.</summary>
public class OutboxSenderTests
{
    [Fact]
    public async Task SendDueAsync_QueuedMessage_ArrivesWithSubjectRecipientBothBodiesAndTheIcs()
    {
        using var smtp = new TestSmtpServer().Start();
        await using var database = await DatabaseAsync(smtp.Options());
        var message = Invitation("fatima@noorderpoort.example", Now(database))
            .Attach("alliantiedag.ics", "text/calendar; charset=utf-8; method=PUBLISH", Encoding.UTF8.GetBytes(Ics));
        var id = (await QueueAsync(database, message))[0];

        var result = await Sender(database).SendDueAsync();

        Assert.Equal(new OutboxSendResult(1, 0), result);
        var received = Assert.Single(smtp.Received);
        Assert.Equal("Uitnodiging: Alliantiedag gelijke kansen", received.Subject);
        Assert.Equal("fatima@noorderpoort.example", Assert.Single(received.To.Mailboxes).Address);
        Assert.Equal("eventhub@gemeente.example", Assert.Single(received.From.Mailboxes).Address);
        Assert.Equal(MessageIdOf(await ReloadAsync(database, id)), received.MessageId);
        Assert.Contains("Geef antwoord: https://eventhub.example/rsvp/abc", received.TextBody);
        Assert.Contains("<a href=\"https://eventhub.example/rsvp/abc\">Geef antwoord</a>", received.HtmlBody);
        var ics = Assert.IsAssignableFrom<MimePart>(Assert.Single(received.Attachments));
        Assert.Equal("alliantiedag.ics", ics.FileName);
        Assert.Equal("text/calendar", ics.ContentType.MimeType);
        using var content = new MemoryStream();
        await ics.Content!.DecodeToAsync(content);
        Assert.Equal(Ics, Encoding.UTF8.GetString(content.ToArray()));
        var stored = await ReloadAsync(database, id);
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Equal(Now(database), stored.SentAtUtc);
        Assert.Equal(1, stored.Attempts);
    }

    [Fact]
    public async Task SendDueAsync_TwoInstallationsSendTheirFirstMessage_EachHasItsOwnMessageIdAtTheSendersDomain()
    {
        // Both databases number their first message 1 (as does a restored backup): Gmail drops a message whose Message-ID it already has.
        using var smtp = new TestSmtpServer().Start();
        await using var one = await DatabaseAsync(smtp.Options());
        await using var two = await DatabaseAsync(smtp.Options());
        await QueueAsync(one, Invitation("fatima@noorderpoort.example", Now(one), "Uitnodiging: Alliantiedag"));
        await QueueAsync(two, Invitation("fatima@noorderpoort.example", Now(two), "Uitnodiging: Jongerendialoog"));

        await Sender(one).SendDueAsync();
        await Sender(two).SendDueAsync();

        var ids = smtp.Received.Select(m => m.MessageId).ToList();
        Assert.Equal(2, ids.Distinct().Count());
        Assert.All(ids, id => Assert.EndsWith("@gemeente.example", id));
    }

    [Fact]
    public async Task SendDueAsync_ServerDownThenUp_RetriesAfterBackOffAndSendsEachMessageOnce()
    {
        using var smtp = new TestSmtpServer();
        await using var database = await DatabaseAsync(smtp.Options());
        var ids = await QueueAsync(database,
            Invitation("fatima@noorderpoort.example", Now(database)),
            Invitation("jan@alfa-college.example", Now(database)),
            Invitation("sanne@groningen.example", Now(database)));

        var down = await Sender(database).SendDueAsync();

        Assert.Equal(new OutboxSendResult(0, 3), down);
        foreach (var id in ids)
        {
            var stored = await ReloadAsync(database, id);
            Assert.Equal(OutboxStatus.Queued, stored.Status);
            Assert.Equal(1, stored.Attempts);
            Assert.Contains($"127.0.0.1:{smtp.Port}", stored.LastError);
            Assert.True(stored.NextAttemptAtUtc > Now(database));
        }

        // Up again, but the back-off has not passed: nothing is due yet.
        smtp.Start();
        Assert.Equal(OutboxSendResult.Nothing, await Sender(database).SendDueAsync());
        Assert.Empty(smtp.Received);

        database.Time.Advance(TimeSpan.FromSeconds(31));
        var up = await Sender(database).SendDueAsync();
        var again = await Sender(database).SendDueAsync();

        Assert.Equal(new OutboxSendResult(3, 0), up);
        Assert.Equal(OutboxSendResult.Nothing, again);
        Assert.Equal(
            (await MessageIdsAsync(database, ids)).Order(),
            smtp.Received.Select(m => m.MessageId).Order());
        foreach (var id in ids)
        {
            var stored = await ReloadAsync(database, id);
            Assert.Equal(OutboxStatus.Sent, stored.Status);
            Assert.Equal(2, stored.Attempts);
            Assert.Null(stored.LastError);
        }
    }

    [Fact]
    public async Task SendDueAsync_ServerStoppedMidway_KeepsLaterMessagesQueuedUntilItIsBack()
    {
        using var smtp = new TestSmtpServer().Start();
        await using var database = await DatabaseAsync(smtp.Options());
        var first = (await QueueAsync(database, Invitation("fatima@noorderpoort.example", Now(database))))[0];
        await Sender(database).SendDueAsync();
        smtp.Stop();
        database.Time.Advance(TimeSpan.FromMinutes(1));
        var second = (await QueueAsync(database, Invitation("jan@alfa-college.example", Now(database))))[0];

        var whileDown = await Sender(database).SendDueAsync();
        smtp.Start();
        database.Time.Advance(TimeSpan.FromMinutes(1));
        var afterRestart = await Sender(database).SendDueAsync();

        Assert.Equal(new OutboxSendResult(0, 1), whileDown);
        Assert.Equal(new OutboxSendResult(1, 0), afterRestart);
        Assert.Equal((await MessageIdsAsync(database, first, second)).Order(), smtp.Received.Select(m => m.MessageId).Order());
    }

    [Fact]
    public async Task SendDueAsync_ServerRefusesTheMessageMaxAttemptsTimes_MarksFailedAndRetryQueuesItAgain()
    {
        using var smtp = new RefusingSmtpServer(RefusingSmtpServer.PolicyRefusal);
        await using var database = await DatabaseAsync(smtp.Options(maxAttempts: 3));
        var id = (await QueueAsync(database, Invitation("fatima@noorderpoort.example", Now(database))))[0];

        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(new OutboxSendResult(0, 1), await Sender(database).SendDueAsync());
            database.Time.Advance(TimeSpan.FromMinutes(10));
        }

        var failed = await ReloadAsync(database, id);
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(3, failed.Attempts);
        Assert.Contains("refused by policy", failed.LastError);
        Assert.Equal(OutboxSendResult.Nothing, await Sender(database).SendDueAsync());

        var retry = await database.Services.GetRequiredService<OutboxQueries>().RetryAsync(id);
        var queued = await ReloadAsync(database, id);
        var again = await Sender(database).SendDueAsync();

        Assert.True(retry.Succeeded);
        Assert.Equal((OutboxStatus.Queued, 0), (queued.Status, queued.Attempts));
        Assert.Equal(new OutboxSendResult(0, 1), again);
        Assert.Equal((OutboxStatus.Queued, 1), ((await ReloadAsync(database, id)).Status, (await ReloadAsync(database, id)).Attempts));
    }

    [Fact]
    public async Task SendDueAsync_ServerDownForAnHour_NeverGivesUp_WaitsAtMostTenMinutes_AndSendsOnceItIsBack()
    {
        // Could not connect is not the message's fault: it does not count towards MaxAttempts, however long the outage.
        using var smtp = new TestSmtpServer();
        await using var database = await DatabaseAsync(smtp.Options(maxAttempts: 3));
        var id = (await QueueAsync(database, Invitation("fatima@noorderpoort.example", Now(database))))[0];
        var down = Now(database);
        var pauses = new List<TimeSpan>();

        while (Now(database) < down + TimeSpan.FromHours(1))
        {
            if ((await Sender(database).SendDueAsync()).Failed == 1)
            {
                var waiting = await ReloadAsync(database, id);
                Assert.Equal(OutboxStatus.Queued, waiting.Status);
                pauses.Add(waiting.NextAttemptAtUtc - Now(database));
            }

            database.Time.Advance(TimeSpan.FromSeconds(10));
        }

        smtp.Start();
        database.Time.Advance(OutboxMessage.MaxPause);
        var back = await Sender(database).SendDueAsync();

        Assert.Equal(
            [30, 60, 120, 240, 480, 600, 600, 600],
            pauses.Take(8).Select(p => (int)p.TotalSeconds));
        Assert.All(pauses, p => Assert.True(p <= OutboxMessage.MaxPause));
        Assert.Equal(new OutboxSendResult(1, 0), back);
        var sent = await ReloadAsync(database, id);
        Assert.Equal((OutboxStatus.Sent, pauses.Count + 1), (sent.Status, sent.Attempts));
        Assert.Equal(MessageIdOf(sent), Assert.Single(smtp.Received).MessageId);
    }

    [Fact]
    public async Task SendDueAsync_MessageQueuedToAnErasedPersonsAddress_IsNeverTried_AndFailsForGood()
    {
        using var smtp = new TestSmtpServer().Start();
        await using var database = await DatabaseAsync(smtp.Options());
        var ids = await QueueAsync(database, Invitation("fatima@noorderpoort.example", Now(database)), Invitation("jan@alfa-college.example", Now(database)));
        // Queued after the person was erased (as the action reminders did), so the erasure's scrub never saw it.
        await using (var db = await database.NewContextAsync())
        {
            await db.OutboxMessages.Where(m => m.Id == ids[0]).ExecuteUpdateAsync(set => set.SetProperty(m => m.ToAddress, Contact.AnonymisedEmail(5)));
        }

        var first = await Sender(database).SendDueAsync();
        database.Time.Advance(TimeSpan.FromHours(1));
        var later = await Sender(database).SendDueAsync();

        Assert.Equal((new OutboxSendResult(1, 1), OutboxSendResult.Nothing), (first, later));
        Assert.Equal("jan@alfa-college.example", Assert.Single(Assert.Single(smtp.Received).To.Mailboxes).Address);
        var erased = await ReloadAsync(database, ids[0]);
        Assert.Equal((OutboxStatus.Failed, 0, "Recipient erased.", (string?)null), (erased.Status, erased.Attempts, erased.LastError, erased.ProtectedLinkTokens));
    }

    [Fact]
    public async Task SendDueAsync_NewMessageToAnErasedPersonsAddress_IsStoredAsFailed_AndNeverTried()
    {
        using var smtp = new TestSmtpServer().Start();
        await using var database = await DatabaseAsync(smtp.Options());

        var id = (await QueueAsync(database, Invitation(Contact.AnonymisedEmail(5), Now(database))))[0];
        var result = await Sender(database).SendDueAsync();

        Assert.Equal(OutboxSendResult.Nothing, result);
        Assert.Empty(smtp.Received);
        var stored = await ReloadAsync(database, id);
        Assert.Equal((OutboxStatus.Failed, "Recipient erased."), (stored.Status, stored.LastError));
    }

    [Fact]
    public async Task SendDueAsync_SmtpNotConfigured_SendsNothingAndChangesNothing()
    {
        using var smtp = new TestSmtpServer().Start();
        await using var database = await DatabaseAsync();
        var id = (await QueueAsync(database, Invitation("fatima@noorderpoort.example", Now(database))))[0];
        var before = await ReloadAsync(database, id);

        var result = await Sender(database).SendDueAsync();

        Assert.Equal(OutboxSendResult.Nothing, result);
        Assert.Empty(smtp.Received);
        var after = await ReloadAsync(database, id);
        Assert.Equal((OutboxStatus.Queued, 0, before.NextAttemptAtUtc, (string?)null), (after.Status, after.Attempts, after.NextAttemptAtUtc, after.LastError));
    }

    [Fact]
    public async Task SendDueAsync_MoreThanOneBatch_SendsOldestFirstAndTheRestNextRound()
    {
        using var smtp = new TestSmtpServer().Start();
        await using var database = await DatabaseAsync(smtp.Options(batchSize: 2));
        var start = Now(database);
        var ids = await QueueAsync(database,
            Invitation("c@example.org", start.AddMinutes(-1), "Derde"),
            Invitation("a@example.org", start.AddMinutes(-3), "Eerste"),
            Invitation("b@example.org", start.AddMinutes(-2), "Tweede"));

        var first = await Sender(database).SendDueAsync();
        var afterFirstRound = smtp.Received.Select(m => m.Subject).Order().ToList();
        var second = await Sender(database).SendDueAsync();

        Assert.Equal((2, 1), (first.Sent, second.Sent));
        Assert.Equal(["Eerste", "Tweede"], afterFirstRound);
        Assert.Equal(3, smtp.Received.Count);
        Assert.Equal((await MessageIdsAsync(database, ids)).Order(), smtp.Received.Select(m => m.MessageId).Order());
    }

    [Fact]
    public async Task SendDueAsync_ServerSoSlowTheLeaseRunsLow_HandsTheRestBackUntriedInsteadOfSendingPastTheLease()
    {
        // Every message takes the server a minute (on the fake clock) before it says 250: a five-minute lease covers
        // only the first few of a batch of ten. Sending the rest anyway would race another instance that claims them.
        using var smtp = new TestSmtpServer().Start();
        await using var database = await DatabaseAsync(smtp.Options(batchSize: 10));
        smtp.OnReceived(() => database.Time.Advance(TimeSpan.FromMinutes(1)));
        var ids = await QueueAsync(database, Enumerable.Range(1, 10)
            .Select(i => Invitation($"partner{i}@example.org", Now(database).AddSeconds(i - 10))).ToArray());

        var slow = await Sender(database).SendDueAsync();

        // Started at 0, 1, 2 and 3 minutes; at 4 minutes less than the margin of the lease is left.
        var room = OutboxSender.Lease - OutboxSender.LeaseMargin;
        var started = (int)room.TotalMinutes + 1;
        Assert.Equal(new OutboxSendResult(started, 0, 10 - started), slow);
        Assert.Equal((await MessageIdsAsync(database, [.. ids.Take(started)])).Order(), smtp.Received.Select(m => m.MessageId).Order());
        foreach (var id in ids.Skip(started))
        {
            var handedBack = await ReloadAsync(database, id);
            Assert.Equal((OutboxStatus.Queued, 0, Now(database)), (handedBack.Status, handedBack.Attempts, handedBack.NextAttemptAtUtc));
        }

        smtp.OnReceived(() => { });
        var next = await Sender(database).SendDueAsync();

        Assert.Equal(new OutboxSendResult(10 - started, 0), next);
        Assert.Equal((await MessageIdsAsync(database, ids)).Order(), smtp.Received.Select(m => m.MessageId).Order());
    }

    [Fact]
    public async Task SendDueAsync_DatabaseBusyJustAfterTheServerTookTheMessage_StillWritesItDownAsSent_AndNeverSendsItTwice()
    {
        using var smtp = new TestSmtpServer().Start();
        var busy = new BusyDatabase();
        await using var database = await TestDatabase.CreateAsync(services => services
            .AddSingleton<Microsoft.Extensions.Options.IOptions<SmtpOptions>>(Microsoft.Extensions.Options.Options.Create(smtp.Options()))
            .AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(busy)
            .AddSingleton(new EventHub.Core.Data.DatabaseOptions { WriteAttempts = 1 }));
        var id = (await QueueAsync(database, Invitation("fatima@noorderpoort.example", Now(database))))[0];
        // While the server takes the message, another writer gets hold of the database: the "sent" write meets it twice,
        // more than a write's own attempts.
        smtp.OnReceived(() => busy.BusyFor(2));

        var first = await Sender(database).SendDueAsync();
        smtp.OnReceived(() => { });
        database.Time.Advance(OutboxSender.Lease + TimeSpan.FromMinutes(1));
        var afterTheLease = await Sender(database).SendDueAsync();

        Assert.Equal(new OutboxSendResult(1, 0), first);
        Assert.Equal(OutboxSendResult.Nothing, afterTheLease);
        Assert.Equal(MessageIdOf(await ReloadAsync(database, id)), Assert.Single(smtp.Received).MessageId);
        var stored = await ReloadAsync(database, id);
        Assert.Equal((OutboxStatus.Sent, 1), (stored.Status, stored.Attempts));
    }
}
