using System.Net;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace EventHub.Core.Outbox;

/// <summary>
/// Opens the SMTP connection over a socket with Nagle's algorithm off (TCP_NODELAY). MailKit writes a message and then
/// its closing "." as separate writes and waits for the server's reply; with Nagle on, that last small write waits for
/// the server to acknowledge the body, and servers delay their acknowledgements (40 ms on Linux). Every message of more
/// than a few KB then takes about 45 ms however fast the server is — a send of 500 invitations or a morning's
/// confirmations queue behind it (docs/performance.md, "Email without Nagle's wait").
/// </summary>
internal static class SmtpConnection
{
    public static async Task ConnectAsync(SmtpClient client, string host, int port, SecureSocketOptions security, TimeSpan timeout, CancellationToken ct)
    {
        var socket = NewSocket();
        try
        {
            using (var connecting = CancellationTokenSource.CreateLinkedTokenSource(ct))
            {
                connecting.CancelAfter(timeout);
                try
                {
                    await socket.ConnectAsync(new DnsEndPoint(host, port), connecting.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    throw new TimeoutException($"No connection within {timeout.TotalSeconds:0} s.");
                }
            }

            // MailKit takes the socket over: the greeting, TLS (on connect or STARTTLS) for the host's name, and closing it.
            await client.ConnectAsync(socket, host, port, security, ct);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>A TCP socket with Nagle's algorithm off; dual-mode where the machine has IPv6 (the host may resolve to either family).</summary>
    internal static Socket NewSocket() => new(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
}
