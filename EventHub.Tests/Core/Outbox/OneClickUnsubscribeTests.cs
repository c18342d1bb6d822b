using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static EventHub.Tests.Core.Outbox.OutboxFixtures;

namespace EventHub.Tests.Core.Outbox;

/// <summary>
/// A partner's mail program offers its own "Unsubscribe" beside the sender (RFC 8058 one-click): the header carries the
/// email's "stop inviting me" link, so that button stops the invitations rather than leaving "Report spam" as the way out.
/// </summary>
public class OneClickUnsubscribeTests
{
    [Fact]
    public async Task AnInvitationAsReceived_OffersItsOwnStopLink_ForOneClickUnsubscribe()
    {
        using var smtp = new TestSmtpServer().Start();
        await using var scenario = await InvitationScenario.CreateAsync(invitees: 1, capacity: 10, configure: Smtp(smtp.Options()));

        Assert.Equal(new OutboxSendResult(1, 0), await scenario.Services.GetRequiredService<OutboxSender>().SendDueAsync());

        var received = Assert.Single(smtp.Received);
        var text = received.TextBody!;
        var stopToken = InvitationScenario.StopTokenIn(text);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", stopToken);
        var stopLink = scenario.Services.GetRequiredService<SiteLinks>().Root + $"stop/{stopToken}";
        Assert.Contains(stopLink, text); // the same link as the footer's
        Assert.Equal($"<{stopLink}/one-click>", received.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", received.Headers["List-Unsubscribe-Post"]);
    }

    [Fact]
    public async Task AnEmailWithoutAStopLink_OffersNoUnsubscribe()
    {
        using var smtp = new TestSmtpServer().Start();
        await using var database = await DatabaseAsync(smtp.Options());
        await QueueAsync(database, Invitation("fatima@noorderpoort.example", Now(database))); // its only link is an RSVP link

        await Sender(database).SendDueAsync();

        var received = Assert.Single(smtp.Received);
        Assert.Null(received.Headers["List-Unsubscribe"]);
        Assert.Null(received.Headers["List-Unsubscribe-Post"]);
    }
}
