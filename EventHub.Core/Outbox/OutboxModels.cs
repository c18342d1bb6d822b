namespace EventHub.Core.Outbox;

/// <summary>Error codes of the outbox; their sentences are in <see cref="Texts.CoreTexts"/> (key <c>Error_Outbox_*</c>).</summary>
public static class OutboxErrors
{
    public const string NotFound = "Outbox.NotFound";
    public const string NotFailed = "Outbox.NotFailed";
    public const string RecipientErased = "Rights.RecipientErased";
    public const string LinkWiped = "Outbox.LinkWiped";
    public const string NoEmail = "Outbox.NoEmail";
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

/// <summary>A message as the recipient would see it, its personal link masked, with the names of its attachments.</summary>
/// <param name="RecipientLink">The unsent message's personal link, to open as the recipient; only when <see cref="OutboxOptions.ShowLinks"/> is on.</param>
/// <param name="LinkWiped">It carried a personal link that was wiped when it failed for good: trying again would send it without.</param>
/// <param name="BodyHidden">A staff member's password email shown to someone who is not an admin: the bodies are left out.</param>
public sealed record OutboxDetail(
    OutboxSummary Summary,
    string HtmlBody,
    string TextBody,
    IReadOnlyList<OutboxAttachmentInfo> Attachments,
    string? RecipientLink = null,
    bool LinkWiped = false,
    bool BodyHidden = false);

/// <param name="Waiting">Queued messages that failed at least once and wait for their next automatic attempt.</param>
/// <param name="NextAttemptAtUtc">The soonest next attempt among the waiting ones.</param>
public sealed record OutboxCounts(int Queued, int Sent, int Failed, int Waiting = 0, DateTime? NextAttemptAtUtc = null);
