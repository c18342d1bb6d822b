using System.Threading.Channels;
using EventHub.Core.Audit;
using EventHub.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventHub.Core.Invitations;

/// <summary>
/// "Lost your link?" requests waiting their turn. The page only checks what was typed and queues it
/// (<see cref="TryQueue"/>), then answers at once: an address with an invitation costs a write (a new link, an email in
/// the outbox) and one without costs a read, so doing that work inside the request made the answer's time tell who is
/// invited. The app's worker (<see cref="RunAsync"/>) does it afterwards (<see cref="LostLinkService"/>), once the answer
/// has gone out (on a busy server, work done meanwhile slowed that answer down), one request at a time, each in a DI
/// scope of its own and recorded in the audit log as done through the form (<see cref="AuditActor.LostLinkForm"/>). A
/// request the database stayed too busy for is kept, first in line, and tried again after <see cref="BusyPause"/>; one
/// that fails otherwise is logged (without the address) and let go.
/// </summary>
/// <remarks>
/// The queue is in memory: requests still waiting when the app stops are not handled, and the partner, who sees no email
/// come, asks again (docs/privacy.md). A few seconds' work at most ever waits: each request takes milliseconds.
/// </remarks>
public sealed class LostLinkQueue(IServiceScopeFactory scopes, TimeProvider time, ILogger<LostLinkQueue> logger, int capacity = LostLinkQueue.Capacity)
{
    /// <summary>How many requests may wait at once; beyond it the page says "very busy, try again" (for any address alike).</summary>
    public const int Capacity = 1_000;

    /// <summary>How long the worker waits before it tries a request again that the database stayed too busy for.</summary>
    public static readonly TimeSpan BusyPause = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest a request waits for its page's answer to have gone out (<see cref="TryQueue"/>'s <c>answered</c>):
    /// one whose answer never says so must not hold up the queue.
    /// </summary>
    public static readonly TimeSpan AnswerWait = TimeSpan.FromSeconds(10);

    private readonly Channel<LostLinkRequest> _waiting = Channel.CreateBounded<LostLinkRequest>(
        new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>One handler at a time, the worker or a test's <see cref="DrainAsync"/>: a request is read only with this held.</summary>
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>The request the database was too busy for: handled first next time.</summary>
    private LostLinkRequest? _kept;

    /// <summary>Queues a request for a new link; false when the queue is full (nothing is queued then).</summary>
    /// <param name="answered">
    /// Completes once the page's answer has gone out. The work waits for it: done while that answer is still being made,
    /// it would take the server's time from it — on a busy server the answer to an invited address came measurably later.
    /// </param>
    public bool TryQueue(string email, string? eventSlug, Task? answered = null) =>
        _waiting.Writer.TryWrite(new LostLinkRequest(email, eventSlug, answered ?? Task.CompletedTask));

    /// <summary>How many requests wait, the one kept back for a busy database included.</summary>
    public int Count => _waiting.Reader.Count + (_kept is null ? 0 : 1);

    /// <summary>
    /// Handles every request waiting now, in order; when the worker is handling one, this waits for it first. False when
    /// the database stayed busy: that request and the ones after it wait for the next round. Tests call this to know the
    /// queue's work is done without waiting on a clock.
    /// </summary>
    public async Task<bool> DrainAsync(CancellationToken ct = default)
    {
        await _turn.WaitAsync(ct);
        try
        {
            while (Next() is { } request)
            {
                _kept = request;
                if (!await HandleAsync(request, ct))
                {
                    return false;
                }

                _kept = null;
            }

            return true;
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>The worker's loop: handles requests as they come until the app stops.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                if (!await DrainAsync(stoppingToken))
                {
                    await Task.Delay(BusyPause, time, stoppingToken);
                }
                else if (!await _waiting.Reader.WaitToReadAsync(stoppingToken))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            if (Count > 0)
            {
                logger.LogWarning("The app stops with {Count} requests for a new personal link not handled; those partners will ask again", Count);
            }
        }
    }

    private LostLinkRequest? Next() => _kept ?? (_waiting.Reader.TryRead(out var request) ? request : null);

    /// <summary>One request, in a scope of its own. False when the database stayed busy (the request is kept).</summary>
    private async Task<bool> HandleAsync(LostLinkRequest request, CancellationToken ct)
    {
        try
        {
            await request.Answered.WaitAsync(AnswerWait, time, ct);
        }
        catch (TimeoutException)
        {
            // The page's answer never said it went out: the work is done all the same.
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // The audit log says the form did this for the partner; the ambient actor ends with this method's flow.
            var actor = scope.ServiceProvider.GetRequiredService<CurrentActor>();
            actor.Actor = AuditActor.LostLinkForm;
            actor.Use();
            await scope.ServiceProvider.GetRequiredService<LostLinkService>().SendNewLinksAsync(request.Email, request.EventSlug, ct);
            return true;
        }
        catch (Exception ex) when (DatabaseBusyException.StayedBusy(ex))
        {
            logger.LogWarning("The database stayed busy while sending a new personal link; trying again in {Pause}", BusyPause);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // A bug, not a busy database: trying again would fail again. The address is personal data and stays out of the log.
            logger.LogError(ex, "Sending a new personal link failed; the request is let go (the partner can ask again)");
            return true;
        }
    }

    private sealed record LostLinkRequest(string Email, string? EventSlug, Task Answered);
}
