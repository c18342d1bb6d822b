using MailKit.Net.Smtp;

namespace EventHub.Core.Outbox;

/// <summary>What a failed send says about the message, and so how the outbox goes on with it.</summary>
internal enum SendFailure
{
    /// <summary>The connection broke (the server went away, a timeout): nothing is wrong with the message.</summary>
    ServerUnreachable,

    /// <summary>The server said "not now" (4xx, RFC 5321 §4.2.1: a transient failure): tried again for days.</summary>
    TryLater,

    /// <summary>The server said no (5xx), or the message could not be made: counts towards giving up.</summary>
    Refused,
}

internal static class SendFailures
{
    public static SendFailure Of(Exception error, bool stillConnected) => error switch
    {
        _ when !stillConnected => SendFailure.ServerUnreachable,
        SmtpCommandException { StatusCode: var code } when (int)code is >= 400 and < 500 => SendFailure.TryLater,
        _ => SendFailure.Refused,
    };

    /// <summary>The server's reply with its code ("451 4.7.1 Greylisted"), for the log and the Outbox page; else the error's message.</summary>
    public static string Describe(Exception error) =>
        error is SmtpCommandException command ? $"{(int)command.StatusCode} {command.Message}" : error.Message;
}
