using System.Globalization;
using EventHub.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EventHub.Core.Invitations;

/// <summary>
/// Live updates across app instances on one PostgreSQL database: what this instance's <see cref="InvitationNotifier"/>
/// publishes (after commit) is sent as a <c>NOTIFY</c> on <see cref="Channel"/>, and what the other instances send is
/// heard on a connection of its own (<c>LISTEN</c>) and handed to <see cref="InvitationNotifier.DeliverFromOtherInstance"/>.
/// The payload is this instance's id and the event ids (<c>"3f2a… 12,40"</c>); an instance ignores its own
/// notifications, because its own screens were signalled at once when it published.
/// </summary>
/// <remarks>
/// A lost connection (a database restart, a network cut) is opened again with a growing pause (1 s, 2 s, … at most
/// 30 s), one log line per attempt without a stack trace. What other instances published meanwhile was not heard, so
/// after listening again every open screen refreshes once. Sending never makes the writer wait: publishes are queued
/// in the notifier and sent from here, several at once in one notification.
/// </remarks>
public sealed class PostgresLiveUpdates(
    InvitationNotifier notifier,
    IDbContextFactory<EventHubDbContext> dbFactory,
    TimeProvider time,
    ILogger<PostgresLiveUpdates> logger) : BackgroundService
{
    public const string Channel = "eventhub_invitation_changes";

    /// <summary>How the listening connection shows in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "EventHub live updates";

    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(30);

    // PostgreSQL refuses a payload of 8,000 bytes or more: at most 11 characters an id, 500 ids stay well below it.
    private const int IdsPerNotification = 500;

    private readonly string _instance = Guid.NewGuid().ToString("N");

    /// <summary>Raised each time the listening connection is open and listening (the first time and after a reconnect).</summary>
    internal event Action? Listening;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var outgoing = notifier.RelayToOtherInstances();
        var connectionString = ConnectionString();
        return Task.WhenAll(
            Task.Run(() => SendAsync(outgoing, connectionString, stoppingToken), CancellationToken.None),
            Task.Run(() => ListenAsync(connectionString, stoppingToken), CancellationToken.None));
    }

    private string ConnectionString()
    {
        using var db = dbFactory.CreateDbContext();
        return db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The PostgreSQL connection string is not set.");
    }

    private async Task SendAsync(System.Threading.Channels.ChannelReader<int[]> outgoing, string connectionString, CancellationToken ct)
    {
        try
        {
            while (await outgoing.WaitToReadAsync(ct))
            {
                var eventIds = new SortedSet<int>();
                while (outgoing.TryRead(out var published))
                {
                    eventIds.UnionWith(published);
                }

                try
                {
                    await using var connection = new NpgsqlConnection(connectionString);
                    await connection.OpenAsync(ct);
                    foreach (var chunk in eventIds.Chunk(IdsPerNotification))
                    {
                        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
                        notify.Parameters.AddWithValue("channel", Channel);
                        notify.Parameters.AddWithValue("payload", Payload(_instance, chunk));
                        await notify.ExecuteNonQueryAsync(ct);
                    }
                }
                catch (Exception ex) when (!ct.IsCancellationRequested)
                {
                    // The other instances' screens show this change with the next one they hear; this instance's are current.
                    logger.LogWarning("Live updates for events {EventIds} were not sent to the other instances: {Error}", string.Join(",", eventIds), ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken ct)
    {
        var listening = new NpgsqlConnectionStringBuilder(connectionString)
        {
            // Its own connection, outside the app's pool; keepalives notice a connection that died without a word.
            Pooling = false,
            KeepAlive = 30,
            ApplicationName = ApplicationName,
        }.ConnectionString;
        var pause = FirstPause;
        var reconnecting = false;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(listening);
                connection.Notification += (_, e) => Heard(e.Payload);
                await connection.OpenAsync(ct);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }

                if (reconnecting)
                {
                    logger.LogInformation("Live updates from the other instances: listening again");
                    // Whatever they published while this instance was deaf: every open screen refreshes once.
                    notifier.DeliverFromOtherInstance(notifier.SubscribedEventIds());
                }

                pause = FirstPause;
                reconnecting = true;
                Listening?.Invoke();
                while (true)
                {
                    await connection.WaitAsync(ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                reconnecting = true;
                logger.LogWarning("Live updates from the other instances stopped ({Error}); connecting again in {Pause}", ex.Message, pause);
                try
                {
                    await Task.Delay(pause, time, ct);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
            }
        }
    }

    private void Heard(string payload)
    {
        if (Parse(payload) is { } heard && heard.Instance != _instance)
        {
            notifier.DeliverFromOtherInstance(heard.EventIds);
        }
    }

    internal static string Payload(string instance, IEnumerable<int> eventIds) =>
        $"{instance} {string.Join(",", eventIds.Select(id => id.ToString(CultureInfo.InvariantCulture)))}";

    internal static (string Instance, IReadOnlyCollection<int> EventIds)? Parse(string payload)
    {
        var parts = payload.Split(' ', 2);
        if (parts.Length != 2)
        {
            return null;
        }

        var ids = new List<int>();
        foreach (var id in parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId))
            {
                return null;
            }

            ids.Add(eventId);
        }

        return (parts[0], ids);
    }
}
