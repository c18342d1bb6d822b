using EventHub.Core.Invitations;

namespace EventHub.App.Hosting;

/// <summary>
/// Handles the "lost your link?" requests the page queued (<see cref="LostLinkQueue"/>) as they come, after the page has
/// answered. Requests still waiting when the app stops are not handled; the partner asks again.
/// </summary>
public sealed class LostLinkWorker(LostLinkQueue queue) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => queue.RunAsync(stoppingToken);
}
