namespace EventHub.Core.Outbox;

public enum OutboxStatus
{
    Queued,
    Sent,
    Failed,
}

/// <summary>
/// An email written in the same transaction as the change that caused it, and sent later by the outbox sender
/// (with retries). <see cref="DeduplicationKey"/> makes "at most once" rules (one reminder per person) hold in the database.
/// </summary>
public class OutboxMessage
{
    public const int SubjectMaxLength = 300;

    private readonly List<OutboxAttachment> _attachments = [];

    private OutboxMessage()
    {
    }

    public OutboxMessage(string toAddress, string? toName, string subject, string htmlBody, string textBody, string kind, DateTime nowUtc, string? deduplicationKey = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ToAddress = toAddress.Trim();
        ToName = toName;
        Subject = subject.Length > SubjectMaxLength ? subject[..SubjectMaxLength] : subject;
        HtmlBody = htmlBody;
        TextBody = textBody;
        Kind = kind;
        DeduplicationKey = deduplicationKey;
        CreatedAtUtc = nowUtc;
        NextAttemptAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public string ToAddress { get; private set; } = "";
    public string? ToName { get; private set; }
    public string Subject { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";
    public string TextBody { get; private set; } = "";

    /// <summary>What the message is for ("invitation", "confirmation", "reminder"), for the outbox page's filter.</summary>
    public string Kind { get; private set; } = "";

    public string? DeduplicationKey { get; private set; }
    public int? InvitationId { get; private set; }
    public OutboxStatus Status { get; private set; } = OutboxStatus.Queued;
    public int Attempts { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public DateTime NextAttemptAtUtc { get; private set; }
    public DateTime? SentAtUtc { get; private set; }
    public string? LastError { get; private set; }
    public IReadOnlyList<OutboxAttachment> Attachments => _attachments;

    public OutboxMessage About(int invitationId)
    {
        InvitationId = invitationId;
        return this;
    }

    public OutboxMessage Attach(string fileName, string contentType, byte[] content)
    {
        _attachments.Add(new OutboxAttachment(fileName, contentType, content));
        return this;
    }

    public void MarkSent(DateTime nowUtc)
    {
        Status = OutboxStatus.Sent;
        SentAtUtc = nowUtc;
        Attempts++;
        LastError = null;
    }

    /// <summary>A failed attempt: try again later with growing pauses; after <paramref name="maxAttempts"/> it stays Failed until retried by hand.</summary>
    public void MarkAttemptFailed(string error, DateTime nowUtc, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        if (Attempts >= maxAttempts)
        {
            Status = OutboxStatus.Failed;
            return;
        }

        NextAttemptAtUtc = nowUtc + TimeSpan.FromSeconds(30 * Math.Pow(2, Attempts - 1));
    }

    /// <summary>An organiser's "try again" for a failed message.</summary>
    public void Retry(DateTime nowUtc)
    {
        if (Status != OutboxStatus.Failed)
        {
            return;
        }

        Status = OutboxStatus.Queued;
        Attempts = 0;
        NextAttemptAtUtc = nowUtc;
    }
}

/// <summary>A file sent with an outbox message, such as the event's .ics.</summary>
public class OutboxAttachment
{
    private OutboxAttachment()
    {
    }

    internal OutboxAttachment(string fileName, string contentType, byte[] content)
    {
        FileName = fileName;
        ContentType = contentType;
        Content = content;
    }

    public int Id { get; private set; }
    public int OutboxMessageId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public byte[] Content { get; private set; } = [];
}
