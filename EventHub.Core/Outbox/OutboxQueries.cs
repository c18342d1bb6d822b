using EventHub.Core.Common;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventHub.Core.Outbox;

/// <summary>
/// What the Outbox page shows and does: the messages, one message with its attachments (personal links masked), and
/// "try again".
/// </summary>
public sealed class OutboxQueries(
    IDbContextFactory<EventHubDbContext> dbFactory, OutboxLinkTokens linkTokens, IOptions<OutboxOptions> options, IEnumerable<ISignInEmailKinds> signInEmails,
    TimeProvider time)
{
    /// <summary>Messages newest first, one page at a time; filtered by status and kind, searched by recipient.</summary>
    public async Task<Paged<OutboxSummary>> ListAsync(OutboxListQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var messages = db.OutboxMessages.AsQueryable();
        if (query.Status is { } status)
        {
            messages = messages.Where(m => m.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            messages = messages.Where(m => m.Kind == query.Kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Recipient))
        {
            var search = TextNormalizer.ForUniqueness(query.Recipient);
            messages = messages.Where(m => m.SearchRecipient.Contains(search));
        }

        var total = await messages.CountAsync(ct);
        // Only the row's columns: whether a retry is allowed is worked out by the database, never by loading the bodies.
        var page = await messages
            .OrderByDescending(m => m.CreatedAtUtc).ThenByDescending(m => m.Id)
            .Skip(query.Page * query.PageSize).Take(query.PageSize)
            .Select(OutboxSummary.Row)
            .ToListAsync(ct);
        return new Paged<OutboxSummary>(page, total);
    }

    /// <summary>
    /// One message with its bodies, personal links masked, and the names of its attachments (not their content). With
    /// <see cref="OutboxOptions.ShowLinks"/> on, an unsent message also gives its link, to open as the recipient —
    /// never for an email that sets a staff member's password (<see cref="ISignInEmailKinds"/>): its link
    /// would sign the opener in as that colleague, perhaps an admin. Only admins read those emails at all.
    /// </summary>
    public async Task<OutboxDetail?> GetAsync(int id, TeamMember viewer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var message = await db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        if (message is null)
        {
            return null;
        }

        var summary = OutboxSummary.Of(message, OutboxLinkTokens.Masked(message.Subject));

        var attachments = await db.Set<OutboxAttachment>().AsNoTracking()
            .Where(a => a.OutboxMessageId == id)
            .OrderBy(a => a.Id)
            .Select(a => new OutboxAttachmentInfo(a.Id, a.FileName, a.ContentType, a.Content.Length))
            .ToListAsync(ct);
        // The check-in QR code and other images shown inside the email.
        var inline = await db.Set<OutboxAttachment>().AsNoTracking()
            .Where(a => a.OutboxMessageId == id && a.ContentId != null)
            .ToListAsync(ct);
        var passwordEmail = signInEmails.Any(e => e.Kinds.Contains(message.Kind));
        if (passwordEmail && !viewer.IsAdmin)
        {
            return new OutboxDetail(summary, "", "", attachments, BodyHidden: true);
        }

        return new OutboxDetail(
            summary,
            EmailPreview.WithInlineImages(OutboxLinkTokens.Masked(message.HtmlBody), inline),
            OutboxLinkTokens.Masked(message.TextBody),
            attachments,
            passwordEmail ? null : RecipientLinkOf(message),
            message.LinkWiped);
    }

    /// <summary>The link the recipient will get, when the page may show it: only while the message waits to be sent.</summary>
    private string? RecipientLinkOf(OutboxMessage message)
    {
        if (!options.Value.ShowLinks || message.Status == OutboxStatus.Sent || message.ProtectedLinkTokens is null
            || OutboxLinkTokens.FirstLink(message.TextBody) is not { } link)
        {
            return null;
        }

        try
        {
            return OutboxLinkTokens.Filled(link, linkTokens.TokensOf(message));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // The key ring lost the key: the page still shows the message; the sender records the failure when it tries.
            return null;
        }
    }

    /// <summary>An attachment's file, for the download link; null when it does not belong to that message.</summary>
    public async Task<OutboxAttachment?> GetAttachmentAsync(int messageId, int attachmentId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<OutboxAttachment>().AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == attachmentId && a.OutboxMessageId == messageId, ct);
    }

    /// <summary>An organiser's "try again": a failed message goes back in the queue, due now.</summary>
    public Task<Result> RetryAsync(int id, CancellationToken ct = default) =>
        dbFactory.WriteAsync<Result>(async (db, token) =>
        {
            var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id, token);
            if (message is null)
            {
                return Result.Failure(OutboxErrors.NotFound);
            }

            if (message.RetryRefusal is { } refusal)
            {
                return Result.Failure(refusal);
            }

            message.Retry(time.GetUtcNow().UtcDateTime);
            return Result.Success();
        }, ct);

    public async Task<OutboxCounts> CountsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await db.OutboxMessages
            .GroupBy(m => m.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        int Of(OutboxStatus status) => counts.SingleOrDefault(c => c.Status == status)?.Count ?? 0;
        var waiting = db.OutboxMessages.Where(m => m.Status == OutboxStatus.Queued && m.Attempts > 0);
        var waitingCount = await waiting.CountAsync(ct);
        var next = waitingCount == 0 ? null : await waiting.MinAsync(m => (DateTime?)m.NextAttemptAtUtc, ct);
        return new OutboxCounts(Of(OutboxStatus.Queued), Of(OutboxStatus.Sent), Of(OutboxStatus.Failed), waitingCount, next);
    }

    /// <summary>The kinds of message in the outbox, for the page's filter.</summary>
    public async Task<IReadOnlyList<string>> KindsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.OutboxMessages.Select(m => m.Kind).Distinct().OrderBy(k => k).ToListAsync(ct);
    }
}
