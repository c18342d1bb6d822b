using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static EventHub.Tests.Core.Outbox.OutboxFixtures;

namespace EventHub.Tests.Core.Outbox;

/// <summary>
/// A mail server that is up but says no to a message, against a real SMTP server on loopback: how often it is tried
/// again depends on what the server said, and attempts while it could not be reached never count.
/// </summary>
public class OutboxRefusalTests
{
    private const string PolicyRefusal = "554 5.7.1 Message refused by policy";

    [Fact]
    public async Task SendDueAsync_RefusedOnceAfterAnHourLongOutage_StaysQueued_BecauseOutageAttemptsNeverCount()
    {
        using var smtp = new RefusingSmtpServer(PolicyRefusal);
        await using var database = await DatabaseAsync(smtp.Options(maxAttempts: 6));
        var id = (await QueueAsync(database, Invitation("fatima@noorderpoort.example", Now(database))))[0];
        // An hour in which the server could not be reached: seven attempts, none of them the message's fault.
        await using (var db = await database.NewContextAsync())
        {
            var message = await db.OutboxMessages.SingleAsync(m => m.Id == id);
            for (var i = 0; i < 7; i++)
            {
                message.MarkServerUnreachable("SMTP 127.0.0.1: Connection refused", Now(database));
            }

            await db.SaveChangesAsync();
        }

        database.Time.Advance(OutboxMessage.MaxPause + TimeSpan.FromMinutes(1));
        await Sender(database).SendDueAsync();

        var stored = await ReloadAsync(database, id);
        Assert.Equal((OutboxStatus.Queued, 8, 1), (stored.Status, stored.Attempts, stored.Refusals));
        Assert.Contains("refused by policy", stored.LastError);
    }
}
