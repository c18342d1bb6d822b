using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

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
/// <param name="CanRetry">"Try again" would be accepted (<see cref="OutboxMessage.RetryRefusal"/>): the page offers it only then.</param>
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
    string? LastError,
    bool CanRetry)
{
    /// <summary>
    /// The row of a message, as a query: the database works out <see cref="CanRetry"/> by the message's own rule
    /// (<see cref="OutboxMessage.RetryRefusalRule"/>), so the list never loads the bodies.
    /// </summary>
    public static readonly Expression<Func<OutboxMessage, OutboxSummary>> Row = WithRetryRefusal((m, refusal) => new OutboxSummary(
        m.Id, m.ToAddress, m.ToName, m.Subject, m.Kind, m.Status, m.CreatedAtUtc, m.SentAtUtc, m.NextAttemptAtUtc, m.Attempts, m.LastError,
        refusal == null));

    private static readonly Func<OutboxMessage, OutboxSummary> RowOf = Row.Compile();

    /// <summary>The row of <paramref name="message"/>, showing <paramref name="subject"/>.</summary>
    public static OutboxSummary Of(OutboxMessage message, string subject) => RowOf(message) with { Subject = subject };

    /// <summary>The row, with its second parameter replaced by the message's <see cref="OutboxMessage.RetryRefusalRule"/>.</summary>
    private static Expression<Func<OutboxMessage, OutboxSummary>> WithRetryRefusal(Expression<Func<OutboxMessage, string?, OutboxSummary>> row)
    {
        var rule = OutboxMessage.RetryRefusalRule;
        var refusal = ReplacingExpressionVisitor.Replace(rule.Parameters[0], row.Parameters[0], rule.Body);
        return Expression.Lambda<Func<OutboxMessage, OutboxSummary>>(
            ReplacingExpressionVisitor.Replace(row.Parameters[1], refusal, row.Body), row.Parameters[0]);
    }
}

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
