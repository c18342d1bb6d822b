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

    /// <summary>The recipient's mailbox does not exist or is not allowed (550, 551, 553 or 5.1.x to RCPT): trying again cannot help.</summary>
    RecipientRejected,
}

internal static class SendFailures
{
    public static SendFailure Of(Exception error, bool stillConnected) => error switch
    {
        _ when !stillConnected => SendFailure.ServerUnreachable,
        SmtpCommandException { StatusCode: var code } when (int)code is >= 400 and < 500 => SendFailure.TryLater,
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted } command when RejectsTheAddress(command) => SendFailure.RecipientRejected,
        _ => SendFailure.Refused,
    };

    /// <summary>
    /// A refused recipient whose address itself is wrong: the extended code says so (RFC 3463 5.1.x "addressing status"),
    /// or, from a server that gives none, 550 mailbox unavailable, 551 not local or 553 name not allowed. A 550 with
    /// another extended code is a policy's refusal (5.7.1 relaying denied, 5.7.606 a banned sending address) and, like a
    /// 554 or a full quota, keeps its few retries: the address is right, and the organiser has nothing to correct.
    /// </summary>
    private static bool RejectsTheAddress(SmtpCommandException command)
    {
        var reply = command.Message.TrimStart();
        var extended = reply.Length > 1 && reply[0] is '2' or '4' or '5' && reply[1] == '.';
        return extended
            ? reply.StartsWith("5.1.", StringComparison.Ordinal)
            : command.StatusCode is SmtpStatusCode.MailboxUnavailable or SmtpStatusCode.UserNotLocalTryAlternatePath or SmtpStatusCode.MailboxNameNotAllowed;
    }

    /// <summary>The server's reply with its code ("451 4.7.1 Greylisted"), for the log and the Outbox page; else the error's message.</summary>
    public static string Describe(Exception error) =>
        error is SmtpCommandException command ? $"{(int)command.StatusCode} {command.Message}" : error.Message;
}
