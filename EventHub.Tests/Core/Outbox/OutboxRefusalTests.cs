using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Core.Outbox.OutboxFixtures;

namespace EventHub.Tests.Core.Outbox;

/// <summary>
/// A mail server that is up but says no to a message, against a real SMTP server on loopback: how often it is tried
/// again depends on what the server said, and attempts while it could not be reached never count.
/// </summary>
public class OutboxRefusalTests
{
    [Fact]
    public async Task SendDueAsync_ServerSaysTryLaterForTwoDays_KeepsTheInvitationAndItsLinkWaiting_AndOnlyThenFailsForGood()
    {
        // A greylisting or throttling relay answers 451 to 200 invitations sent at once: each must still arrive later.
        using var smtp = new RefusingSmtpServer(RefusingSmtpServer.Greylisted);
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, configure: Smtp(smtp.Options(maxAttempts: 6)));
        var sender = scenario.Services.GetRequiredService<OutboxSender>();
        var start = scenario.Time.GetUtcNow();

        // An hour of rounds: far more than MaxAttempts answers of "not now".
        while (scenario.Time.GetUtcNow() < start.AddHours(1))
        {
            await sender.SendDueAsync();
            scenario.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var afterAnHour = await StoredAsync(scenario);
        scenario.Time.Advance(TimeSpan.FromHours(46));
        await sender.SendDueAsync();
        var justUnderTwoDays = await StoredAsync(scenario);
        scenario.Time.Advance(TimeSpan.FromHours(1));
        await sender.SendDueAsync();
        var afterTwoDays = await StoredAsync(scenario);

        Assert.Equal((OutboxStatus.Queued, 0), (afterAnHour.Status, afterAnHour.Refusals));
        Assert.True(afterAnHour.Attempts > 6, $"only {afterAnHour.Attempts} attempts in an hour");
        Assert.NotNull(afterAnHour.ProtectedLinkTokens);
        Assert.Equal(RefusingSmtpServer.Greylisted, afterAnHour.LastError);
        Assert.Equal(OutboxStatus.Queued, justUnderTwoDays.Status);
        Assert.Equal((OutboxStatus.Failed, true), (afterTwoDays.Status, afterTwoDays.LinkWiped));
    }

    [Fact]
    public async Task SendDueAsync_RefusedOnceAfterAnHourLongOutage_StaysQueued_BecauseOutageAttemptsNeverCount()
    {
        using var smtp = new RefusingSmtpServer(RefusingSmtpServer.PolicyRefusal);
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

    [Fact]
    public async Task SendDueAsync_ServerDoesNotKnowTheRecipient_FailsAtOnce_WithTheServersReasonOnTheOutboxPage()
    {
        using var smtp = new RefusingSmtpServer("550 5.1.1 <fatima@noorderpoort.example>: Recipient address rejected: User unknown");
        await using var database = await DatabaseAsync(smtp.Options(maxAttempts: 6));
        var id = (await QueueAsync(database, Invitation("fatima@noorderpoort.example", Now(database))))[0];

        var first = await Sender(database).SendDueAsync();
        database.Time.Advance(TimeSpan.FromHours(1));
        var later = await Sender(database).SendDueAsync();

        Assert.Equal((new OutboxSendResult(0, 1), OutboxSendResult.Nothing), (first, later));
        var row = Assert.Single((await database.Services.GetRequiredService<OutboxQueries>().ListAsync(new OutboxListQuery())).Items);
        Assert.Equal((id, OutboxStatus.Failed, 1), (row.Id, row.Status, row.Attempts));
        Assert.StartsWith("550 ", row.LastError);
        Assert.Contains("User unknown", row.LastError);
    }

    [Theory]
    [InlineData("550 5.7.1 Relaying denied")]
    [InlineData("550 5.7.606 Access denied, banned sending IP [192.0.2.1]")]
    public async Task SendDueAsync_A550ThatIsThePolicysRefusal_KeepsItsRetries_AndItsLink(string reply)
    {
        // The address is right; the relay or the recipient's provider refuses the sender. Nothing for the organiser to correct.
        using var smtp = new RefusingSmtpServer(reply);
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, configure: Smtp(smtp.Options(maxAttempts: 6)));

        await scenario.Services.GetRequiredService<OutboxSender>().SendDueAsync();

        var stored = await StoredAsync(scenario);
        Assert.Equal((OutboxStatus.Queued, 1), (stored.Status, stored.Refusals));
        Assert.NotNull(stored.ProtectedLinkTokens);
    }

    [Fact]
    public async Task SendDueAsync_ToldToTryLater_ThenTwoDaysOfOutage_ThenTryLaterAgain_StaysQueued_BecauseTheOutageNeverCounts()
    {
        using var smtp = new RefusingSmtpServer(RefusingSmtpServer.Greylisted);
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, configure: Smtp(smtp.Options(maxAttempts: 6)));
        var sender = scenario.Services.GetRequiredService<OutboxSender>();
        await sender.SendDueAsync();
        await using (var db = await scenario.NewContextAsync())
        {
            // Two days in which the mail server could not be reached.
            var message = await db.OutboxMessages.SingleAsync();
            for (var hour = 0; hour < 48; hour++)
            {
                scenario.Time.Advance(TimeSpan.FromHours(1));
                message.MarkServerUnreachable("SMTP 127.0.0.1: Connection refused", scenario.Time.GetUtcNow().UtcDateTime);
            }

            await db.SaveChangesAsync();
        }

        scenario.Time.Advance(OutboxMessage.MaxPause);
        await sender.SendDueAsync();

        var stored = await StoredAsync(scenario);
        Assert.Equal((OutboxStatus.Queued, RefusingSmtpServer.Greylisted), (stored.Status, stored.LastError));
        Assert.NotNull(stored.ProtectedLinkTokens);
    }

    private static async Task<OutboxMessage> StoredAsync(InvitationScenario scenario)
    {
        await using var db = await scenario.NewContextAsync();
        return await db.OutboxMessages.AsNoTracking().SingleAsync();
    }
}
