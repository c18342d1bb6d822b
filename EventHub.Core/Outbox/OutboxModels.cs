namespace EventHub.Core.Outbox;

/// <summary>Error codes of the outbox; their sentences are in <see cref="Texts.CoreTexts"/> (key <c>Error_Outbox_*</c>).</summary>
public static class OutboxErrors
{
    public const string NotFound = "Outbox.NotFound";
    public const string NotFailed = "Outbox.NotFailed";
}

public sealed record OutboxListQuery(int Page = 0, int PageSize = 25, OutboxStatus? Status = null, string? Kind = null, string? Recipient = null);

/// <summary>One row of the Outbox page.</summary>
public sealed record OutboxSummary(
    int Id,
    string ToAddress,
    string? ToName,
    string Subject,
    string Kind,
    OutboxStatus Status,
    DateTime CreatedAtUtc,
    DateTime? SentAtUtc,
    DateTime NextAttemptAtUtc,
    int Attempts,
    string? LastError);

public sealed record OutboxAttachmentInfo(int Id, string FileName, string ContentType, int Size);

/// <summary>A message as the recipient would see it, with the names of its attachments.</summary>
public sealed record OutboxDetail(OutboxSummary Summary, string HtmlBody, string TextBody, IReadOnlyList<OutboxAttachmentInfo> Attachments);

public sealed record OutboxCounts(int Queued, int Sent, int Failed);
