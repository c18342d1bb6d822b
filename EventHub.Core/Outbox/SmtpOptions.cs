using System.Diagnostics.CodeAnalysis;
using MailKit.Security;

namespace EventHub.Core.Outbox;

/// <summary>
/// The <c>EventHub:Smtp</c> configuration section. Without a <see cref="Host"/> nothing is sent: messages stay
/// queued and can be read on the Outbox page (the Development default).
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "EventHub:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>StartTls by default, so a misconfigured server fails loudly instead of sending in clear text.</summary>
    public SecureSocketOptions SecureSocketOptions { get; set; } = SecureSocketOptions.StartTls;

    public string? UserName { get; set; }

    /// <summary>Never logged or shown.</summary>
    public string? Password { get; set; }

    public string? FromAddress { get; set; }

    public string FromName { get; set; } = "EventHub";

    /// <summary>
    /// After the server refused a message this many times it stays Failed until an organiser retries it. Attempts while
    /// the server cannot be reached do not count.
    /// </summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>
    /// How long a message the server keeps answering "try again later" (4xx: greylisting, throttling) is tried again
    /// before it fails for good: two days by default, as mail servers keep such mail. These answers do not count towards
    /// <see cref="MaxAttempts"/>.
    /// </summary>
    public int TemporaryRefusalHours { get; set; } = 48;

    /// <summary>Messages sent over one connection per round.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>Seconds between two rounds of the background sender.</summary>
    public int PollSeconds { get; set; } = 10;

    /// <summary>Tests turn the background sender off and call <see cref="OutboxSender"/> themselves.</summary>
    public bool WorkerEnabled { get; set; } = true;

    [MemberNotNullWhen(true, nameof(Host))]
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    /// <summary>Host and port for log lines; the credentials stay out.</summary>
    public string Describe() => $"{Host}:{Port}";
}
