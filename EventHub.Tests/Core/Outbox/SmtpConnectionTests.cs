using EventHub.Core.Outbox;
using EventHub.Tests.Support;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace EventHub.Tests.Core.Outbox;

/// <summary>The outbox's SMTP connection: Nagle's algorithm off, so a message does not wait for the server's delayed acknowledgement.</summary>
public class SmtpConnectionTests
{
    [Fact]
    public void NewSocket_HasNaglesAlgorithmOff()
    {
        using var socket = SmtpConnection.NewSocket();

        Assert.True(socket.NoDelay);
    }

    [Fact]
    public async Task ConnectAsync_ARealServer_TheClientSpeaksSmtpOverIt()
    {
        using var smtp = new TestSmtpServer().Start();
        using var client = new SmtpClient();

        await SmtpConnection.ConnectAsync(client, "127.0.0.1", smtp.Port, SecureSocketOptions.None, TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.True(client.IsConnected);
        await client.NoOpAsync();
        await client.DisconnectAsync(quit: true);
    }

    [Fact]
    public async Task ConnectAsync_NothingListening_FailsAndLeavesTheClientClosed()
    {
        var down = new TestSmtpServer(); // its port chosen, the server not started
        using var client = new SmtpClient();

        await Assert.ThrowsAsync<System.Net.Sockets.SocketException>(
            () => SmtpConnection.ConnectAsync(client, "127.0.0.1", down.Port, SecureSocketOptions.None, TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.False(client.IsConnected);
    }
}
