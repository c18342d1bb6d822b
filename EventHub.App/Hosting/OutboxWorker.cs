using EventHub.Core.Outbox;
using Microsoft.Extensions.Options;

namespace EventHub.App.Hosting;

/// <summary>
/// Sends the outbox every <see cref="SmtpOptions.PollSeconds"/> seconds. Each round gets its own DI scope; a failing
/// round is logged and the next one tries again, so a broken mail server or database hiccup never stops the app.
/// </summary>
public sealed class OutboxWorker(
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    IOptions<SmtpOptions> options,
    TimeProvider time,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var smtp = options.Value;
        if (!smtp.IsConfigured)
        {
            logger.LogInformation("No SMTP server is configured ({Section}:Host): email stays in the outbox", SmtpOptions.Section);
        }

        // Mail queued before a restart can wait until the app listens; not longer, partners wait for their confirmations.
        if (!await AfterStart.WaitAsync(lifetime, time, TimeSpan.Zero, stoppingToken))
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, smtp.PollSeconds)), time);
        do
        {
            await SendRoundAsync(stoppingToken);
        }
        while (await WaitForNextRoundAsync(timer, stoppingToken));
    }

    private async Task SendRoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // A Data Protection key due soon is made here, not inside a write that stores a message (see PrepareKeyRing).
            scope.ServiceProvider.GetRequiredService<OutboxLinkTokens>().PrepareKeyRing();
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: leased messages are picked up again after their lease.
        }
        catch (Exception ex)
        {
            // The exception's message only: SMTP options (and so the password) are never part of it.
            logger.LogError("Sending the outbox failed; trying again next round: {Error}", ex.Message);
        }
    }

    private static async Task<bool> WaitForNextRoundAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
