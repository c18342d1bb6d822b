using System.Net;
using System.Net.Sockets;
using System.Text;
using EventHub.Core.Outbox;

namespace EventHub.Tests.Support;

/// <summary>
/// An SMTP server on a loopback port that is up and talks, but answers every recipient with one refusal (by default
/// <c>550</c>, an unknown mailbox; or a <c>4xx</c> "try again later", as greylisting does), keeping the connection open:
/// each message is refused on its own, not because the server cannot be reached.
/// </summary>
public sealed class RefusingSmtpServer : IDisposable
{
    public const string Refusal = "550 5.1.1 Mailbox unavailable";

    /// <summary>A permanent refusal that is not about the address: retried a few times (<see cref="SmtpOptions.MaxAttempts"/>).</summary>
    public const string PolicyRefusal = "554 5.7.1 Message refused by policy";

    /// <summary>A greylisting server's answer to a sender it has not seen before.</summary>
    public const string Greylisted = "451 4.7.1 Greylisted, please try again later";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly string _refusal;

    public RefusingSmtpServer(string refusal = Refusal)
    {
        _refusal = refusal;
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public SmtpOptions Options(int maxAttempts = 6) => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        SecureSocketOptions = MailKit.Security.SecureSocketOptions.None,
        FromAddress = "eventhub@gemeente.example",
        MaxAttempts = maxAttempts,
    };

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                _ = ServeAsync(await _listener.AcceptTcpClientAsync(_stop.Token));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped.
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII);
                await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 refusing.example ESMTP");
                while (await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    var command = line.Split(' ')[0].ToUpperInvariant();
                    await writer.WriteLineAsync(command switch
                    {
                        "EHLO" or "HELO" => "250 refusing.example",
                        "MAIL" or "RSET" or "NOOP" => "250 OK",
                        "RCPT" => _refusal,
                        "QUIT" => "221 Bye",
                        _ => "503 Bad sequence of commands",
                    });
                    if (command == "QUIT")
                    {
                        return;
                    }
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client or the test went away.
            }
        }
    }
}
