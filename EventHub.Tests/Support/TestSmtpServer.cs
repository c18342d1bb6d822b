using System.Net;
using System.Net.Sockets;
using System.Text;
using EventHub.Core.Outbox;
using MimeKit;
using netDumbster.smtp;

namespace EventHub.Tests.Support;

/// <summary>
/// A real SMTP server (netDumbster) in this process on a free loopback port. The port is chosen up front, so a
/// test can point the sender at it while the server is still down and start it later.
/// </summary>
public sealed class TestSmtpServer : IDisposable
{
    private readonly List<MimeMessage> _receivedBeforeStop = [];
    private SimpleSmtpServer? _server;
    private Action? _onReceived;

    /// <summary>The sender's address in <see cref="Options"/>: Message-IDs are at its domain.</summary>
    public const string FromAddress = "eventhub@gemeente.example";

    public int Port { get; } = FreePort();

    public bool IsRunning => _server is not null;

    /// <summary>Options that point the outbox sender at this server (no TLS, no login).</summary>
    public SmtpOptions Options(int maxAttempts = 6, int batchSize = 20) => new()
    {
        Host = "127.0.0.1",
        Port = Port,
        SecureSocketOptions = MailKit.Security.SecureSocketOptions.None,
        FromAddress = FromAddress,
        FromName = "EventHub Groningen",
        MaxAttempts = maxAttempts,
        BatchSize = batchSize,
    };

    public TestSmtpServer Start()
    {
        if (_server is null)
        {
            _server = SimpleSmtpServer.Start(Port);
            // Raised before the server answers 250 to the message's data: the client is still waiting meanwhile.
            _server.MessageReceived += (_, _) => _onReceived?.Invoke();
        }

        return this;
    }

    /// <summary>Runs <paramref name="action"/> for every message, before the server acknowledges it (e.g. to make it slow on a fake clock).</summary>
    public TestSmtpServer OnReceived(Action action)
    {
        _onReceived = action;
        return this;
    }

    public void Stop()
    {
        _receivedBeforeStop.AddRange(ReceivedByCurrentServer());
        _server?.Stop();
        _server?.Dispose();
        _server = null;
    }

    /// <summary>Every message received so far (also before a restart), parsed back from the raw SMTP data; in no particular order.</summary>
    public IReadOnlyList<MimeMessage> Received => [.. _receivedBeforeStop, .. ReceivedByCurrentServer()];

    public void Dispose() => Stop();

    private IEnumerable<MimeMessage> ReceivedByCurrentServer() =>
        _server?.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data)))).ToList() ?? [];

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
