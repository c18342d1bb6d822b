using EventHub.Core.Data;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EventHub.Core.Outbox;

/// <summary>What one round of sending did.</summary>
/// <param name="Released">Claimed but handed back untried, because the lease would have run out before they could be sent.</param>
public sealed record OutboxSendResult(int Sent, int Failed, int Released = 0)
{
    public static readonly OutboxSendResult Nothing = new(0, 0);
}

/// <summary>
/// Sends the outbox's due messages over SMTP. Each message is first claimed with a lease (its next attempt moved
/// into the future, in a short write transaction), then sent, then marked sent or failed. So two app instances
/// never send the same message, and a message whose sender crashed mid-send is tried again once the lease expires —
/// the one repeat SMTP cannot rule out, sent with the same Message-ID (<see cref="OutboxMimeMessage.MessageIdOf"/>) so
/// mail servers and programs can drop it.
/// </summary>
public sealed class OutboxSender(
    IDbContextFactory<EventHubDbContext> dbFactory,
    IOptions<SmtpOptions> options,
    OutboxLinkTokens linkTokens,
    TimeProvider time,
    ILogger<OutboxSender> logger)
{
    /// <summary>Long enough for a batch over a slow connection; short enough that a crash delays mail only a little.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan SmtpTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// What one message may still take at worst (MAIL, RCPT and DATA can each wait <see cref="SmtpTimeout"/>): a message is
    /// only started while this much of the lease is left, so it is never still being sent when another instance may claim it.
    /// </summary>
    public static readonly TimeSpan LeaseMargin = TimeSpan.FromMinutes(2);

    private readonly SmtpOptions _options = options.Value;

    public async Task<OutboxSendResult> SendDueAsync(CancellationToken ct = default)
    {
        if (!_options.IsConfigured)
        {
            return OutboxSendResult.Nothing;
        }

        var (claimed, leaseUntil) = await ClaimAsync(ct);
        // One queued to an erased person's stand-in address before the features left them out, or to a walk-in without an
        // address, is never tried: an .invalid domain cannot be delivered, and the server's refusals or a relay's silence
        // would only repeat.
        var erased = claimed.Where(m => m.Undeliverable).Select(m => m.Id).ToList();
        foreach (var id in erased)
        {
            await RecordAsync(id, m => m.GiveUpIfUndeliverable());
        }

        var batch = claimed.Where(m => !m.Undeliverable).ToList();
        if (batch.Count == 0)
        {
            return erased.Count == 0 ? OutboxSendResult.Nothing : new OutboxSendResult(0, erased.Count);
        }

        var branding = await BrandingAsync(ct);
        using var client = new SmtpClient { Timeout = (int)SmtpTimeout.TotalMilliseconds };
        try
        {
            await SmtpConnection.ConnectAsync(client, _options.Host, _options.Port, _options.SecureSocketOptions, SmtpTimeout, ct);
            if (!string.IsNullOrEmpty(_options.UserName))
            {
                await client.AuthenticateAsync(_options.UserName, _options.Password ?? "", ct);
            }
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // The server is down or refuses us: every claimed message gets an attempt and a back-off, none is lost and none
            // is given up on for it (MarkServerUnreachable). One write for the whole batch, not one per message.
            logger.LogWarning("Could not connect to SMTP server {Server}: {Error}", _options.Describe(), ex.Message);
            await RecordUnreachableAsync(batch.Select(m => m.Id).ToList(), $"SMTP {_options.Describe()}: {ex.Message}");

            return new OutboxSendResult(0, batch.Count + erased.Count);
        }

        var (sent, failed) = (0, 0);
        foreach (var message in batch)
        {
            // A cancelled round leaves the rest leased: they are sent again after the lease, not lost.
            ct.ThrowIfCancellationRequested();
            if (Now() + LeaseMargin > leaseUntil)
            {
                // A slow server ate the lease: another instance may claim these once it runs out, so sending them now
                // could deliver them twice. They go back to the queue, untried, for the next round.
                var rest = batch.Skip(sent + failed).Select(m => m.Id).ToList();
                await ReleaseAsync(rest, leaseUntil);
                logger.LogWarning("The outbox lease ran low after {Done} of {Count} messages; {Rest} go back to the queue", sent + failed, batch.Count, rest.Count);
                break;
            }

            if (await SendOneAsync(client, branding, message, ct))
            {
                sent++;
            }
            else
            {
                failed++;
            }
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(quit: true, ct);
        }

        if (sent > 0)
        {
            logger.LogInformation("Sent {Count} outbox messages through {Server}", sent, _options.Describe());
        }

        return new OutboxSendResult(sent, failed + erased.Count, batch.Count - sent - failed);
    }

    /// <summary>The alliance's sender name and reply-to address as they are at this round.</summary>
    private async Task<EmailBranding> BrandingAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await EmailBranding.CurrentAsync(db.EmailBranding, ct);
    }

    private async Task<bool> SendOneAsync(SmtpClient client, EmailBranding branding, OutboxMessage message, CancellationToken ct)
    {
        try
        {
            if (!client.IsConnected)
            {
                throw new InvalidOperationException("The SMTP connection was closed before this message.");
            }

            // A token that no longer decrypts (the key ring was lost) fails like a refused message: recorded, not sent half.
            await client.SendAsync(OutboxMimeMessage.Create(message, linkTokens.TokensOf(message), MailSender.Of(_options, branding), time.GetUtcNow()), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var error = SendFailures.Describe(ex);
            logger.LogWarning("Outbox message {Id} was not sent: {Error}", message.Id, error);
            await (SendFailures.Of(ex, client.IsConnected) switch
            {
                SendFailure.ServerUnreachable => RecordUnreachableAsync([message.Id], $"SMTP {_options.Describe()}: {error}"),
                SendFailure.TryLater => RecordAsync(message.Id, m => m.MarkDeferred(error, Now(), TimeSpan.FromHours(_options.TemporaryRefusalHours))),
                // Failed for good at once: the organiser sees the server's reason on the Outbox page.
                SendFailure.RecipientRejected => RecordAsync(message.Id, m => m.MarkAttemptFailed(error, Now(), maxAttempts: 1)),
                _ => RecordFailureAsync(message.Id, error),
            });

            return false;
        }

        await MarkSentAsync(message.Id);
        return true;
    }

    /// <summary>
    /// Picks due messages, oldest first, and leases them in one write transaction so nobody else picks them. On SQLite
    /// the write transaction holds the whole database (BEGIN IMMEDIATE), so reading and then leasing is enough. On
    /// PostgreSQL (READ COMMITTED, several instances) a plain read would let two instances pick the same rows: there one
    /// statement leases the rows it could lock and returns them (<see cref="LeaseDueOnPostgresAsync"/>).
    /// </summary>
    private Task<(List<OutboxMessage> Batch, DateTime LeaseUntil)> ClaimAsync(CancellationToken ct) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            var now = Now();
            var leaseUntil = now + Lease;
            var batchSize = Math.Max(1, _options.BatchSize);
            var due = db.OutboxMessages.AsNoTracking().Include(m => m.Attachments).AsSplitQuery();
            if (db.Database.IsNpgsql())
            {
                var leased = await LeaseDueOnPostgresAsync(db, now, leaseUntil, batchSize, token);
                List<OutboxMessage> batch = leased.Count == 0 ? [] : await due.Where(m => leased.Contains(m.Id))
                    .OrderBy(m => m.CreatedAtUtc).ThenBy(m => m.Id).ToListAsync(token);
                return (batch, leaseUntil);
            }

            var picked = await due
                .Where(m => m.Status == OutboxStatus.Queued && m.NextAttemptAtUtc <= now)
                .OrderBy(m => m.CreatedAtUtc).ThenBy(m => m.Id)
                .Take(batchSize)
                .ToListAsync(token);
            if (picked.Count == 0)
            {
                return (picked, leaseUntil);
            }

            var ids = picked.Select(m => m.Id).ToList();
            await db.OutboxMessages
                .Where(m => ids.Contains(m.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAtUtc, leaseUntil), token);
            return (picked, leaseUntil);
        }, ct);

    /// <summary>
    /// Leases up to <paramref name="batchSize"/> due messages and returns their ids. <c>FOR UPDATE SKIP LOCKED</c> passes
    /// over rows another instance is leasing at this moment; a row another instance leased and committed since this
    /// statement began is checked again against the condition (PostgreSQL re-reads a locked row at READ COMMITTED) and
    /// no longer qualifies. So each id comes back to one instance only.
    /// </summary>
    private static Task<List<int>> LeaseDueOnPostgresAsync(EventHubDbContext db, DateTime now, DateTime leaseUntil, int batchSize, CancellationToken ct)
    {
        var queued = nameof(OutboxStatus.Queued);
        return db.Database.SqlQuery<int>($"""
            UPDATE "OutboxMessages" SET "NextAttemptAtUtc" = {leaseUntil}
            WHERE "Id" IN (
                SELECT "Id" FROM "OutboxMessages"
                WHERE "Status" = {queued} AND "NextAttemptAtUtc" <= {now}
                ORDER BY "CreatedAtUtc", "Id"
                LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED)
            RETURNING "Id" AS "Value"
            """).ToListAsync(ct);
    }

    /// <summary>
    /// Hands leased messages back as due now, without counting an attempt; only those still under this round's lease,
    /// so a message another instance claimed meanwhile keeps its new lease.
    /// </summary>
    private Task ReleaseAsync(List<int> ids, DateTime leaseUntil) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            var now = Now();
            return await db.OutboxMessages
                .Where(m => ids.Contains(m.Id) && m.Status == OutboxStatus.Queued && m.NextAttemptAtUtc == leaseUntil)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAtUtc, now), token);
        }, CancellationToken.None);

    /// <summary>
    /// The server has the message: if "sent" were not written down it would be sent again once the lease ran out. So a busy
    /// database gets more than a write's usual attempts here: up to three rounds of them (about 80 s with the default
    /// settings), well inside the lease.
    /// </summary>
    private async Task MarkSentAsync(int id)
    {
        for (var round = 1; ; round++)
        {
            try
            {
                await RecordAsync(id, m => m.MarkSent(Now()));
                return;
            }
            catch (DatabaseBusyException) when (round < 3)
            {
                logger.LogWarning("Outbox message {Id} was sent, but the database was busy when writing that down; trying again", id);
            }
        }
    }

    private Task RecordFailureAsync(int id, string error) =>
        RecordAsync(id, m => m.MarkAttemptFailed(error, Now(), _options.MaxAttempts));

    private Task RecordUnreachableAsync(List<int> ids, string error) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            var now = Now();
            foreach (var message in await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ToListAsync(token))
            {
                message.MarkServerUnreachable(error, now);
            }

            return true;
        }, CancellationToken.None);

    /// <summary>
    /// Not cancellable on purpose: once the server has taken a message, writing that down must not be skipped
    /// because the app is shutting down, or the message would be sent again after the lease.
    /// </summary>
    private Task RecordAsync(int id, Action<OutboxMessage> change) =>
        dbFactory.WriteAsync(async (db, token) =>
        {
            var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, token);
            change(message);
            return true;
        }, CancellationToken.None);

    private DateTime Now() => time.GetUtcNow().UtcDateTime;
}
