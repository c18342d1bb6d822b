using System.Diagnostics;
using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static EventHub.Tests.Core.Outbox.OutboxFixtures;

namespace EventHub.Tests.Core.Outbox;

/// <summary>
/// Issue 17 §3: the SMTP server goes down for ten minutes in the middle of sending 500 invitations, then comes back on
/// the same port. The sender runs round after round as the background worker does (one round every
/// <see cref="SmtpOptions.PollSeconds"/>), on a fake clock, so ten minutes of outage take seconds; the server is really
/// stopped meanwhile (connection refused) and really receives every message.
/// </summary>
public class OutboxOutageTests(ITestOutputHelper output)
{
    private const int Invitations = 500;
    private static readonly TimeSpan Outage = TimeSpan.FromMinutes(10);

    [Fact]
    public async Task SendDueAsync_ServerDownTenMinutesDuringFiveHundredInvitations_DeliversEachExactlyOnceAfterwards()
    {
        using var smtp = new TestSmtpServer().Start();
        var options = smtp.Options();
        await using var database = await DatabaseAsync(options);
        var round = TimeSpan.FromSeconds(options.PollSeconds);
        var created = Now(database);
        var ids = await QueueAsync(database, Enumerable.Range(1, Invitations)
            .Select(i => Invitation($"partner{i:D3}@example.org", created, $"Uitnodiging: Alliantiedag ({i})")).ToArray());
        var clock = Stopwatch.StartNew();

        // Five rounds go out, then the server stops between two rounds.
        for (var i = 0; i < 5; i++)
        {
            await RoundAsync(database, round);
        }

        var beforeOutage = smtp.Received.Count;
        smtp.Stop();
        var down = Now(database);
        var failedAttempts = 0;
        while (Now(database) < down + Outage)
        {
            var result = await RoundAsync(database, round);
            Assert.Equal(0, result.Sent);
            failedAttempts += result.Failed;
        }

        var whileDown = await StateAsync(database);
        smtp.Start();
        var up = Now(database);
        var rounds = 0;
        while (await QueuedAsync(database) > 0)
        {
            Assert.True(++rounds < 200, "the outbox did not drain");
            await RoundAsync(database, round);
        }

        var drained = Now(database);
        var stored = await StateAsync(database);

        // Before the outage: five full batches. During: nothing sent, nothing lost, nothing given up on.
        Assert.Equal(5 * options.BatchSize, beforeOutage);
        Assert.Equal(Invitations - beforeOutage, whileDown.Count(m => m.Status == OutboxStatus.Queued));
        Assert.DoesNotContain(whileDown, m => m.Status == OutboxStatus.Failed);
        Assert.Contains(whileDown, m => m is { Status: OutboxStatus.Queued, Attempts: > 1 } && m.LastError!.Contains($"127.0.0.1:{smtp.Port}"));
        Assert.True(failedAttempts > Invitations - beforeOutage, $"only {failedAttempts} failed attempts were recorded");
        // Afterwards: every invitation arrived exactly once, by Message-ID and recipient.
        var received = smtp.Received.Select(m => (m.MessageId, To: m.To.Mailboxes.Single().Address)).ToList();
        Assert.Equal(Invitations, received.Count);
        Assert.Equal(
            (await MessageIdsAsync(database, ids)).Order(),
            received.Select(r => r.MessageId).Order());
        Assert.Equal(Invitations, received.Select(r => r.To).Distinct().Count());
        Assert.All(stored, m => Assert.Equal((OutboxStatus.Sent, (string?)null), (m.Status, m.LastError)));
        Assert.All(stored, m => Assert.Equal(m.ToAddress, received.Single(r => r.MessageId == MessageIdOf(m)).To));
        // Each failed attempt is on the record: the attempts counted are the sends plus every refusal.
        Assert.Equal(Invitations + failedAttempts, stored.Sum(m => m.Attempts));
        Assert.True(stored.Max(m => m.Attempts) <= options.MaxAttempts);
        output.WriteLine(
            $"{Invitations} invitations, batch {options.BatchSize}, a round every {round.TotalSeconds:0} s; server down {Outage.TotalMinutes:0} min: " +
            $"{failedAttempts} refused attempts, at most {stored.Max(m => m.Attempts)} attempts for one message; " +
            $"after the server came back the outbox drained in {rounds} rounds = {(drained - up).TotalMinutes:0.0} min (fake clock); " +
            $"last sent {(stored.Max(m => m.SentAtUtc)!.Value - created).TotalMinutes:0.0} min after queueing; wall time {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private static async Task<OutboxSendResult> RoundAsync(TestDatabase database, TimeSpan round)
    {
        var result = await Sender(database).SendDueAsync();
        database.Time.Advance(round);
        return result;
    }

    private static async Task<List<OutboxMessage>> StateAsync(TestDatabase database)
    {
        await using var db = await database.NewContextAsync();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    private static async Task<int> QueuedAsync(TestDatabase database)
    {
        await using var db = await database.NewContextAsync();
        return await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Queued);
    }
}
