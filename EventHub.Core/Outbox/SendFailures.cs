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
    /// A refused recipient whose address itself is wrong (RFC 3463 5.1.x "addressing status"; 550 mailbox unavailable,
    /// 551 not local, 553 name not allowed). Other permanent refusals (a policy's 554 5.7.1, a full quota) keep their few retries.
    /// </summary>
    private static bool RejectsTheAddress(SmtpCommandException command) =>
        command.StatusCode is SmtpStatusCode.MailboxUnavailable or SmtpStatusCode.UserNotLocalTryAlternatePath or SmtpStatusCode.MailboxNameNotAllowed
        || command.Message.TrimStart().StartsWith("5.1.", StringComparison.Ordinal);

    /// <summary>The server's reply with its code ("451 4.7.1 Greylisted"), for the log and the Outbox page; else the error's message.</summary>
    public static string Describe(Exception error) =>
        error is SmtpCommandException command ? $"{(int)command.StatusCode} {command.Message}" : error.Message;
}
